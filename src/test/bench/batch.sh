#!/usr/bin/env bash
# `evaluate` over many files against in-process evaluation of the same cases: prints the command's time per case
# once warm ((T(N) - T(N/2)) / (N/2): JVM start, rule set build and JIT warm-up cancel out) beside the warm
# in-process time per case. Not part of `mvn verify` (see README, "Benchmarks").
# usage: src/test/bench/batch.sh [N]   (env: JAR, MVN, DIR)
set -euo pipefail
N=${1:-20000}
JAR=${JAR:-target/tumor-board.jar}
DIR=${DIR:-${TMPDIR:-/tmp}/tb-batch}
MVN=${MVN:-mvn}
[ -f "$JAR" ] || $MVN -B -ntp -q -DskipTests package
CP_FILE=$(mktemp)
$MVN -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
rm -rf "$DIR" && java -cp "$CP" org.tumorboard.navigator.system.BatchBenchmark write "$DIR" "$N"
ms() { local s; s=$(date +%s%N); java -jar "$JAR" evaluate "$@" >/dev/null; echo $(( ($(date +%s%N) - s) / 1000000 )); }
all=("$DIR"/*.json); half=("${all[@]:0:$((N / 2))}")
small=$(ms "${half[@]}"); big=$(ms "${all[@]}")
echo "evaluate: ${#half[@]} files ${small} ms, ${#all[@]} files ${big} ms"
awk -v s="$small" -v b="$big" -v n="$N" 'BEGIN {printf "evaluate, warm: %.1f us/case\n", (b - s) * 1000 / (n / 2)}'
java -cp "$CP" org.tumorboard.navigator.system.BatchBenchmark inprocess "$DIR"
