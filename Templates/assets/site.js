/* playbook pages: practice mode, quiz answers, review dates, print. Everything works without
   this script (answers are then simply shown); it only adds the interactions. */
(function () {
  "use strict";

  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }

  /* Practice mode on objection pages: a switch, remembered on this device, that hides the
     response until the rep asks for it. Off by default: the answer is what a rep needs first. */
  var practiceKey = "playbook.practice";
  function practiceStored() {
    try { return window.localStorage.getItem(practiceKey) === "on"; } catch (e) { return false; }
  }
  function storePractice(on) {
    try { window.localStorage.setItem(practiceKey, on ? "on" : "off"); } catch (e) { /* private mode: not remembered */ }
  }
  each("[data-practice]", function (section) {
    var bar = section.querySelector("[data-practice-bar]");
    var toggle = section.querySelector("[data-practice-switch]");
    var button = section.querySelector("[data-practice-toggle]");
    var hidden = section.querySelectorAll("[data-practice-hidden]");
    if (!bar || !toggle || !button || !hidden.length) return;
    function reveal(shown) {
      Array.prototype.forEach.call(hidden, function (el) { el.hidden = !shown; });
      button.setAttribute("aria-expanded", String(shown));
      button.textContent = button.getAttribute(shown ? "data-hide" : "data-show");
    }
    function practise(on) {
      toggle.checked = on;
      section.classList.toggle("practising", on);
      button.hidden = !on;
      reveal(!on);
    }
    toggle.addEventListener("change", function () { storePractice(toggle.checked); practise(toggle.checked); });
    button.addEventListener("click", function () { reveal(hidden[0].hidden); });
    window.addEventListener("storage", function (event) { if (event.key === practiceKey) practise(practiceStored()); });
    bar.hidden = false;
    practise(practiceStored());
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
