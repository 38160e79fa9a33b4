/* The printed page's header says the day it was printed (partials/print-header.html):
   just before printing, the build date and its label become today's. */
(function () {
  "use strict";
  function stamp() {
    var time = document.querySelector(".portal-print-header time");
    var label = document.querySelector(".portal-print-header [data-printed-label]");
    if (!time || !label) return;
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    time.setAttribute("datetime", now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate()));
    time.textContent = now.toLocaleDateString(time.getAttribute("data-locale") || undefined,
      { day: "numeric", month: "long", year: "numeric" });
    label.textContent = label.getAttribute("data-printed-label");
  }
  window.addEventListener("beforeprint", stamp);
  if (window.matchMedia) {
    var query = window.matchMedia("print");
    if (query.addEventListener) query.addEventListener("change", function (e) { if (e.matches) stamp(); });
  }
})();
