/*
 * Point Material at our search worker (workers/search-fold.js): it wraps Material's
 * worker and adds accent-insensitive matching. The original worker file name travels
 * as a query parameter. Runs after the #__config block and before Material's bundle
 * reads it; a file rather than an inline script so the Content-Security-Policy needs
 * no 'unsafe-inline'.
 */
(function () {
  var el = document.getElementById("__config")
  var cfg = JSON.parse(el.textContent)
  cfg.search = cfg.search.replace(/search\.[0-9a-f]+\.min\.js$/, function (name) {
    return "search-fold.js?material=" + name
  })
  el.textContent = JSON.stringify(cfg)
})()
