/*
 * Accent-insensitive search for Material for MkDocs.
 *
 * Wraps Material's own search worker (its file name arrives as ?material=...):
 * - every token goes through a `fold` step first in the index AND the query
 *   pipelines (no accents, lower case, đ -> d, spelling variants), so
 *   "lao dong", "lao động", "LAO ĐỘNG" and "lao đong" are the same query;
 * - the raw query string is folded too, because Material adds wildcards, and
 *   lunr skips the pipeline for wildcard terms.
 * Highlighting keeps working: lunr records positions in the original text.
 * Works as a real Worker and inside the iframe-worker shim (file://).
 * Python twin: scripts/search/fold.py.
 */
(function () {
  "use strict"

  var variants = {}

  function fold(text) {
    return String(text)
      .replace(/đ/g, "d").replace(/Đ/g, "D")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC")
      .toLowerCase()
  }

  function foldQuery(text) {
    return fold(text).replace(/[a-z0-9]+/g, function (word) {
      return Object.prototype.hasOwnProperty.call(variants, word) ? variants[word] : word
    })
  }

  function materialWorkerUrl() {
    var src
    if (typeof document !== "undefined") {
      // iframe-worker shim: our <script src=".../search-fold.js?material=...?123">
      var el = document.querySelector("script[src*='search-fold.js']")
      src = el && el.src
    } else {
      src = self.location.href
    }
    var match = /[?&]material=(search\.[0-9a-f]+\.min\.js)/.exec(src || "")
    if (!match) throw new Error("search-fold.js: no ?material= worker name in " + src)
    return new URL(match[1], src).href
  }

  function patchLunr(lunr) {
    if (!lunr || lunr.__portalFold) return
    lunr.__portalFold = true
    var foldToken = function (token) {
      return token.update(function (s) { return foldQuery(s) })
    }
    lunr.Pipeline.registerFunction(foldToken, "portalFold")
    var add = lunr.Builder.prototype.add
    lunr.Builder.prototype.add = function (doc, attributes) {
      if (!this.__portalFold) {
        this.__portalFold = true
        this.pipeline._stack.unshift(foldToken)
        this.searchPipeline._stack.unshift(foldToken)
      }
      return add.call(this, doc, attributes)
    }
  }

  // Messages may arrive before Material's handler exists (async import in the
  // iframe shim): queue them until it registers.
  var handler = null
  var queue = []
  var nativeAdd = self.addEventListener.bind(self)

  function transform(message) {
    if (message && message.type === 0 && message.data && message.data.config) {
      variants = message.data.config.portal_variants || {}
    } else if (message && message.type === 2 && typeof message.data === "string") {
      return { type: 2, data: foldQuery(message.data) }
    }
    return message
  }

  nativeAdd("message", function (ev) {
    var message = transform(ev.data)
    if (handler) handler({ data: message })
    else queue.push(message)
  })

  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return nativeAdd(type, listener, options)
    patchLunr(self.lunr)
    handler = listener
    queue.splice(0).forEach(function (message) { listener({ data: message }) })
  }

  // Exposed for the tests that compare this folding with the Python one.
  self.__portalFold = { fold: fold, foldQuery: foldQuery }

  importScripts(materialWorkerUrl())
})()
