/* Work-eligibility checker (checker.md). Plain ES2017, no libraries, no network.
 *
 * The rules come from <script type="application/json" id="checker-rules">, compiled at
 * build time from docs/data/work-rules.yml. evaluate() follows scripts/checker/engine.py
 * step by step (same order, same statuses, same sentences); the shared case table in
 * tests/fixtures/checker_cases.yml proves the two agree. Change both or neither.
 */
(function () {
  "use strict";

  var DAY = 24 * 60;
  var node = document.getElementById("checker-rules");
  if (!node) return;
  var R = JSON.parse(node.textContent);

  // ---- the rules (mirror of engine.py) ----------------------------------------------

  function minutes(hhmm) {
    var p = hhmm.split(":");
    return parseInt(p[0], 10) * 60 + parseInt(p[1], 10);
  }

  function spans(s, e) {
    return s < e ? [[s, e]] : [[s, DAY], [0, e]];
  }

  // Does [start, end) share at least one minute with the night period (art. 106)?
  function overlapsNight(start, end, nightStart, nightEnd) {
    var s = minutes(start), e = minutes(end);
    if (s === e) return false;
    var work = spans(s, e), night = spans(minutes(nightStart), minutes(nightEnd));
    return work.some(function (w) {
      return night.some(function (n) { return Math.max(w[0], n[0]) < Math.min(w[1], n[1]); });
    });
  }

  // Completed years on a day ("đủ N tuổi"); dates are "YYYY-MM-DD".
  function fullYears(birth, on) {
    var b = birth.split("-").map(Number), o = on.split("-").map(Number);
    var before = o[1] < b[1] || (o[1] === b[1] && o[2] < b[2]);
    return o[0] - b[0] - (before ? 1 : 0);
  }

  function fmtHours(value) {
    var text = Number(value).toFixed(2);
    text = text.replace(/0+$/, "").replace(/\.$/, "");
    return R.decimal === "," ? text.replace(".", ",") : text;
  }

  function findJob(id) {
    var job = R.jobs.filter(function (j) { return j.id === id; })[0];
    if (!job) throw new Error("unknown job " + id);
    return job;
  }

  function bandFor(age) {
    return R.bands.filter(function (b) {
      return b.min_age <= age && (b.max_age === null || age < b.max_age);
    })[0];
  }

  function workAllowed(allow, job) {
    if (allow === "arts_sport") return job.arts_sport;
    if (allow === "light_work") return job.light_work !== null;
    if (allow === "not_prohibited") return job.prohibited === null;
    return true;
  }

  function reason(rule, status, cites, message, values) {
    return { rule: rule, status: status, cites: cites, message: message, values: values || {} };
  }

  function limitReasons(band, c, night) {
    var out = [];
    [["day", c.hours_per_day, band.hours.per_day], ["week", c.hours_per_week, band.hours.per_week]]
      .forEach(function (x) {
        var rule = x[0], given = x[1], limit = x[2], values = { limit: limit };
        if (given === null || given === undefined) {
          out.push(reason(rule, "condition", band.hours.cites, rule + "_unknown", values));
        } else {
          values.hours = given;
          var over = given > limit;
          out.push(reason(rule, over ? "fail" : "ok", band.hours.cites,
            rule + (over ? "_fail" : "_ok"), values));
        }
      });
    [["night", night, band.night], ["overtime", !!c.overtime, band.overtime]].forEach(function (x) {
      var rule = x[0], flag = x[1], spec = x[2];
      if (spec.rule === "forbidden") {
        out.push(reason(rule, flag ? "fail" : "ok", spec.cites, rule + (flag ? "_fail" : "_ok")));
      } else if (flag) {
        out.push(reason(rule, "condition", spec.cites, rule + "_listed"));
      }
    });
    if (band.school) {
      var status = c.school_overlap ? "fail" : "ok";
      out.push(reason("school", status, band.school.cites, "school_" + status));
    }
    return out;
  }

  function text(band, r) {
    var template = r.rule === "work" ? band.work[r.message] : R.messages[r.message];
    var values = { who: band.who, night_start: R.night.start, night_end: R.night.end };
    Object.keys(r.values).forEach(function (k) {
      var v = r.values[k];
      values[k] = (k === "hours" || k === "limit") ? fmtHours(v)
        : k === "job" ? findJob(v).name : String(v);
    });
    var sentence = template.replace(/\{(\w+)\}/g, function (m, k) { return values[k]; });
    return sentence + " — " + r.cites.map(function (id) { return R.citations[id].label; }).join("; ");
  }

  // The pure function: same input and output shape as engine.explain(evaluate(case), lang).
  function evaluate(c) {
    var age = (c.age !== null && c.age !== undefined) ? c.age : fullYears(c.birth_date, c.today);
    var band = bandFor(age);
    var job = findJob(c.job);
    var reasons = [];
    var allowed = workAllowed(band.work.allow, job);
    var cites = band.work.cites.concat(allowed ? band.work.ok_cites : []);
    if (!allowed && job.prohibited && band.work.allow === "not_prohibited") cites.push(job.prohibited);
    var values = { job: job.id };
    if (job.light_work) values.item = String(job.light_work);
    reasons.push(reason("work", allowed ? band.work.ok_status : "fail", cites,
      allowed ? "ok" : "fail", values));
    var places = band.banned_places;
    if (places && places.points.indexOf(job.prohibited) !== -1) {
      reasons.push(reason("place", "fail", places.cites.concat([job.prohibited]), "place_fail"));
    }
    if (band.minor) {
      var night = !!c.night || !!(c.start && c.end &&
        overlapsNight(c.start, c.end, R.night.start, R.night.end));
      reasons = reasons.concat(limitReasons(band, c, night));
    }
    var statuses = reasons.map(function (r) { return r.status; });
    var verdict = statuses.indexOf("fail") !== -1 ? "not_allowed"
      : (band.minor || statuses.indexOf("condition") !== -1) ? "conditional" : "allowed";
    return {
      verdict: verdict,
      age: age,
      band: band.id,
      reasons: reasons.map(function (r) {
        return { rule: r.rule, status: r.status, cites: r.cites, text: text(band, r) };
      }),
      conditions: band.conditions.slice()
    };
  }

  window.portalChecker = { evaluate: evaluate, rules: R };

  // ---- the form ----------------------------------------------------------------------

  var form = document.getElementById("checker-form");
  if (!form) return;
  var $ = function (id) { return document.getElementById(id); };
  var statusBox = $("checker-status"), resultBox = $("checker-result");
  var details = $("checker-details"), errors = $("checker-errors");
  var ICONS = { allowed: "✓", conditional: "!", not_allowed: "✗", ok: "✓", condition: "!", fail: "✗" };
  var ORDER = { fail: 0, condition: 1, ok: 2 };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (ch) {
      e.appendChild(typeof ch === "string" ? document.createTextNode(ch) : ch);
    });
    return e;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return String(values[k]); });
  }

  // A sentence, then its citations as links to the law pages that exist.
  function citedItem(sentence, cites, cls) {
    var li = el("li", cls ? { "class": cls } : {});
    li.appendChild(document.createTextNode(sentence + " — "));
    cites.forEach(function (id, i) {
      var c = R.citations[id];
      li.appendChild(c.href ? el("a", { href: c.href }, [c.label]) : document.createTextNode(c.label));
      if (i < cites.length - 1) li.appendChild(document.createTextNode("; "));
    });
    return li;
  }

  // Accent-free, lower-case text, so "rua bat" finds "rửa bát".
  function norm(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "d")
      .toLowerCase();
  }

  var haystack = {};
  R.jobs.forEach(function (j) { haystack[j.id] = norm(j.name + " " + j.keywords); });

  function filterJobs() {
    var words = norm($("checker-job-filter").value).split(/\s+/).filter(Boolean);
    var shown = 0;
    Array.prototype.forEach.call(form.querySelectorAll(".checker-group"), function (group) {
      var any = false;
      Array.prototype.forEach.call(group.querySelectorAll("[data-job]"), function (choice) {
        var hay = haystack[choice.getAttribute("data-job")];
        var match = words.every(function (w) { return hay.indexOf(w) !== -1; });
        choice.hidden = !match;
        if (match) { any = true; shown += 1; }
      });
      group.hidden = !any;
    });
    $("checker-job-count").textContent = words.length ? fill(R.ui.job_count, { count: shown }) : "";
  }

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  function numberOrNull(id) {
    var v = $(id).value.trim();
    return v === "" ? null : Number(v);
  }

  function invalid(ids, message, problems) {
    ids.forEach(function (id) { $(id).setAttribute("aria-invalid", "true"); });
    problems.push(message);
  }

  // Read and check the form; returns a case, or null after showing what is wrong.
  function readForm() {
    var problems = [];
    ["checker-age", "checker-dob", "checker-hours-day", "checker-hours-week"].forEach(function (id) {
      $(id).removeAttribute("aria-invalid");
    });
    var c = { night: $("checker-night").checked, overtime: $("checker-overtime").checked,
      school_overlap: $("checker-school").checked };
    var dob = $("checker-dob").value, now = today();
    if (dob) {
      if (dob > now) invalid(["checker-dob"], R.ui.error_age, problems);
      c.birth_date = dob; c.today = now;
    } else {
      var age = numberOrNull("checker-age");
      if (age === null || !Number.isInteger(age) || age < 0 || age > 130) {
        invalid(["checker-age"], R.ui.error_age, problems);
      }
      c.age = age;
    }
    var job = form.querySelector("input[name=job]:checked");
    if (!job) problems.push(R.ui.error_job);
    else c.job = job.value;
    c.hours_per_day = numberOrNull("checker-hours-day");
    c.hours_per_week = numberOrNull("checker-hours-week");
    var badDay = c.hours_per_day !== null && !(c.hours_per_day >= 0 && c.hours_per_day <= 24);
    var badWeek = c.hours_per_week !== null && !(c.hours_per_week >= 0 && c.hours_per_week <= 168);
    if (badDay || badWeek) {
      invalid([badDay ? "checker-hours-day" : "checker-hours-week"], R.ui.error_hours, problems);
    }
    if ($("checker-start").value) c.start = $("checker-start").value;
    if ($("checker-end").value) c.end = $("checker-end").value;
    errors.textContent = "";
    if (problems.length) {
      errors.appendChild(el("ul", {}, problems.map(function (p) { return el("li", {}, [p]); })));
      return null;
    }
    return c;
  }

  function render(result) {
    var band = bandFor(result.age);
    details.textContent = "";
    var label = R.verdicts[result.verdict];
    details.appendChild(el("p", { "class": "checker-verdict checker-verdict--" + result.verdict }, [
      el("span", { "class": "checker-icon", "aria-hidden": "true" }, [ICONS[result.verdict]]),
      el("strong", {}, [label])
    ]));
    details.appendChild(el("p", {}, [fill(R.ui.result_age, { age: result.age, band: band.name })]));
    details.appendChild(el("h4", {}, [R.ui.reasons]));
    var sorted = result.reasons.slice().sort(function (a, b) { return ORDER[a.status] - ORDER[b.status]; });
    var list = el("ul", { "class": "checker-reasons" });
    sorted.forEach(function (r) {
      var sentence = r.text.slice(0, r.text.lastIndexOf(" — "));
      var li = citedItem(sentence, r.cites, "checker-reason checker-reason--" + r.status);
      li.insertBefore(el("span", { "class": "checker-badge" }, [
        el("span", { "aria-hidden": "true" }, [ICONS[r.status] + " "]),
        R.ui["status_" + r.status] + ": "
      ]), li.firstChild);
      list.appendChild(li);
    });
    details.appendChild(list);
    if (result.verdict === "not_allowed") {
      details.appendChild(el("h4", {}, [R.ui.help_title]));
      var help = el("ul", { "class": "checker-conditions" }, [citedItem(R.help.text, R.help.cites)]);
      details.appendChild(help);
      var h = R.help.hotline;
      details.appendChild(el("p", { "class": "checker-call" }, [
        fill(R.ui.help_call, { name: h.name }) + " ",
        el("a", { "class": "checker-hotline", href: "tel:" + h.tel }, [h.number]),
        h.hours ? " (" + h.hours + ")" : ""
      ]));
      if (R.help.links.length) {
        details.appendChild(el("ul", {}, R.help.links.map(function (l) {
          return el("li", {}, [el("a", { href: l.href }, [l.label])]);
        })));
      }
    } else if (result.conditions.length) {
      details.appendChild(el("h4", {}, [R.ui.conditions_title]));
      details.appendChild(el("ul", { "class": "checker-conditions" }, result.conditions.map(function (id) {
        return citedItem(R.conditions[id].text, R.conditions[id].cites);
      })));
    }
    resultBox.hidden = false;
    // The live region says the verdict; the details are read on demand.
    statusBox.textContent = fill(R.ui.summary, { verdict: label, count: result.reasons.length });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var c = readForm();
    if (!c) { statusBox.textContent = ""; return; }
    render(evaluate(c));
    if (resultBox.scrollIntoView) resultBox.scrollIntoView({ block: "start" });
  });
  $("checker-job-filter").addEventListener("input", filterJobs);
  // A date of birth replaces the age: say so by disabling the age box.
  $("checker-dob").addEventListener("input", function () {
    $("checker-age").disabled = !!$("checker-dob").value;
  });
  form.hidden = false;
})();
