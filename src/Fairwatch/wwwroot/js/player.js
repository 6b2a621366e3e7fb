// Film players. The page shows a poster drawn by Fairwatch (or an image staff uploaded, served by
// Fairwatch itself) inside an ordinary link to the film on YouTube or Vimeo, so nothing is
// requested from the host while the page is read. Only when the viewer presses play does this
// script put the host's privacy-enhanced player in the page (youtube-nocookie.com, or Vimeo with
// dnt=1). Without JavaScript the link opens the host.
(function () {
  "use strict";
  var players = document.querySelectorAll("[data-player]");
  Array.prototype.forEach.call(players, function (player) {
    var start = player.querySelector("[data-player-start]");
    if (!start) {
      return;
    }

    // The link now plays the film here; the note under it says so.
    var note = player.querySelector("[data-player-note]");
    if (note && note.getAttribute("data-js-note")) {
      note.textContent = note.getAttribute("data-js-note");
    }

    start.addEventListener("click", function (event) {
      // A viewer who asks for a new tab or window gets the host's own page, as without JavaScript.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
      }
      event.preventDefault();

      var frame = document.createElement("iframe");
      frame.className = "player__frame";
      frame.title = player.getAttribute("data-frame-title") || "";
      frame.setAttribute("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture");
      frame.setAttribute("allowfullscreen", "");
      // The site sends no referrer, but the players refuse to run without knowing which site
      // embeds them (YouTube error 153). They get the site's origin only, never the page address.
      frame.setAttribute("referrerpolicy", "strict-origin");
      frame.src = player.getAttribute("data-embed");

      start.parentNode.replaceChild(frame, start);
      player.classList.add("player--playing");
      // Keyboard and screen-reader users land on the player they asked for, not at the top of the page.
      frame.focus();
    });
  });
})();
