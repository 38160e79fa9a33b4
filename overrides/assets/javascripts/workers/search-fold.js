/*
 * Our search worker: Material's own worker (its file name arrives as ?material=...),
 * wrapped. Python twins: scripts/search/fold.py, query.py and lunr_index.py (the
 * relevance tests use them; a browser test checks both give the same order).
 *
 * - Lazy index: Material's search_index.json is a stub (config, no documents). The
 *   full index (search/search_index.full.js) is loaded with importScripts when the
 *   page asks ({type: "portal:load"}, sent by search-lazy.js when search is opened
 *   or focused) or at the first real query, then handed to Material as its setup.
 * - Folding: every token goes through `fold` in the index pipeline (no accents,
 *   lower case, đ -> d, spelling variants), and each token also yields a bigram
 *   `_this_next` (adjacent syllables), so a phrase can be ranked as a phrase.
 * - Queries: expandQuery turns what the reader typed into folded words, bigrams,
 *   article terms ("đ 296" -> _dieu_296) and synonym phrases (config.portal).
 * - Results: Material's score is re-weighted by finalScore (phrase first, page a
 *   little), pages are ordered by their best result, ties by path; terms and
 *   suggestions only ever show the reader's own words.
 * Highlighting keeps working: lunr records positions in the original text.
 * Works as a real Worker and inside the iframe-worker shim (file://).
 */
(function () {
  "use strict"

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
  // As in scripts/search/lunr_index.py (final_score explains them).
  var COVERAGE_WEIGHT = 2, PHRASE_WEIGHT = 2, PAGE_WEIGHT = 2.5

  var portal = { variants: {}, synonyms: [], article_key: "", article_words: [] }
  var separator = /[\s\-]+/

  function fold(text) {
    return String(text)
      .replace(/đ/g, "d").replace(/Đ/g, "D")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC")
      .toLowerCase()
  }

  function has(table, key) {
    return Object.prototype.hasOwnProperty.call(table, key)
  }

  function foldQuery(text) {
    return fold(text).replace(/[a-z0-9]+/g, function (word) {
      return has(portal.variants, word) ? portal.variants[word] : word
    })
  }

  // Zensical's search worker (scripts/engines/zensical/theme/.../search-zensical.js)
  // borrows the folding only: it sets __portalFoldOnly, and nothing below runs.
  if (self.__portalFoldOnly) {
    self.__portalFold = {
      fold: fold,
      foldQuery: foldQuery,
      configure: function (config) { portal = config || portal }
    }
    return
  }

  function bigram(a, b) {
    return "_" + a + "_" + b
  }

  function phraseTerms(words) {
    if (words.length === 1) return words.slice()
    var out = []
    for (var i = 0; i + 1 < words.length; i++) out.push(bigram(words[i], words[i + 1]))
    return out
  }

  function contains(words, phrase) {
    for (var i = 0; i + phrase.length <= words.length; i++) {
      var j = 0
      while (j < phrase.length && words[i + j] === phrase[j]) j++
      if (j === phrase.length) return true
    }
    return false
  }

  // Twin of scripts/search/query.py `expand`: same steps, same order.
  function expandQuery(text) {
    var words = foldQuery(text).split(separator)
      .map(function (w) { return w.replace(/[+~^*]/g, "") })
      .filter(function (w) { return w.length > 0 })
    var terms = words.slice()
    if (words.length > 1) terms = terms.concat(phraseTerms(words))
    for (var i = 0; i + 1 < words.length; i++)
      if (portal.article_words.indexOf(words[i]) >= 0 && /^[0-9]+$/.test(words[i + 1]))
        terms.push(bigram(portal.article_key, words[i + 1]))
    portal.synonyms.forEach(function (group) {
      var phrases = group.map(function (p) { return p.split(" ") })
      if (!phrases.some(function (p) { return contains(words, p) })) return
      phrases.forEach(function (p) {
        if (!contains(words, p)) terms = terms.concat(phraseTerms(p))
      })
    })
    var unique = terms.filter(function (t, k) { return terms.indexOf(t) === k })
    return { words: words, terms: unique }
  }

  function finalScore(material, isPage, coverage, phrase) {
    var base = material / (1 + Math.pow((isPage ? 1 : 0) + coverage, 2))
    return base * (1 + COVERAGE_WEIGHT * coverage * coverage) *
      (1 + PHRASE_WEIGHT * phrase * phrase) * (isPage ? PAGE_WEIGHT : 1)
  }

  function rounded(score) {
    return Math.floor(score * 1e6 + 0.5)
  }

  function pagePath(location) {
    return location.split("#")[0]
  }

  // Re-weigh and re-order Material's result groups (one group per page).
  function rerank(groups, words) {
    var own = {}
    words.forEach(function (w) { own[w] = true })
    var pairs = words.length > 1 ? phraseTerms(words) : []
    var ranked = groups.map(function (items) {
      var best = 0
      items.forEach(function (item) {
        var keys = Object.keys(item.terms || {})
        var found = keys.filter(function (k) { return item.terms[k] }).length
        var coverage = keys.length ? found / keys.length : 0
        var phrase = pairs.length
          ? pairs.filter(function (p) { return item.terms[p] === true }).length / pairs.length : 0
        item.score = finalScore(item.score, !item.parent, coverage, phrase)
        best = Math.max(best, item.score)
        var shown = {}
        keys.forEach(function (k) { if (own[k]) shown[k] = item.terms[k] })
        item.terms = shown // "missing: x" only ever names a word the reader typed
      })
      return { items: items, key: rounded(best), path: pagePath(items[0].location) }
    })
    ranked.sort(function (a, b) {
      return b.key - a.key || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    })
    return ranked.map(function (r) { return r.items })
  }

  var searched = null // the lunr index Material last searched

  // Material's suggestions, from the reader's own words (Material would ask for all
  // our terms, synonyms included, in one title): the same title query it makes.
  function suggest(words) {
    var lunr = self.lunr
    if (!searched || !lunr) return []
    var titles = searched.query(function (builder) {
      words.forEach(function (word) {
        builder.term(word, {
          fields: ["title"],
          presence: lunr.Query.presence.REQUIRED,
          wildcard: lunr.Query.wildcard.TRAILING
        })
      })
    })
    return titles.length ? Object.keys(titles[0].matchData.metadata) : []
  }

  function lunrHooks(lunr) {
    if (!lunr || lunr.__portal) return
    lunr.__portal = true
    var foldToken = function (token) {
      return token.update(function (s) { return foldQuery(s) })
    }
    var bigramToken = function (token, i, tokens) {
      var next = tokens[i + 1]
      if (!next) return token
      var a = token.toString(), b = next.toString()
      if (!a || !b || a.charAt(0) === "_" || b.charAt(0) === "_") return token
      return [token, token.clone(function () { return bigram(a, b) })]
    }
    lunr.Pipeline.registerFunction(foldToken, "portalFold")
    lunr.Pipeline.registerFunction(bigramToken, "portalBigrams")
    // A bigram sits at its first syllable's position, which that syllable's own
    // match already marks: marking it twice breaks Material's highlighting. Keep
    // the bigram's match (it counts for ranking), drop its positions.
    var query = lunr.Index.prototype.query
    lunr.Index.prototype.query = function (fn) {
      searched = this // Material's index, for suggestions
      var results = query.call(this, fn)
      results.forEach(function (result) {
        var metadata = result.matchData.metadata
        Object.keys(metadata).forEach(function (term) {
          if (term.charAt(0) !== "_") return
          Object.keys(metadata[term]).forEach(function (field) {
            if (metadata[term][field].position) metadata[term][field].position = []
          })
        })
      })
      return results
    }
    var add = lunr.Builder.prototype.add
    lunr.Builder.prototype.add = function (doc, attributes) {
      if (!this.__portal) {
        this.__portal = true
        this.pipeline._stack.unshift(foldToken, bigramToken)
        this.searchPipeline._stack.unshift(foldToken)
      }
      return add.call(this, doc, attributes)
    }
  }

  function workerUrl() {
    var src
    if (typeof document !== "undefined") {
      // iframe-worker shim: our <script src=".../search-fold.js?material=...?123">
      var el = document.querySelector("script[src*='search-fold.js']")
      src = el && el.src
    } else {
      src = self.location.href
    }
    return src || ""
  }

  function materialWorkerUrl() {
    var src = workerUrl()
    var match = /[?&]material=(search\.[0-9a-f]+\.min\.js)/.exec(src)
    if (!match) throw new Error("search-fold.js: no ?material= worker name in " + src)
    return new URL(match[1], src).href
  }

  // --- Talking to Material's handler: it answers through postMessage. ---------
  var material = null // Material's message listener, once registered
  var pending = [] // messages for Material that arrived before its listener
  var replies = [] // resolvers waiting for Material's answers, in order
  var nativeAdd = self.addEventListener.bind(self)
  var nativePost = self.postMessage.bind(self)

  self.postMessage = function (message) {
    var resolve = replies.shift()
    if (resolve) resolve(message)
    else nativePost(message)
  }

  function ask(message) {
    return new Promise(function (resolve) {
      replies.push(resolve)
      if (material) material({ data: message })
      else pending.push(message)
    })
  }

  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return nativeAdd(type, listener, options)
    lunrHooks(self.lunr)
    material = listener
    pending.splice(0).forEach(function (message) { listener({ data: message }) })
  }

  // --- The index, loaded once, when first needed. -----------------------------
  var options = { suggest: false }
  var loaded = null

  function load() {
    if (!loaded) {
      loaded = Promise.resolve()
        .then(function () {
          return importScripts(new URL("../../../search/search_index.full.js", workerUrl()).href)
        })
        .then(function () {
          var index = self.__portalIndex
          portal = index.config.portal || portal
          separator = new RegExp(index.config.separator)
          return ask({ type: SETUP, data: { config: index.config, docs: index.docs, options: options } })
        })
        .catch(function (err) {
          loaded = null // try again at the next query
          throw err
        })
    }
    return loaded
  }

  function search(query) {
    var expanded = expandQuery(query)
    if (!expanded.words.length) return Promise.resolve({ type: RESULT, data: { items: [] } })
    return load()
      .then(function () { return ask({ type: QUERY, data: expanded.terms.join(" ") }) })
      .then(function (result) {
        result.data.items = rerank(result.data.items, expanded.words)
        if (options.suggest) result.data.suggest = suggest(expanded.words)
        return result
      })
      .catch(function (err) {
        console.warn("search: " + err)
        return { type: RESULT, data: { items: [] } }
      })
  }

  var queue = Promise.resolve()
  var latest = 0

  nativeAdd("message", function (ev) {
    var message = ev.data || {}
    if (message.type === "portal:load") {
      options = message.options || options
      queue = queue.then(function () { return load().catch(function () {}) })
    } else if (message.type === SETUP) {
      // The stub from Material's page: keep its settings, answer at once.
      options = message.data.options || options
      portal = message.data.config.portal || portal
      separator = new RegExp(message.data.config.separator)
      nativePost({ type: READY })
    } else if (message.type === QUERY) {
      var id = ++latest
      queue = queue.then(function () {
        // A reader types faster than we search: answer only the newest query.
        if (id !== latest) return
        return search(message.data).then(function (result) {
          result.portalQuery = message.data // which query this list answers
          nativePost(result)
        })
      })
    }
  })

  // Exposed for the tests that compare this code with its Python twin.
  self.__portalSearch = { fold: fold, foldQuery: foldQuery, expandQuery: expandQuery }

  importScripts(materialWorkerUrl())
})()
