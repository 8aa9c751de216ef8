#!/usr/bin/env bash
# POST /api/evaluations against the same response bytes served as a static file by the same app, with wrk on
# loopback, interleaved, at 8 and 32 connections; prints each run's requests/s and the median ratio per
# connection count. Not part of `mvn verify` (see README, "Benchmarks").
# usage: src/test/bench/http.sh [ROUNDS] [SECONDS] [WARM_SECONDS]   (env: JAR, CASE, QUERY, e.g. QUERY='?view=compact')
set -euo pipefail
ROUNDS=${1:-3}
SECS=${2:-5}
WARM=${3:-20}
JAR=${JAR:-target/tumor-board.jar}
CASE=${CASE:-src/test/resources/cases/lapc-head-stent.json}
QUERY=${QUERY:-}
WORK=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
java -jar "$JAR" --server.port=$PORT --spring.web.resources.static-locations="classpath:/static/,file:$WORK/static/" \
  >"$WORK/app.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$WORK"' EXIT
URL="http://127.0.0.1:$PORT"
until curl -fs -o /dev/null "$URL/"; do sleep 0.2; done
mkdir -p "$WORK/static"
curl -fs "$URL/api/evaluations$QUERY" -H 'Content-Type: application/json' --data-binary @"$CASE" -o "$WORK/static/evaluation.json"
echo "response: $(wc -c < "$WORK/static/evaluation.json") bytes"
cmp <(curl -fs "$URL/evaluation.json") "$WORK/static/evaluation.json"
{ echo 'wrk.method = "POST"'; echo 'wrk.headers["Content-Type"] = "application/json"'
  printf 'wrk.body = [==[%s]==]\n' "$(cat "$CASE")"; } > "$WORK/post.lua"
rps() { wrk -t2 -c"$1" -d"${SECS}s" "${@:2}" | awk '/Requests\/sec/ {print $2}'; }
wrk -t2 -c8 -d"${WARM}s" -s "$WORK/post.lua" "$URL/api/evaluations$QUERY" >/dev/null   # JIT-compile both paths
wrk -t2 -c8 -d"$((WARM / 4))s" "$URL/evaluation.json" >/dev/null
for c in 8 32; do
  ratios=()
  for r in $(seq "$ROUNDS"); do
    api=$(rps "$c" -s "$WORK/post.lua" "$URL/api/evaluations$QUERY"); static=$(rps "$c" "$URL/evaluation.json")
    ratio=$(awk -v a="$api" -v s="$static" 'BEGIN {printf "%.2f", a / s}')
    echo "c=$c round $r: api $api req/s, static $static req/s, ratio $ratio"; ratios+=("$ratio")
  done
  echo "c=$c median ratio: $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
done
