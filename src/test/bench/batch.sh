#!/usr/bin/env bash
# `evaluate` over many files against the same work in process: prints the command's time per case once warm
# ((T(N) - T(N/2)) / (N/2), so that JVM start and the rule set build cancel out; medians of REPS interleaved runs of
# each) beside the in-process time per case of the same mix (read and check each file, evaluate, write its line),
# and of the evaluation alone. Not part of `mvn verify` (see docs/benchmarks.md).
# usage: src/test/bench/batch.sh [N] [REPS]   (env: JAR, MVN, DIR)
set -euo pipefail
N=${1:-20000}
REPS=${2:-3}
JAR=${JAR:-target/tumor-board.jar}
DIR=${DIR:-${TMPDIR:-/tmp}/tb-batch}
MVN=${MVN:-mvn}
[ -f "$JAR" ] || $MVN -B -ntp -q -DskipTests package
CP_FILE=$(mktemp)
$MVN -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
rm -rf "$DIR" && java -cp "$CP" org.tumorboard.navigator.commandline.BatchBenchmark write "$DIR" "$N"
ms() { local s; s=$(date +%s%N); java -jar "$JAR" evaluate "$@" >/dev/null; echo $(( ($(date +%s%N) - s) / 1000000 )); }
all=("$DIR"/*.json); half=("${all[@]:0:$((N / 2))}")
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
smalls=(); bigs=()
for i in $(seq "$REPS"); do smalls+=("$(ms "${half[@]}")"); bigs+=("$(ms "${all[@]}")"); done
small=$(printf '%s\n' "${smalls[@]}" | median); big=$(printf '%s\n' "${bigs[@]}" | median)
echo "evaluate: ${#half[@]} files ${smalls[*]} ms (median $small), ${#all[@]} files ${bigs[*]} ms (median $big)"
awk -v s="$small" -v b="$big" -v n="$N" 'BEGIN {printf "evaluate, warm: %.1f us/case\n", (b - s) * 1000 / (n / 2)}'
java -cp "$CP" org.tumorboard.navigator.commandline.BatchBenchmark inprocess "$DIR"
