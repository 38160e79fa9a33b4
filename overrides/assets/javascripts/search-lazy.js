/*
 * Search set-up on the page (a file, not an inline script: the site's CSP allows no
 * inline scripts). Runs after Material's config block, before Material's bundle.
 * - Points Material at our worker (workers/search-fold.js), which wraps Material's
 *   own; the original worker file name travels as ?material=.
 * - Lazy worker: Material creates its search worker on page load; loading lunr and
 *   Material's worker there cost every page a long task (Lighthouse, law page). We hand
 *   Material a stand-in that keeps its listeners and messages and starts the real
 *   worker only when the reader opens or focuses search (or a query arrives).
 * - Lazy index: Material only fetches a stub index on page load; once the worker
 *   starts, we ask it to load the full index (search/search_index.full.js), so it is
 *   ready by the first keystroke. Pages where nobody searches download neither.
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

  var SETUP = 0 // Material's message types (workers/search-fold.js)

  // Material's search worker, created on demand. Material only uses postMessage,
  // addEventListener/removeEventListener and terminate on it.
  function LazyWorker(Native, url, options) {
    this.real = null
    this.queued = []
    this.listeners = []
    this.start = function () {
      if (this.real) return this.real
      var real = (this.real = new Native(url, options))
      real.addEventListener("message", answered)
      this.listeners.forEach(function (l) { real.addEventListener(l[0], l[1], l[2]) })
      this.queued.forEach(function (m) { real.postMessage(m) })
      this.queued = []
      return real
    }
  }
  LazyWorker.prototype.postMessage = function (message) {
    // Material's set-up (the stub index) can wait; a query cannot.
    if (this.real || (message && message.type !== SETUP)) this.start().postMessage(message)
    else this.queued.push(message)
  }
  LazyWorker.prototype.addEventListener = function (type, fn, opts) {
    this.listeners.push([type, fn, opts])
    if (this.real) this.real.addEventListener(type, fn, opts)
  }
  LazyWorker.prototype.removeEventListener = function (type, fn, opts) {
    this.listeners = this.listeners.filter(function (l) { return l[0] !== type || l[1] !== fn })
    if (this.real) this.real.removeEventListener(type, fn, opts)
  }
  LazyWorker.prototype.terminate = function () {
    if (this.real) this.real.terminate()
  }

  // Wrap whatever Worker Material will use: the browser's, or the iframe shim's
  // stand-in when the site is opened from a folder (extra.polyfills loads it in <head>).
  var worker = null
  function wrap(Native) {
    var Wrapped = function (url, options) {
      if (String(url).indexOf("search-fold.js") < 0) return new Native(url, options)
      worker = new LazyWorker(Native, url, options)
      return worker
    }
    Wrapped.prototype = Native.prototype
    return Wrapped
  }
  if (typeof window.Worker === "function") window.Worker = wrap(window.Worker)

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
    worker.start().postMessage({
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
