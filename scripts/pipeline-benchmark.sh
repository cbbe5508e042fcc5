#!/usr/bin/env bash
# Times the whole pipeline (the shaded jar, `java -jar`) on a generated corpus, on the direct runner and on embedded
# Flink, and prints the wall time, files per second, CPU time and maximum resident memory of RUNS runs each, and
# their medians. On a shared machine the CPU time is the steadier figure.
#
#   scripts/pipeline-benchmark.sh [FILES (2000)] [RUNS (3)]
#
# The corpus is copies of every distinct report in samples/ and the extractors' test corpus, each with a closing
# line of its own so that every file has its own bytes; every 100th file is an exact copy of the one before it,
# so duplicate handling is part of the run. Settings (environment):
#   BENCH_DIR   corpus, outputs and logs          (default: target/pipeline-benchmark)
#   BENCH_JAR   the jar to time                   (default: pipeline/target/gov-disclosure-pipeline.jar)
#   RUNNERS     which runners, space-separated    (default: "direct flink")
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
FILES=${1:-2000}
RUNS=${2:-3}
DIR=${BENCH_DIR:-$ROOT/target/pipeline-benchmark}
JAR=${BENCH_JAR:-$ROOT/pipeline/target/gov-disclosure-pipeline.jar}
RUNNERS=${RUNNERS:-direct flink}
CORPUS=$DIR/corpus-$FILES

[[ -f $JAR ]] || { echo "no $JAR: build it with ./mvnw -B -o -q package -pl pipeline -am -DskipTests" >&2; exit 1; }

generate_corpus() {
  local seeds=() n=0 copy=0 previous=
  mapfile -t seeds < <(find "$ROOT/samples" "$ROOT/extractors/src/test/resources/corpus" -type f \
    ! -name '*.json' ! -name '*.md' -print0 | xargs -0 sha256sum | sort -u -k1,1 | cut -c67- | sort)
  rm -rf "$CORPUS.tmp" && mkdir -p "$CORPUS.tmp"
  while ((n < FILES)); do
    for seed in "${seeds[@]}"; do
      ((n < FILES)) || break
      local target=$CORPUS.tmp/$copy-$(basename "$seed")
      if ((n % 100 == 99)); then
        cp "$previous" "$target"
      else
        { cat "$seed"; printf '\n（副本 %d）\n' "$copy"; } >"$target"
      fi
      previous=$target
      n=$((n + 1))
    done
    copy=$((copy + 1))
  done
  mv "$CORPUS.tmp" "$CORPUS"
}

[[ -d $CORPUS ]] || generate_corpus
echo "corpus: $FILES files, $(du -sh "$CORPUS" | cut -f1), $CORPUS; jar: $JAR"

runner_args() {
  case $1 in
    direct) ;;
    flink) echo "--runner=FlinkRunner --flinkMaster=[local] --parallelism=2" ;;
    *) echo "unknown runner $1" >&2; exit 1 ;;
  esac
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# "runner label: seconds, files/s, CPU seconds, MB"
report() {
  printf '%-6s %-7s %6.1f s  %6.1f files/s  %6.1f s CPU  %5.0f MB max RSS\n' "$1" "$2" "$3" "$(echo "$FILES / $3" | bc -l)" "$4" "$5"
}

for runner in $RUNNERS; do
  walls=() cpus=() rss=()
  for ((run = 1; run <= RUNS; run++)); do
    log=$DIR/$runner-$run.log
    # shellcheck disable=SC2046
    /usr/bin/time -v java -jar "$JAR" $(runner_args "$runner") --input="$CORPUS" --output="$DIR/out-$runner" >"$log" 2>&1 \
      || { echo "$runner run $run failed, see $log" >&2; exit 1; }
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")")
    cpus+=("$(awk -F': ' '/(User|System) time/ {s += $2} END {print s}' "$log")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2 / 1024}' "$log")")
    report "$runner" "run $run" "${walls[-1]}" "${cpus[-1]}" "${rss[-1]}"
  done
  report "$runner" median "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" \
    "$(printf '%s\n' "${rss[@]}" | median)"
done
