#!/bin/sh
# Measures the signature write path and, in the same sitting, a static file, with wrk on loopback.
#
#   bench/Fairwatch.Benchmarks/wrk/sign-petition.sh [base-url] [seconds] [connections]
#
# against a running bench site (dotnet run -c Release --project bench/Fairwatch.Benchmarks -- serve ...).
# It signs the demo petition; the count the site reports before and after is printed next to what
# wrk counted, so a run that stored less than it claims cannot go unnoticed.
set -eu
base=${1:-http://127.0.0.1:5099}
seconds=${2:-20}
connections=${3:-64}
slug=end-detention-by-default
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

count() { curl -sf "$base/api/v1/petitions/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total_signatures"])'; }

curl -sf -c "$work/jar" "$base/petitions/$slug" > "$work/page.html"
eval "$(python3 - "$work/page.html" "$work/jar" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
def field(name):
    tag = re.search(r'<input[^>]*name="' + re.escape(name) + r'"[^>]*>', page).group(0)
    return re.search(r'value="([^"]*)"', tag).group(1)
cookie = [l.split("\t") for l in open(sys.argv[2]) if ".Fairwatch.Antiforgery" in l][0]
print(f"FW_TOKEN='{field('__RequestVerificationToken')}'")
print(f"FW_STAMP='{field('Signature.Stamp')}'")
print(f"FW_COOKIE='{cookie[5]}={cookie[6].strip()}'")
petition = re.search(r'id="petition-(\d+)-progress"', page).group(1)
print(f"id={petition}")
PY
)"
export FW_TOKEN FW_STAMP FW_COOKIE
# The form refuses a stamp younger than the minimum time-to-submit (3 s by default).
sleep 4

echo "== warm-up (5 s), not measured"
FW_RUN="warm$(date +%s)" wrk -t2 -c"$connections" -d5s -s "$here/sign-petition.lua" "$base/petitions/$slug" > /dev/null
sleep 2
before=$(count)
echo "== POST /petitions/$slug: $seconds s, $connections connections; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
FW_RUN="run$(date +%s)" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/sign-petition.lua" "$base/petitions/$slug"
sleep 1
after=$(count)
echo "signatures stored during the run (site's count after minus before): $((after - before))"
echo "== GET /css/site.css: $seconds s, $connections connections; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base/css/site.css"
