/* Self-check quiz of the training pages: tells the reader whether the chosen answer is
   right and opens the explanation. Runs only in this browser; nothing is sent anywhere
   (there is no form to submit and no request is made). */
(function () {
  "use strict"
  document.querySelectorAll("[data-tk-quiz]").forEach(function (quiz) {
    quiz.addEventListener("change", function (event) {
      var input = event.target
      if (!input || input.type !== "radio") return
      var question = input.closest("fieldset")
      var feedback = question.querySelector("[data-tk-feedback]")
      var right = input.getAttribute("data-correct") === "true"
      feedback.textContent = right ? quiz.getAttribute("data-right") : quiz.getAttribute("data-wrong")
      feedback.setAttribute("data-result", right ? "right" : "wrong")
      var answer = question.querySelector("details")
      if (answer) answer.open = true
    })
  })
})()
