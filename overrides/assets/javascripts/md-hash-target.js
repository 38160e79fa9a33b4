// Material's inline content script (partials/javascripts/content.html, 9.8.1), as a
// file for the Content-Security-Policy: opens the tab a #fragment points at.
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
