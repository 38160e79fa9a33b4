/*
 * Privacy guard: this site never contacts another host from the reader's browser.
 * Material's language selector fetches sitemap.xml from every <link rel=alternate>
 * URL; ours are absolute (for search engines), so without this guard a reader's
 * phone would call the public host. Cross-host XHR/fetch fail locally instead,
 * the same way an offline request would, and Material already handles that.
 */
(function () {
  "use strict"
  function foreign(url) {
    try {
      var target = new URL(String(url), location.href)
      return target.origin !== location.origin
    } catch (e) {
      return false
    }
  }
  var open = XMLHttpRequest.prototype.open
  var send = XMLHttpRequest.prototype.send
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__portalForeign = foreign(url)
    return open.apply(this, arguments)
  }
  XMLHttpRequest.prototype.send = function () {
    if (!this.__portalForeign) return send.apply(this, arguments)
    var xhr = this
    setTimeout(function () { xhr.dispatchEvent(new ProgressEvent("error")) }, 0)
  }
  if (window.fetch) {
    var fetch = window.fetch
    window.fetch = function (input) {
      var url = input && input.url ? input.url : input
      if (foreign(url)) return Promise.reject(new TypeError("blocked: other host"))
      return fetch.apply(this, arguments)
    }
  }
})()
