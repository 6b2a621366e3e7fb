// Sample social posts: adds a "Copy" button next to each one. Without JavaScript the text stays
// in a read-only box that people select and copy themselves, so nothing depends on this file.
(function () {
  "use strict";

  function fallbackCopy(field) {
    // Older browsers, or pages not served over HTTPS: select the text and ask the browser to copy it.
    field.focus();
    field.select();
    try {
      return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new Error("copy refused"));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  function copy(field) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(field.value).catch(function () {
        return fallbackCopy(field);
      });
    }
    return fallbackCopy(field);
  }

  document.querySelectorAll("[data-copy-field]").forEach(function (item) {
    var field = document.getElementById(item.getAttribute("data-copy-field"));
    var label = item.querySelector("label");
    if (!field) {
      return;
    }

    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--small button--secondary";
    button.textContent = item.getAttribute("data-copy-label");
    if (label) {
      // The button says "Copy"; its description says which post it copies.
      label.id = label.id || field.id + "-label";
      button.setAttribute("aria-describedby", label.id);
    }

    var status = document.createElement("span");
    status.className = "share__status";
    status.setAttribute("role", "status");

    button.addEventListener("click", function () {
      status.textContent = "";
      copy(field).then(function () {
        status.textContent = item.getAttribute("data-copied-label");
      }, function () {
        field.focus();
        field.select();
        status.textContent = item.getAttribute("data-select-label");
      });
    });

    item.appendChild(button);
    item.appendChild(status);
  });
})();
