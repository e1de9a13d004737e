#!/usr/bin/env bash
# Hotline and city look-ups of the running local stack (./senim up), measured with wrk
# from a second process on loopback. Reports requests/s of each case; compare ratios
# within one run, as the machine is shared and noisy.
#   bench/hotlines.sh [seconds] [connections]
set -euo pipefail
seconds="${1:-10}"
connections="${2:-16}"
run() { # name url [extra wrk args...]
  local name="$1" url="$2"; shift 2
  local rps
  rps=$(wrk -t2 -c"$connections" -d"${seconds}s" "$@" "$url" | awk '/Requests\/sec/ {print $2}')
  printf '%-46s %10s req/s\n' "$name" "$rps"
}
etag=$(curl -s -D - -o /dev/null 'http://localhost:8081/api/directory/hotlines?city=almaty&lang=ru' | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
run "directory: hotlines almaty (200)" 'http://localhost:8081/api/directory/hotlines?city=almaty&lang=ru'
run "directory: hotlines almaty, If-None-Match (304)" 'http://localhost:8081/api/directory/hotlines?city=almaty&lang=ru' -H "If-None-Match: $etag"
run "directory: hotlines misspelled 'karaganada'" 'http://localhost:8081/api/directory/hotlines?city=karaganada&lang=ru'
run "directory: cities" 'http://localhost:8081/api/directory/cities'
run "gateway: hotlines almaty (200)" 'http://localhost:8080/api/directory/hotlines?city=almaty&lang=ru'
