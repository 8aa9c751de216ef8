#!/usr/bin/env bash
# The same JMH benchmark on this working tree and on an earlier git revision (e.g. the previous release), in one
# run, one after the other; prints each benchmark's score on both and the ratio (this tree / the revision), so a
# speed change is measured against the code it replaced, not against a copy of old code.
# usage: src/test/bench/against.sh REV [BENCHMARK_CLASS] [JMH_ARGS...]
#   e.g. src/test/bench/against.sh a853a3a org.tumorboard.navigator.engine.EvaluationBenchmark -p rules=rules
set -euo pipefail
REV=$1
CLASS=${2:-org.tumorboard.navigator.engine.EvaluationBenchmark}
shift $(( $# > 1 ? 2 : 1 ))
MVN=${MVN:-mvn}
WORK=$(mktemp -d)
trap 'git worktree remove --force "$WORK/rev" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
git worktree add --detach "$WORK/rev" "$REV" >/dev/null
run() {   # directory, result file
  (cd "$1" && $MVN -B -ntp -q -DskipTests test-compile >/dev/null \
    && $MVN -B -ntp -q exec:exec -Dbenchmark="$CLASS" -Dexec.args="-classpath %classpath $CLASS -rf json -rff $2 $*" \
       >/dev/null)
}
run "$WORK/rev" "$WORK/rev.json" "$@"
run "$PWD" "$WORK/now.json" "$@"
python3 - "$WORK/rev.json" "$WORK/now.json" "$REV" <<'PY'
import json, sys
def scores(path):
    out = {}
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 1)[1] + "".join(f" {k}={v}" for k, v in sorted(r.get("params", {}).items()))
        m = r["primaryMetric"]
        out[name] = (m["scorePercentiles"].get("50.0", m["score"]), m["scoreUnit"])
    return out
rev, now = scores(sys.argv[1]), scores(sys.argv[2])
for name in sorted(now):
    if name in rev:
        (a, unit), (b, _) = rev[name], now[name]
        print(f"{name}: {sys.argv[3]} {a:.2f} {unit}, now {b:.2f} {unit}, ratio {b / a:.2f}")
    else:
        print(f"{name}: now {now[name][0]:.2f} {now[name][1]} (not in {sys.argv[3]})")
PY
