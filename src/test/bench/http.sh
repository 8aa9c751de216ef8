#!/usr/bin/env bash
# POST /api/evaluations against the same response bytes served as a static file by the same app, with wrk on
# loopback, interleaved, at 8 and 32 connections; prints each run's requests/s and the median ratio per
# connection count. Not part of `mvn verify` (see docs/benchmarks.md).
# The warm-up runs until the JIT's compile queue is empty (on 2 cores compiling takes a minute or more of load, and
# req/s climbs until it is done), at least WARM_SECONDS.
# usage: src/test/bench/http.sh [ROUNDS] [SECONDS] [WARM_SECONDS]
#   env: JAR, CASE, QUERY (e.g. QUERY='?view=compact'), APP_ARGS (e.g. APP_ARGS=--tumorboard.evaluation-cache.max-bytes=0
#   to evaluate every request afresh)
set -euo pipefail
ROUNDS=${1:-3}
SECS=${2:-5}
WARM=${3:-20}
JAR=${JAR:-target/tumor-board.jar}
CASE=${CASE:-src/test/resources/cases/lapc-head-stent.json}
QUERY=${QUERY:-}
WORK=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
java -jar "$JAR" ${APP_ARGS:-} --server.port=$PORT --spring.web.resources.static-locations="classpath:/static/,file:$WORK/static/" \
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
queued() { jcmd "$PID" Compiler.queue | grep -c '^[0-9]' || true; }
warmed=0
while [ "$warmed" -lt "$WARM" ] || [ "$(queued)" -gt 2 ]; do   # JIT-compile both paths
  wrk -t2 -c32 -d5s -s "$WORK/post.lua" "$URL/api/evaluations$QUERY" >/dev/null
  wrk -t2 -c32 -d2s "$URL/evaluation.json" >/dev/null
  warmed=$((warmed + 7))
  [ "$warmed" -lt 300 ] || break
done
echo "warmed up for ${warmed}s (compile queue: $(queued))"
for c in 8 32; do
  ratios=()
  for r in $(seq "$ROUNDS"); do
    api=$(rps "$c" -s "$WORK/post.lua" "$URL/api/evaluations$QUERY"); static=$(rps "$c" "$URL/evaluation.json")
    ratio=$(awk -v a="$api" -v s="$static" 'BEGIN {printf "%.2f", a / s}')
    echo "c=$c round $r: api $api req/s, static $static req/s, ratio $ratio"; ratios+=("$ratio")
  done
  echo "c=$c median ratio: $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
done
