// The facility map. The map's images come from a tile server on another host, so nothing is
// requested from it until the visitor presses "Show the map": then this script loads Leaflet
// (served by Fairwatch itself, wwwroot/lib/leaflet), the facilities matching the list's filters
// (/facilities/map.json) and the tiles. Without JavaScript the section stays hidden and the list
// is the whole page.
(function () {
  "use strict";
  var section = document.querySelector("[data-facility-map]");
  if (!section) {
    return;
  }

  var button = section.querySelector("[data-show-map]");
  var canvas = section.querySelector("[data-map-canvas]");
  var status = section.querySelector("[data-map-status]");
  section.hidden = false;

  function addStyle(href) {
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = href;
    document.head.appendChild(style);
  }

  function addScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  // Leaflet, then its marker clustering, which groups markers close together so that no two
  // targets overlap. Both are served by Fairwatch itself.
  function loadLeaflet() {
    if (window.L && window.L.markerClusterGroup) {
      return Promise.resolve(window.L);
    }
    addStyle(section.getAttribute("data-leaflet-style"));
    section.getAttribute("data-cluster-styles").split(" ").forEach(addStyle);
    return addScript(section.getAttribute("data-leaflet-script"))
      .then(function () { return addScript(section.getAttribute("data-cluster-script")); })
      .then(function () { return window.L; });
  }

  function popup(point) {
    // Built node by node: names come from data, never parsed as HTML.
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = "/facilities/" + encodeURIComponent(point.slug);
    link.textContent = point.name;
    box.appendChild(link);
    if (point.place) {
      var place = document.createElement("div");
      place.textContent = point.place;
      box.appendChild(place);
    }
    return box;
  }

  button.addEventListener("click", function () {
    button.disabled = true;
    Promise.all([loadLeaflet(), fetch(section.getAttribute("data-points"), { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) { throw new Error(r.status); }
      return r.json();
    })]).then(function (results) {
      var L = results[0];
      var points = results[1];
      canvas.hidden = false;
      button.hidden = true;
      canvas.setAttribute("role", "region");
      canvas.setAttribute("aria-label", section.getAttribute("data-map-label"));
      var map = L.map(canvas, { scrollWheelZoom: false });
      L.tileLayer(section.getAttribute("data-tiles"), {
        maxZoom: parseInt(section.getAttribute("data-max-zoom"), 10) || 18,
        attribution: ""
      }).addTo(map);
      map.attributionControl.setPrefix(false);
      map.attributionControl.addAttribution(section.getAttribute("data-attribution"));
      var bounds = [];
      var markers = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 60 });
      points.forEach(function (point) {
        var marker = L.marker([point.latitude, point.longitude], { title: point.name, alt: point.name, keyboard: true });
        marker.bindPopup(popup(point));
        markers.addLayer(marker);
        bounds.push([point.latitude, point.longitude]);
      });
      map.addLayer(markers);
      if (bounds.length > 0) {
        map.fitBounds(bounds, { padding: [20, 20], maxZoom: 10 });
      } else {
        map.setView([39, -98], 4);
      }
      status.textContent = "";
      canvas.focus();
    }).catch(function () {
      button.disabled = false;
      status.textContent = section.getAttribute("data-failed");
    });
  });
})();
