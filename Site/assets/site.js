/* playbook pages: practice mode, quiz answers, review dates, print. Everything works without
   this script (answers are then simply shown); it only adds the interactions. */
(function () {
  "use strict";

  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }

  /* Practice mode on objection pages: hide the response until the rep asks for it. */
  each("[data-practice]", function (section) {
    var button = section.querySelector("[data-practice-toggle]");
    var hidden = section.querySelectorAll("[data-practice-hidden]");
    if (!button) return;
    button.hidden = false;
    function set(practising) {
      section.classList.toggle("practising", practising);
      Array.prototype.forEach.call(hidden, function (el) { el.hidden = practising; });
      button.setAttribute("aria-expanded", String(!practising));
      button.textContent = button.getAttribute(practising ? "data-show" : "data-hide");
    }
    button.addEventListener("click", function () { set(!section.classList.contains("practising")); });
    set(true);
  });

  /* Quiz answers: hidden behind a button each. */
  each("[data-quiz-answer]", function (answer) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "reveal";
    button.textContent = answer.getAttribute("data-show");
    button.setAttribute("aria-expanded", "false");
    answer.hidden = true;
    answer.parentNode.insertBefore(button, answer);
    button.addEventListener("click", function () {
      answer.hidden = !answer.hidden;
      button.setAttribute("aria-expanded", String(!answer.hidden));
      button.textContent = answer.getAttribute(answer.hidden ? "data-show" : "data-hide");
    });
  });

  /* Review dates: the page is the same every day; whether a date has passed is decided here. */
  var now = new Date();
  var today = [now.getFullYear(), String(now.getMonth() + 1).padStart(2, "0"), String(now.getDate()).padStart(2, "0")].join("-");
  var overdueNote = document.documentElement.getAttribute("data-overdue") || "";
  each("[data-due]", function (el) {
    if (el.getAttribute("data-due") < today) {
      el.classList.add("overdue");
      el.textContent += overdueNote;
    }
  });

  each("[data-print]", function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
