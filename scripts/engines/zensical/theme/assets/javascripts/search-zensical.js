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

  // Zensical's search dialog (0.0.73; an open shadow root of a <div> on <body>) fails
  // WCAG 2.1 AA twice (axe): each result's breadcrumb is 45 % black (3.4:1 on white),
  // and a result is named by its title alone while it shows title, breadcrumb and
  // snippet (label-content-name-mismatch). Mended here, for the dialog only: the
  // breadcrumb at the dialog's own lighter text colour (70 %), a result named by all it
  // shows. (A constructed style sheet: no <style>, which the site's CSP would refuse.)
  var FIX = '[role=option] [id$="-path"]{color:rgb(var(--color-foreground)/var(--alpha-light))}'

  function mendResults(root) {
    var options = root.querySelectorAll("[role=option][aria-labelledby]")
    for (var i = 0; i < options.length; i++) options[i].removeAttribute("aria-labelledby")
  }

  function mendDialog(host) {
    var root = host.shadowRoot
    if (!root || root.__portalMended) return
    root.__portalMended = true
    if (typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in root) {
      var sheet = new CSSStyleSheet()
      sheet.replaceSync(FIX)
      root.adoptedStyleSheets = root.adoptedStyleSheets.concat([sheet])
    }
    mendResults(root)
    new MutationObserver(function () { mendResults(root) })
      .observe(root, { childList: true, subtree: true, attributes: true,
                       attributeFilter: ["aria-labelledby"] })
  }

  function watchBody() {
    Array.prototype.forEach.call(document.body.children, mendDialog)
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        Array.prototype.forEach.call(record.addedNodes, function (node) {
          if (node.nodeType === 1) mendDialog(node)
        })
      })
    }).observe(document.body, { childList: true })
  }

  if (document.body) watchBody()
  else document.addEventListener("DOMContentLoaded", watchBody)
})()
