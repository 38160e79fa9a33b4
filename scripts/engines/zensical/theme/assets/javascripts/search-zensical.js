/*
 * Zensical builds only (scripts/engines/zensical; overrides/main.html includes this
 * when `extra.engine_search` is set). A file, not an inline script: the site's CSP
 * allows none. Runs after the theme's config block, before its bundle: points the
 * bundle at our worker (workers/search-zensical.js), which wraps Zensical's own and
 * folds accents; the original worker file name travels as ?zensical=.
 */
(function () {
  "use strict"

  var el = document.getElementById("__config")
  if (!el) return
  var config = JSON.parse(el.textContent)
  if (typeof config.search !== "string") return
  config.search = config.search.replace(/search\.[0-9a-f]+\.min\.js$/, function (name) {
    return "search-zensical.js?zensical=" + name
  })
  el.textContent = JSON.stringify(config)
})()
