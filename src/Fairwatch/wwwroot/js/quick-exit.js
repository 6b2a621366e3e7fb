// Quick exit: replaces the page with a neutral site at once, by the button or by pressing
// Shift three times. location.replace keeps this site out of the back button's history.
// Without JavaScript the control is an ordinary link to the same neutral site.
(function () {
  "use strict";
  var control = document.getElementById("quick-exit");
  if (!control) {
    return;
  }
  var status = document.getElementById("quick-exit-status");
  var target = control.getAttribute("href");
  var presses = 0;
  var timer = null;
  var windowMs = 1000;

  function announce(text) {
    if (status && text) {
      status.textContent = text;
    }
  }

  function exit(event) {
    if (event) {
      event.preventDefault();
    }
    announce(status && status.getAttribute("data-announce-exit"));
    // Hide everything first so nothing stays on screen while the neutral site loads.
    document.documentElement.classList.add("quick-exit-active");
    document.title = "";
    window.location.replace(target);
  }

  control.addEventListener("click", exit);

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      presses = 0;
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      presses = 0;
      exit();
      return;
    }
    var armed = status && status.getAttribute("data-announce-armed");
    announce(armed ? armed.replace("{0}", String(presses)) : "");
    timer = window.setTimeout(function () {
      presses = 0;
      announce("");
    }, windowMs);
  });
})();
