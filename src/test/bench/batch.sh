#!/usr/bin/env bash
# `evaluate` over many files against in-process evaluation of the same cases: prints the command's marginal time
# per case ((T(N) - T(N/10)) / (0.9 N), so JVM start and rule set build cancel out) beside the warm in-process
# time per case. Not part of `mvn verify` (see README, "Benchmarks").
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
all=("$DIR"/*.json); tenth=("${all[@]:0:$((N / 10))}")
small=$(ms "${tenth[@]}"); big=$(ms "${all[@]}")
echo "evaluate: ${#tenth[@]} files ${small} ms, ${#all[@]} files ${big} ms"
awk -v s="$small" -v b="$big" -v n="$N" 'BEGIN {printf "evaluate marginal: %.1f us/case\n", (b - s) * 1000 / (0.9 * n)}'
java -cp "$CP" org.tumorboard.navigator.system.BatchBenchmark inprocess "$DIR"
