/* Training slides: one slide at a time, moved with the buttons or the keyboard
   (arrows, Page Up/Down, space, Home/End). The slide number is kept in the address
   (#slide-N) so a reload or a shared link opens the same slide. Works from file://. */
(function () {
  "use strict"
  var slides = Array.prototype.slice.call(document.querySelectorAll(".tk-slide"))
  var controls = document.querySelector(".tk-deck__controls")
  if (!slides.length || !controls) return
  document.documentElement.classList.add("tk-js")
  controls.hidden = false
  var prev = controls.querySelector("[data-tk-prev]")
  var next = controls.querySelector("[data-tk-next]")
  var counter = controls.querySelector("[data-tk-counter]")
  var current = 0

  function show(index) {
    current = Math.max(0, Math.min(slides.length - 1, index))
    slides.forEach(function (slide, i) {
      slide.classList.toggle("is-current", i === current)
    })
    counter.textContent = (current + 1) + " / " + slides.length
    prev.disabled = current === 0
    next.disabled = current === slides.length - 1
    if (location.hash !== "#" + slides[current].id) {
      history.replaceState(null, "", "#" + slides[current].id)
    }
  }

  prev.addEventListener("click", function () { show(current - 1) })
  next.addEventListener("click", function () { show(current + 1) })
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    var tag = event.target && event.target.tagName
    if (tag === "BUTTON" && (event.key === " " || event.key === "Enter")) return
    if (["ArrowRight", "PageDown", " "].indexOf(event.key) >= 0) show(current + 1)
    else if (["ArrowLeft", "PageUp"].indexOf(event.key) >= 0) show(current - 1)
    else if (event.key === "Home") show(0)
    else if (event.key === "End") show(slides.length - 1)
    else return
    event.preventDefault()
  })
  var start = slides.findIndex(function (s) { return "#" + s.id === location.hash })
  show(start >= 0 ? start : 0)
})()
