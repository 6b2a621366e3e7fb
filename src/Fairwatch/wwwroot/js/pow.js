// The proof-of-work some public forms ask for while the site is under attack (Web/ProofOfWork.cs):
// find a nonce such that SHA-256(challenge + nonce) starts with N zero bits, in the background as
// soon as the page opens, and send the form once it is found. Without this file (or without Web
// Crypto) the server takes the form after a short wait instead, and the page says so.
(function () {
  "use strict";

  var encoder = new TextEncoder();

  function leadingZeroBits(bytes, bits) {
    for (var i = 0; i < bits; i++) {
      if ((bytes[i >> 3] & (0x80 >> (i & 7))) !== 0) {
        return false;
      }
    }
    return true;
  }

  function solve(challenge, bits) {
    var nonce = 0;
    function step() {
      // A batch of hashes at a time, so the page stays responsive.
      var batch = [];
      for (var i = 0; i < 256; i++) {
        batch.push(nonce + i);
      }
      nonce += batch.length;
      return Promise.all(batch.map(function (n) {
        return crypto.subtle.digest("SHA-256", encoder.encode(challenge + n)).then(function (hash) {
          return leadingZeroBits(new Uint8Array(hash), bits) ? String(n) : null;
        });
      })).then(function (results) {
        for (var j = 0; j < results.length; j++) {
          if (results[j] !== null) {
            return results[j];
          }
        }
        return step();
      });
    }
    return step();
  }

  document.querySelectorAll("form[data-pow]").forEach(function (form) {
    var challenge = form.querySelector("[data-pow-challenge]");
    var nonce = form.querySelector("[data-pow-nonce]");
    var status = form.querySelector("[data-pow-status]");
    var bits = parseInt(form.getAttribute("data-pow-bits"), 10);
    if (!challenge || !nonce || !bits || !window.crypto || !crypto.subtle) {
      return;
    }

    var waiting = false;
    var solved = solve(challenge.value, bits).then(function (found) {
      nonce.value = found;
      if (waiting) {
        form.submit();
      }
    });

    form.addEventListener("submit", function (event) {
      if (nonce.value) {
        return;
      }
      event.preventDefault();
      if (!waiting) {
        waiting = true;
        if (status) {
          status.textContent = form.getAttribute("data-pow-wait") || "";
        }
      }
      return solved;
    });
  });
})();
