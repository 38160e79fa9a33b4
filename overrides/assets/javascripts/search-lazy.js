/*
 * Search set-up on the page (a file, not an inline script: the site's CSP allows no
 * inline scripts). Runs after Material's config block, before Material's bundle.
 * - Points Material at our worker (workers/search-fold.js), which wraps Material's
 *   own; the original worker file name travels as ?material=.
 * - Lazy index: Material only fetches a stub index on page load; when the reader
 *   opens or focuses search, we ask our worker to load the full index
 *   (search/search_index.full.js), so it is ready by the first keystroke. Pages
 *   where nobody searches never download it.
 */
(function () {
  "use strict"

  var el = document.getElementById("__config")
  if (!el) return
  var config = JSON.parse(el.textContent)
  config.search = config.search.replace(/search\.[0-9a-f]+\.min\.js$/, function (name) {
    return "search-fold.js?material=" + name
  })
  el.textContent = JSON.stringify(config)

  // Keep a handle on the search worker Material is about to create (a real Worker,
  // or the iframe shim's stand-in when the site is opened from a folder).
  var Native = window.Worker
  var worker = null
  if (typeof Native === "function") {
    var Wrapped = function (url, options) {
      var created = new Native(url, options)
      if (String(url).indexOf("search-fold.js") >= 0) {
        worker = created
        created.addEventListener("message", answered)
      }
      return created
    }
    Wrapped.prototype = Native.prototype
    window.Worker = Wrapped
  }

  // Mark the result list with the query it answers, once Material has drawn it,
  // so scripts (our browser tests) can tell a final list from one still updating.
  function answered(ev) {
    if (!ev.data || typeof ev.data.portalQuery !== "string") return
    var query = ev.data.portalQuery
    setTimeout(function () {
      var list = document.querySelector("[data-md-component=search-result]")
      if (list) list.setAttribute("data-portal-query", query)
    }, 0)
  }

  var asked = false
  function loadIndex() {
    if (asked || !worker) return
    asked = true
    var features = config.features || []
    worker.postMessage({
      type: "portal:load",
      options: { suggest: features.indexOf("search.suggest") >= 0 }
    })
  }

  document.addEventListener("focusin", function (ev) {
    if (ev.target && ev.target.matches && ev.target.matches("[data-md-component=search-query]"))
      loadIndex()
  })
  var toggle = document.getElementById("__search")
  if (toggle) toggle.addEventListener("change", function () { if (toggle.checked) loadIndex() })
})()
