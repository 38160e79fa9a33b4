/*
 * Zensical's search worker, wrapped so that search ignores accents, case and `đ`
 * (Zensical itself only lowercases and applies NFKD: "dieu" never finds "điều").
 * Zensical's file name arrives as ?zensical=... (search-zensical.js on the page).
 *
 * - The index: the page fetches search.json and sends it here ({type: 0}); every
 *   title, breadcrumb and text is folded before Zensical's worker indexes it. The page
 *   keeps its own unfolded copy and draws titles and snippets from that: readers never
 *   see folded text. Folding keeps the length of each text, so the highlight ranges
 *   Zensical computes on the folded text mark the right letters of the original.
 * - The query ({type: 2}): folded the same way, plus our spelling variants
 *   (config.portal, added to search.json by scripts/engines/zensical/search.py).
 * The folding is workers/search-fold.js's own (loaded in its fold-only mode), the
 * twin of scripts/search/fold.py.
 */
(function () {
  "use strict"

  var SETUP = 0, QUERY = 2 // Zensical's message types (its bundle and worker)

  // From a folder (file://) the page runs workers in the iframe-worker shim: this file
  // is a <script src=".../search-zensical.js?zensical=...?123"> in a hidden iframe whose
  // location is the page's, and its importScripts loads scripts one after the other and
  // returns a Promise (a real Worker's returns when they have run).
  function workerUrl() {
    if (typeof document !== "undefined") {
      var el = document.querySelector("script[src*='search-zensical.js']")
      return (el && el.src) || ""
    }
    return self.location.href
  }

  var here = workerUrl()
  var name = /[?&]zensical=(search\.[0-9a-f]+\.min\.js)/.exec(here)
  if (!name) throw new Error("search-zensical.js: no ?zensical= worker name in " + here)

  var folding = null
  var zensical = null // Zensical's handler: what its worker assigns to self.onmessage
  var early = [] // messages that arrived before it

  // Every message passes here first; Zensical's assignment to onmessage only hands us
  // its handler (so no message can reach it unfolded, however its script is loaded).
  self.addEventListener("message", function (ev) {
    if (zensical) handle(ev)
    else early.push(ev)
  })
  Object.defineProperty(self, "onmessage", {
    configurable: true,
    get: function () { return zensical },
    set: function (handler) {
      zensical = handler
      early.splice(0).forEach(handle)
    }
  })

  self.__portalFoldOnly = true
  Promise.resolve(importScripts(new URL("search-fold.js", here).href))
    .then(function () {
      folding = self.__portalFold
      return importScripts(new URL(name[1], here).href)
    })
    .then(function () {
      if (typeof zensical !== "function")
        throw new Error("search-zensical.js: Zensical's worker set no onmessage")
    })

  // Same length as the input, letter for letter (fold keeps the length of NFC text;
  // any letter it would lengthen or drop, e.g. "İ" or a stray accent, stays as it is).
  function foldKeepingLength(text) {
    if (typeof text !== "string") return text
    var folded = folding.fold(text)
    if (folded.length === text.length) return folded
    return text.replace(/[\s\S]/g, function (c) {
      var f = folding.fold(c)
      return f.length === 1 ? f : c
    })
  }

  function foldItem(item) {
    var out = {}
    Object.keys(item).forEach(function (key) { out[key] = item[key] })
    out.title = foldKeepingLength(item.title)
    out.text = foldKeepingLength(item.text)
    if (Array.isArray(item.path)) out.path = item.path.map(foldKeepingLength)
    // A law section's article lookup words ("article 296"; scripts/engines/zensical/
    // search.py): one more breadcrumb entry, indexed, never drawn (the page draws the
    // breadcrumb from its own copy of search.json).
    if (typeof item.portal === "string" && item.portal)
      out.path = (out.path || []).concat([item.portal])
    delete out.portal
    return out
  }

  // "đ 296", "art. 296": the article word a reader typed becomes the language's own
  // ("dieu" / "article"), which the law section's text or article words carry; a bare
  // "d" would match every word that starts with d.
  var portal = { article_key: "", article_words: [] } // config.portal, from the index
  function articleQuery(folded) {
    var words = folded.split(/\s+/)
    for (var i = 0; i + 1 < words.length; i++)
      if (portal.article_words.indexOf(words[i].replace(/\.$/, "")) >= 0 &&
          /^[0-9]+$/.test(words[i + 1]))
        words[i] = portal.article_key
    return words.join(" ")
  }

  function handle(ev) {
    var message = ev.data || {}
    if (message.type === SETUP && message.data && Array.isArray(message.data.items)) {
      portal = (message.data.config && message.data.config.portal) || portal
      folding.configure(portal)
      message = {
        type: SETUP,
        data: Object.assign({}, message.data, { items: message.data.items.map(foldItem) })
      }
    } else if (message.type === QUERY && message.data && typeof message.data.input === "string") {
      message = {
        type: QUERY,
        data: Object.assign({}, message.data, {
          input: articleQuery(folding.foldQuery(message.data.input))
        })
      }
    }
    return zensical.call(self, { data: message })
  }
})()
