/* Work-eligibility checker (checker.md). Plain ES2017, no libraries, no network.
 *
 * The rules come from <script type="application/json" id="checker-rules">, compiled at
 * build time (scripts/checker/compile.py) from docs/data/work-rules.yml, the legal
 * lists and the facts. parseQuery(), evaluate() and explain() follow
 * scripts/checker/engine.py step by step (same order, statuses, sentences); the shared
 * case table in tests/fixtures/checker_cases.yml proves the two agree. Change both or
 * neither.
 *
 * Every answer is a URL: the form's fields are the query string (?age=14&job=...), read
 * back on load, so a result can be bookmarked, shared and printed. Nothing is sent.
 */
(function () {
  "use strict";

  var DAY = 24 * 60;
  var node = document.getElementById("checker-rules");
  if (!node) return;
  var R = JSON.parse(node.textContent);
  var FLAGS = { night: "night", ot: "overtime", school: "school_overlap", family: "family" };
  // Verdicts that list no employer conditions (NO_CONDITIONS in engine.py).
  var NO_CONDITIONS = ["not_allowed", "family", "family_over"];
  var MAX_AGE = 130;

  // ---- the rules (mirror of engine.py) ----------------------------------------------

  function minutes(hhmm) {
    var p = hhmm.split(":");
    return parseInt(p[0], 10) * 60 + parseInt(p[1], 10);
  }

  // An end at or before the start runs past midnight; equal start and end is 24 hours.
  function shiftMinutes(start, end) {
    var length = ((minutes(end) - minutes(start)) % DAY + DAY) % DAY;
    return length || DAY;
  }

  // Does the shift share at least one minute with the night period (art. 106)?
  function overlapsNight(start, end, nightStart, nightEnd) {
    var s = minutes(start), e = s + shiftMinutes(start, end);
    var ns = minutes(nightStart), ne = minutes(nightEnd);
    var len = ((ne - ns) % DAY + DAY) % DAY || DAY;
    return [ns - DAY, ns, ns + DAY].some(function (n) {
      return Math.max(s, n) < Math.min(e, n + len);
    });
  }

  // Completed years on a day ("đủ N tuổi"); dates are "YYYY-MM-DD". A 29 February
  // birthday counts from 1 March in other years (work-rules.yml decision feb-29).
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

  // "1,5" and "1.5" are both one and a half; anything else is not a number.
  function parseNumber(raw) {
    raw = raw.trim();
    return /^\d+([.,]\d+)?$/.test(raw) ? Number(raw.replace(",", ".")) : null;
  }

  function validDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    var p = text.split("-").map(Number), d = new Date(Date.UTC(p[0], p[1] - 1, p[2]));
    return d.getUTCFullYear() === p[0] && d.getUTCMonth() === p[1] - 1 && d.getUTCDate() === p[2];
  }

  function find(list, id) {
    return list.filter(function (x) { return x.id === id; })[0];
  }

  function has(obj, key) { return Object.prototype.hasOwnProperty.call(obj, key); }

  // The query string (or the form) -> {case} or {errors: {field: ui key}}; today is
  // "YYYY-MM-DD". Same checks, order and keys as engine.parse_query().
  function parseQuery(params, today) {
    var get = {};
    Object.keys(params).forEach(function (k) { get[k] = String(params[k]).trim(); });
    var v = function (k) { return has(get, k) ? get[k] : ""; };
    var errors = {}, c = {};
    var dob = v("dob");
    if (dob) {
      if (!validDate(dob) || dob > today || Number(today.slice(0, 4)) - Number(dob.slice(0, 4)) > MAX_AGE) {
        errors.dob = "error_dob";
      } else { c.birth_date = dob; c.today = today; }
    } else {
      var age = v("age");
      if (!age) errors.age = "error_age";
      else if (!/^\d+$/.test(age) || Number(age) > MAX_AGE) errors.age = "error_age_range";
      else c.age = Number(age);
    }
    var job = v("job");
    if (!find(R.jobs, job)) errors.job = "error_job"; else c.job = job;
    var place = v("place");
    if (find(R.places, place)) c.place = place;
    [["day", "hours_per_day", 24], ["week", "hours_per_week", 168]].forEach(function (x) {
      var raw = v(x[0]);
      if (raw) {
        var value = parseNumber(raw);
        if (value === null || value > x[2]) errors[x[0]] = "error_hours_" + x[0];
        else c[x[1]] = value;
      }
    });
    var start = v("start"), end = v("end");
    if (start || end) {
      [["start", start], ["end", end]].forEach(function (x) {
        if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(x[1])) errors[x[0]] = "error_times_partial";
      });
      if (!errors.start && !errors.end) { c.start = start; c.end = end; }
    }
    Object.keys(FLAGS).forEach(function (k) { c[FLAGS[k]] = v(k) === "1"; });
    if (Object.keys(errors).length) return { "case": null, errors: errors };
    return { "case": c, errors: {} };
  }

  function bandFor(age) {
    return R.bands.filter(function (b) {
      return b.min_age <= age && (b.max_age === null || age < b.max_age);
    })[0];
  }

  function workAllowed(allow, job) {
    if (allow === "arts_sport") return job.arts_sport;
    if (allow === "light_work") return job.light_item !== null;
    if (allow === "not_prohibited") return job.prohibited === null;
    return true;
  }

  function reason(rule, status, cites, message, values) {
    return { rule: rule, status: status, cites: cites.slice(), message: message, values: values || {} };
  }

  function given(x) { return x !== null && x !== undefined; }

  function hoursReasons(band, c) {
    var hours = band.hours, typed = given(c.hours_per_day) ? c.hours_per_day : null;
    var span = (c.start && c.end) ? shiftMinutes(c.start, c.end) / 60 : null;
    var values = { limit: hours.per_day };
    if (span !== null) {
      values.start = c.start; values.end = c.end; values.span = span;
      values.basis = (typed !== null && typed !== span) ? "conflict" : "times";
      if (typed !== null) values.typed = typed;
    }
    var known = [typed, span].filter(function (x) { return x !== null; });
    // Over the limit: a breach, unless the band may work overtime in the jobs of a list
    // the portal cannot confirm (15-17, art. 146(2)): then the page cannot say yes.
    var listed = band.overtime.rule === "listed_jobs_only";
    var overStatus = listed ? "unknown" : "fail";
    var overCites = hours.cites.slice();
    if (listed) {
      band.overtime.cites.forEach(function (id) { if (overCites.indexOf(id) === -1) overCites.push(id); });
    }
    var out = [];
    if (!known.length) {
      out.push(reason("day", "missing", hours.cites, "day_missing", values));
    } else {
      values.hours = Math.max.apply(null, known);
      if (values.hours > hours.per_day) {
        out.push(reason("day", overStatus, overCites, listed ? "day_over_listed" : "day_fail", values));
      } else {
        out.push(reason("day", "ok", hours.cites, "day_ok", values));
      }
    }
    var week = given(c.hours_per_week) ? c.hours_per_week : null, w = { limit: hours.per_week };
    if (week === null) {
      out.push(reason("week", "missing", hours.cites, "week_missing", w));
    } else {
      w.hours = week;
      if (week > hours.per_week) {
        out.push(reason("week", overStatus, overCites, listed ? "week_over_listed" : "week_fail", w));
      } else {
        out.push(reason("week", "ok", hours.cites, "week_ok", w));
      }
    }
    return out;
  }

  function timeReasons(band, c) {
    var out = [], times = !!(c.start && c.end);
    var night = !!c.night || (times && overlapsNight(c.start, c.end, R.night.start, R.night.end));
    var spec = band.night;
    if (night) {
      if (spec.rule === "forbidden") out.push(reason("night", "fail", spec.cites, "night_fail"));
      else out.push(reason("night", "unknown", spec.cites, "night_listed"));
    } else if (times) {
      out.push(reason("night", "ok", spec.cites, "night_ok", { start: c.start, end: c.end }));
    } else {
      out.push(reason("night", "missing", spec.cites, "night_missing"));
    }
    spec = band.overtime;
    if (spec.rule === "forbidden") {
      out.push(reason("overtime", c.overtime ? "fail" : "ok", spec.cites,
        c.overtime ? "overtime_fail" : "overtime_ok"));
    } else if (c.overtime) {
      out.push(reason("overtime", "unknown", spec.cites, "overtime_listed"));
    }
    var school = band.school;
    if (school && school.rule === "under15") {
      out.push(reason("school", c.school_overlap ? "fail" : "condition", school.cites,
        c.school_overlap ? "school_fail" : "school_condition"));
    } else if (school && c.school_overlap) {
      out.push(reason("school", "condition", school.cites, "school_study"));
    }
    return out;
  }

  function placeReasons(band, places, allowed, family) {
    var rule = band.places;
    if (!places.length) return [reason("place", "missing", rule.cites, "place_missing")];
    return places.map(function (p) {
      var values = { place: p.id };
      if (rule.points.indexOf(p.point) !== -1) {
        // Under 13, work other than arts or sport at a place barred even at 13-17: a
        // breach (_place_reasons in engine.py; review 28, F1); arts or sport for the own
        // family too, who asks no consent (review 31, F1).
        var status = rule.rule === "unknown" && (!allowed || family) ? "fail" : rule.rule;
        return reason("place", status, rule.cites.concat([p.point]), "place_" + status, values);
      }
      return reason("place", "ok", rule.cites, "place_ok", values);
    });
  }

  function evaluate(c) {
    var age = given(c.age) ? c.age : fullYears(c.birth_date, c.today);
    var band = bandFor(age), job = find(R.jobs, c.job);
    if (!job) throw new Error("unknown job " + c.job);
    var family = !!c.family && band.minor;
    var reasons = [], work = band.work;
    var allowed = workAllowed(work.allow, job);
    var cites = work.cites.concat(allowed ? work.ok_cites : []);
    if (!allowed && job.prohibited && work.allow === "not_prohibited") cites.push(job.prohibited);
    var values = { job: job.id };
    if (job.light_item) values.item = job.light_item;
    var status = allowed ? work.ok_status : "fail", message = allowed ? "ok" : "fail";
    // Outside the known light work, on no art. 147(1) point: "unknown" while an Annex II
    // item is unconfirmed (compile._fail_status, engine.py); an art. 147(1) job stays a breach.
    if (!allowed && !job.prohibited) status = work.fail_status;
    if (allowed && job.light_wording_unconfirmed && work.ok_wording) {
      // The job matches a light-work item whose official wording is not confirmed:
      // a condition (ask for its exact scope), never "this work is on it".
      status = "condition"; message = "ok_wording";
    }
    if (!allowed && job.prohibited && work.fail_prohibited) {
      // An art. 147(1) job outside what the band allows (under 13, 13-14): banned even at 15-17
      // (review 25, F1; review 26, F1).
      message = "fail_prohibited"; cites.push(job.prohibited);
    }
    var own = allowed && work.allow === "not_prohibited" ? job.not_prohibited : null;
    if (own) {  // the job's own wording of the art. 147(1) check (work-rules.yml)
      status = own.status; message = "own";
      cites = work.cites.concat(own.cites);
    }
    // Own family: a definite sentence is a note, not "cannot be confirmed" (review 25, obs. 2).
    if (family && !allowed && !job.prohibited && status === "fail") status = "info";
    // Own family: the employer's rule as a yardstick, without consent or hiring advice.
    if (family && work[message + "_family"]) message = message + "_family";
    reasons.push(reason("work", status, cites, message, values));
    if (band.minor) {
      var ids = [];
      [c.place, job.place].forEach(function (p) { if (p && ids.indexOf(p) === -1) ids.push(p); });
      reasons = reasons.concat(placeReasons(band, ids.map(function (p) { return find(R.places, p); }), allowed, family));
      reasons = reasons.concat(hoursReasons(band, c), timeReasons(band, c));
    }
    if (family) reasons.push(reason("family", "info", R.family.cites, "family"));
    var st = reasons.map(function (r) { return r.status; });
    var fail = st.indexOf("fail") !== -1, verdict;
    if (family) verdict = fail ? "family_over" : "family";
    else if (fail) verdict = "not_allowed";
    else if (st.indexOf("unknown") !== -1) verdict = "unconfirmed";
    else if (band.minor || st.indexOf("condition") !== -1) verdict = "conditional";
    else verdict = "allowed";
    var failed = reasons.filter(function (r) { return r.status === "fail"; }).map(function (r) { return r.rule; });
    var fines = Object.keys(R.fines).filter(function (k) {
      // Same as _fined_rules() in engine.py: `only_for` limits a rule to some bands.
      var only = R.fines[k].only_for;
      return verdict === "not_allowed" && R.fines[k].rules.some(function (x) {
        return failed.indexOf(x) !== -1 && (!only[x] || only[x].indexOf(band.id) !== -1);
      });
    });
    return { verdict: verdict, age: age, band: band.id, reasons: reasons,
      // An employer's conditions: none when not allowed, none for the child's own family.
      conditions: NO_CONDITIONS.indexOf(verdict) === -1 ? band.conditions.slice() : [], fines: fines };
  }

  function fillIn(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return values[k]; });
  }

  function reasonText(band, r) {
    // A band may word its place reasons itself (work-rules.yml `places.messages`).
    var own = r.rule === "place" ? band.places.messages : {};
    var key = r.message.replace(/^place_/, "");
    var template = r.rule === "work" && r.message === "own" ? find(R.jobs, r.values.job).not_prohibited.text
      : r.rule === "work" ? band.work[r.message]
      : Object.prototype.hasOwnProperty.call(own, key) ? own[key] : R.messages[r.message];
    var values = { who: band.who, night_start: R.night.start, night_end: R.night.end };
    Object.keys(r.values).forEach(function (k) {
      var v = r.values[k];
      values[k] = (k === "hours" || k === "typed" || k === "span")
        ? R.hours_unit[Number(v) === 1 ? "one" : "other"].replace("{n}", fmtHours(v))
        : k === "limit" ? fmtHours(v)
        : k === "job" ? find(R.jobs, v).name : k === "place" ? find(R.places, v).name : String(v);
    });
    var sentence = fillIn(template, values);
    if (r.values.basis) sentence = fillIn(R.messages["basis_" + r.values.basis], values) + " " + sentence;
    return sentence + " — " + r.cites.map(function (id) { return R.citations[id].label; }).join("; ");
  }

  // Same shape as engine.explain(engine.evaluate(case), lang).
  function explain(result) {
    var band = find(R.bands, result.band);
    return {
      verdict: result.verdict, age: result.age, band: result.band,
      reasons: result.reasons.map(function (r) {
        return { rule: r.rule, status: r.status, cites: r.cites, text: reasonText(band, r) };
      }),
      conditions: result.conditions, fines: result.fines
    };
  }

  function judge(c) { return explain(evaluate(c)); }

  // The reasons in the order shown (engine.shown): R.shown_order, "rule:status" first.
  function shown(reasons) {
    var rank = function (r) {
      var i = R.shown_order.indexOf(r.rule + ":" + r.status);
      return i >= 0 ? i : R.shown_order.indexOf(r.status);
    };
    return reasons.slice().sort(function (a, b) { return rank(a) - rank(b); });
  }

  window.portalChecker = { evaluate: judge, parseQuery: parseQuery, shown: shown, rules: R };

  // ---- the form ----------------------------------------------------------------------

  var form = document.getElementById("checker-form");
  if (!form) return;
  var $ = function (id) { return document.getElementById(id); };
  var statusBox = $("checker-status"), resultBox = $("checker-result");
  var details = $("checker-details"), errorsBox = $("checker-errors");
  var ICONS = { allowed: "✓", conditional: "!", unconfirmed: "?", not_allowed: "✗", family: "!",
    family_over: "✗", ok: "✓", condition: "!", missing: "–", unknown: "?", fail: "✗", info: "i" };
  // Query name -> the field that shows its error (and gets the focus).
  var FIELDS = { dob: "checker-dob", age: "checker-age", job: "checker-job-filter",
    day: "checker-hours-day", week: "checker-hours-week", start: "checker-start", end: "checker-end" };
  var ORDERED = ["dob", "age", "job", "start", "end", "day", "week"];

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (ch) {
      if (ch === null || ch === undefined) return;
      e.appendChild(typeof ch === "string" ? document.createTextNode(ch) : ch);
    });
    return e;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return String(values[k]); });
  }

  function citeNodes(parent, cites) {
    cites.forEach(function (id, i) {
      var c = R.citations[id];
      parent.appendChild(c.href ? el("a", { href: c.href }, [c.label]) : document.createTextNode(c.label));
      if (i < cites.length - 1) parent.appendChild(document.createTextNode("; "));
    });
  }

  // A sentence, then its citations as links to the article anchors of the law pages.
  function citedItem(sentence, cites, cls, extra) {
    var li = el("li", cls ? { "class": cls } : {});
    li.appendChild(document.createTextNode(sentence));
    if (extra) li.appendChild(extra);
    li.appendChild(document.createTextNode(" — "));
    citeNodes(li, cites);
    return li;
  }

  // Accent-free, lower-case text, so "det chieu" finds "dệt chiếu".
  function norm(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  // Each typed word must begin a word of the text ("ho" finds "hồ", not the "ho" inside
  // "khô"), or be one ("whole"). An accented query is matched with its accents, every word,
  // first as whole words, then as the start of words; an unaccented one matches any
  // accents. Same as _MODES, _matches and _first_found in scripts/checker/search.py, for
  // the jobs and the places (reviews 32, 35, 36, 37).
  function wordsMatch(words, text, mode) {
    var t = text.normalize("NFC").toLowerCase();
    if (mode === "folded") {
      t = norm(t);
      words = words.map(norm);
    }
    var hay = " " + t.replace(/[^\p{L}\p{N}_]+/gu, " ") + " ";
    var end = mode === "whole" ? " " : "";
    return words.every(function (w) { return hay.indexOf(" " + w + end) !== -1; });
  }

  // The ids of `items` ({id, text}) the first mode that finds any finds.
  function firstFound(words, items) {
    var accented = words.some(function (w) { return norm(w) !== w; });
    var modes = accented ? ["whole", "start"] : ["folded"];
    for (var i = 0; i < modes.length; i++) {
      var found = items.filter(function (it) { return wordsMatch(words, it.text, modes[i]); })
        .map(function (it) { return it.id; });
      if (found.length) return found;
    }
    return [];
  }

  function typedWords(typed) {
    // Punctuation splits words as in the texts: "ô-sin" is "ô sin" (_matches in search.py).
    return typed.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}_]+/gu, " ")
      .split(/\s+/).filter(Boolean);
  }

  // The job's name and the words pointing to it (docs/data/checker-words.yml).
  var haystack = {};
  R.jobs.forEach(function (j) { haystack[j.id] = [j.name].concat(j.words).join(" "); });

  function checkedJob() { return form.querySelector("input[name=job]:checked"); }

  function showSelected() {
    var job = checkedJob();
    $("checker-job-selected").textContent = job
      ? fill(R.ui.selected_job, { job: find(R.jobs, job.value).name }) : R.ui.selected_none;
  }

  // Filter the job list. "Other work" and the job already chosen always stay visible, so
  // a choice is never hidden and then submitted unseen.
  function filterJobs() {
    var words = typedWords($("checker-job-filter").value);
    var chosen = checkedJob(), shown = 0;
    var grouped = Array.prototype.map.call(form.querySelectorAll(".checker-group [data-job]"),
      function (choice) {
        var id = choice.getAttribute("data-job");
        return { id: id, text: haystack[id] };
      });
    var found = firstFound(words, grouped);
    Array.prototype.forEach.call(form.querySelectorAll(".checker-group"), function (group) {
      var any = false;
      Array.prototype.forEach.call(group.querySelectorAll("[data-job]"), function (choice) {
        var id = choice.getAttribute("data-job");
        var match = found.indexOf(id) !== -1;
        var keep = match || (chosen && chosen.value === id);
        choice.hidden = !keep;
        if (match) shown += 1;
        if (keep) any = true;
      });
      group.hidden = !any;
      if (words.length) group.open = any;
    });
    $("checker-job-count").textContent = words.length
      ? placesHint($("checker-job-filter").value, shown) : "";
  }

  // Typed words that name a place ("karaoke") point to the place question; when they also
  // find a job, only a place of art. 147(2) ("nhà nghỉ"; review 30, F2). Same as
  // find_places in scripts/checker/search.py.
  function placesHint(typed, shown) {
    var places = R.places.filter(function (p) {
      return p.id !== "other-place" && (!shown || p.point);
    }).map(function (p) { return { id: p.id, text: [p.name].concat(p.words).join(" ") }; });
    var names = firstFound(typedWords(typed), places).map(function (id) {
      return find(R.places, id).name;
    });
    if (!names.length) return fill(R.ui.job_count, { count: shown });
    return fill(shown ? R.ui.job_places_also : R.ui.job_places,
      { count: shown, question: R.ui.place_label, places: names.join("; ") });
  }

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  function formParams() {
    var params = {};
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || e.disabled) return;
      if ((e.type === "radio" || e.type === "checkbox") && !e.checked) return;
      if (e.value !== "") params[e.name] = e.value;
    });
    return params;
  }

  function clearErrors() {
    Object.keys(FIELDS).forEach(function (k) {
      $(FIELDS[k]).removeAttribute("aria-invalid");
      var box = $("checker-" + k + "-error");
      box.textContent = ""; box.hidden = true;
    });
    errorsBox.textContent = "";
  }

  // A plain message at each field, a short summary above the button, focus on the first.
  function showErrors(errors) {
    var first = null;
    ORDERED.forEach(function (k) {
      if (!errors[k]) return;
      var box = $("checker-" + k + "-error");
      box.textContent = R.ui[errors[k]]; box.hidden = false;
      $(FIELDS[k]).setAttribute("aria-invalid", "true");
      if (!first) first = $(FIELDS[k]);
    });
    errorsBox.appendChild(el("p", {}, [R.ui.error_errors]));
    if (first) first.focus();
  }

  function toQuery(params) {
    return Object.keys(params).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]);
    }).join("&");
  }

  function echo(c) {
    var job = find(R.jobs, c.job), lines = [fill(R.ui.echo_job, { job: job.name })];
    var places = [];
    if (c.place) places.push(find(R.places, c.place).name);
    if (job.place && job.place !== c.place) {
      places.push(fill(R.ui.echo_place_implied, { place: find(R.places, job.place).name }));
    }
    lines.push(fill(R.ui.echo_place, { place: places.length ? places.join("; ") : R.ui.echo_none }));
    var span = (c.start && c.end) ? shiftMinutes(c.start, c.end) / 60 : null;
    var known = [c.hours_per_day, span].filter(given);
    var hours = known.length ? fmtHours(Math.max.apply(null, known)) : R.ui.echo_none;
    var line = fill(R.ui.echo_hours, { hours: hours });
    if (span !== null) line += ", " + fill(R.ui.echo_times, { start: c.start, end: c.end });
    lines.push(line);
    if (c.family) lines.push(R.ui.echo_family);
    return el("ul", { "class": "checker-echo" }, lines.map(function (l) { return el("li", {}, [l]); }));
  }

  function shareBlock() {
    var url = location.href;
    var box = el("div", { "class": "checker-share", "data-url": url }, [el("h3", {}, [R.ui.share_title])]);
    box.appendChild(el("label", { "for": "checker-share-url" }, [R.ui.share_link_label]));
    var input = el("input", { id: "checker-share-url", type: "url", readonly: "readonly", value: url });
    box.appendChild(input);
    var buttons = el("div", { "class": "checker-share-buttons" });
    var note = el("p", { "class": "checker-hint", id: "checker-share-note", "aria-live": "polite" });
    if (navigator.share) {
      var share = el("button", { type: "button", "class": "md-button" }, [R.ui.share_button]);
      share.addEventListener("click", function () {
        navigator.share({ title: document.title, url: url }).catch(function () { /* closed */ });
      });
      buttons.appendChild(share);
    }
    var copy = el("button", { type: "button", "class": "md-button" }, [R.ui.copy_button]);
    copy.addEventListener("click", function () {
      input.select();
      var done = function () { note.textContent = R.ui.copied; };
      if (navigator.clipboard) navigator.clipboard.writeText(url).then(done, function () {});
      else if (document.execCommand("copy")) done();
    });
    buttons.appendChild(copy);
    var print = el("button", { type: "button", "class": "md-button", id: "checker-print" }, [R.ui.print_button]);
    print.addEventListener("click", function () { window.print(); });
    buttons.appendChild(print);
    var again = el("a", { href: location.pathname, "class": "md-button" }, [R.ui.new_check]);
    buttons.appendChild(again);
    box.appendChild(buttons);
    box.appendChild(note);
    return box;
  }

  function render(c, result) {
    var band = find(R.bands, result.band);
    details.textContent = "";
    var label = R.verdicts[result.verdict];
    details.appendChild(echo(c));
    details.appendChild(el("p", { "class": "checker-verdict checker-verdict--" + result.verdict }, [
      el("span", { "class": "checker-icon", "aria-hidden": "true" }, [ICONS[result.verdict]]),
      el("strong", {}, [label])
    ]));
    details.appendChild(el("p", {}, [fill(R.ui.result_age, { age: result.age, band: band.name })]));
    details.appendChild(el("h3", {}, [R.ui.reasons]));
    var sorted = shown(result.reasons);
    var list = el("ul", { "class": "checker-reasons" });
    sorted.forEach(function (r) {
      var sentence = r.text.slice(0, r.text.lastIndexOf(" — "));
      var li = citedItem(sentence, r.cites, "checker-reason checker-reason--" + r.status);
      li.insertBefore(el("span", { "class": "checker-badge" }, [
        el("span", { "aria-hidden": "true" }, [ICONS[r.status] + " "]),
        R.ui["status_" + r.status] + ": "
      ]), li.firstChild);
      if (r.rule === "family" && R.family.href) {
        li.appendChild(document.createTextNode(" "));
        li.appendChild(el("a", { href: R.family.href, "class": "checker-family-link" }, [R.ui.family_link]));
      }
      list.appendChild(li);
    });
    details.appendChild(list);
    if (result.fines.length) {
      details.appendChild(el("h3", {}, [R.ui.fine_title]));
      var fines = el("ul", { "class": "checker-fines" }, result.fines.map(function (k) {
        return citedItem(R.fines[k].text, R.fines[k].cites);
      }));
      fines.appendChild(citedItem(R.fines_note.text, R.fines_note.cites));
      details.appendChild(fines);
    }
    if (result.verdict === "not_allowed" || result.verdict === "family_over") {
      details.appendChild(el("h3", {}, [R.ui.help_title]));
      details.appendChild(el("ul", { "class": "checker-conditions" }, [citedItem(R.help.text, R.help.cites)]));
    } else if (result.conditions.length) {
      details.appendChild(el("h3", {}, [R.ui.conditions_title]));
      details.appendChild(el("ul", { "class": "checker-conditions" }, result.conditions.map(function (id) {
        var cond = R.conditions[id];
        var items = cond.items.length ? el("ol", {}, cond.items.map(function (t) { return el("li", {}, [t]); })) : null;
        return citedItem(cond.text, cond.cites, null, items);
      })));
    }
    var h = R.help.hotline;
    details.appendChild(el("p", { "class": "checker-call" }, [
      fill(R.ui.help_call, { name: h.name }) + " ",
      el("a", { "class": "checker-hotline", href: "tel:" + h.tel }, [h.number]),
      h.hours ? " (" + h.hours + ")" : ""
    ]));
    if (R.help.links.length) {
      details.appendChild(el("ul", { "class": "checker-links" }, R.help.links.map(function (l) {
        return el("li", {}, [el("a", { href: l.href }, [l.label])]);
      })));
    }
    details.appendChild(shareBlock());
    resultBox.hidden = false;
    // The live region says the verdict; the details are read on demand.
    statusBox.textContent = fill(R.ui.summary, { verdict: label, count: result.reasons.length });
  }

  // Put the values of a query string back into the form (a shared or bookmarked link).
  function fillForm(params) {
    Object.keys(params).forEach(function (name) {
      var value = params[name];
      Array.prototype.forEach.call(form.querySelectorAll("[name='" + name + "']"), function (e) {
        if (e.type === "radio" || e.type === "checkbox") e.checked = e.value === value;
        else if (e.tagName === "SELECT") e.value = find(R.places, value) ? value : "";
        else e.value = value;
      });
    });
    var job = checkedJob();
    if (job) { var group = job.closest("details"); if (group) group.open = true; }
    $("checker-age").disabled = !!$("checker-dob").value;
    showSelected();
  }

  // Judge the given parameters: errors at the fields, or the result (and its URL).
  function run(params, fromUrl) {
    clearErrors();
    var parsed = parseQuery(params, today());
    if (!parsed["case"]) { statusBox.textContent = ""; resultBox.hidden = true; showErrors(parsed.errors); return; }
    var query = "?" + toQuery(params);
    if (!fromUrl && location.search !== query && history.pushState) {
      history.pushState(null, "", location.pathname + query);
    }
    render(parsed["case"], judge(parsed["case"]));
    if (!fromUrl && resultBox.scrollIntoView) resultBox.scrollIntoView({ block: "start" });
    if (!fromUrl) $("checker-result-title").focus();
  }

  function fromLocation() {
    var search = new URLSearchParams(location.search), params = {};
    search.forEach(function (value, key) { params[key] = value; });
    if (!Object.keys(params).length) { resultBox.hidden = true; statusBox.textContent = ""; return; }
    fillForm(params);
    run(params, true);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(formParams(), false);
  });
  $("checker-job-filter").addEventListener("input", filterJobs);
  form.addEventListener("change", function (event) {
    if (event.target.name === "job") showSelected();
  });
  // A date of birth replaces the age: say so by disabling the age box.
  $("checker-dob").addEventListener("input", function () {
    $("checker-age").disabled = !!$("checker-dob").value;
  });
  window.addEventListener("popstate", fromLocation);
  form.hidden = false;
  fromLocation();
})();
