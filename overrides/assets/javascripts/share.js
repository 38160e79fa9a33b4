// Share block of campaign and event pages: progressive enhancement only.
// Without JavaScript the page still offers the plain Facebook link, the e-mail link,
// the page address to copy by hand and the QR code. No third-party script is loaded.
(function () {
  "use strict";
  function setUp(block) {
    var url = block.getAttribute("data-url");
    var title = block.getAttribute("data-title") || document.title;
    var text = block.getAttribute("data-text") || "";
    var status = block.querySelector(".cmp-share__status");
    var nativeButton = block.querySelector("[data-cmp-share-native]");
    var copyButton = block.querySelector("[data-cmp-share-copy]");
    var input = block.querySelector(".cmp-share__url");

    if (nativeButton && typeof navigator.share === "function") {
      nativeButton.hidden = false;
      nativeButton.addEventListener("click", function () {
        navigator.share({ title: title, text: text, url: url }).catch(function () {
          // Cancelled by the user, or refused: the plain links are still there.
        });
      });
    }
    if (copyButton) {
      copyButton.hidden = false;
      copyButton.addEventListener("click", function () {
        function done() { if (status) status.textContent = block.getAttribute("data-copied"); }
        function fallback() {
          if (!input) return;
          input.focus();
          input.select();
          try { if (document.execCommand("copy")) done(); } catch (e) { /* select is enough */ }
        }
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(url).then(done, fallback);
        } else {
          fallback();
        }
      });
    }
  }
  function init() {
    var blocks = document.querySelectorAll("[data-cmp-share]");
    for (var i = 0; i < blocks.length; i++) setUp(blocks[i]);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
