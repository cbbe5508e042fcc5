#!/usr/bin/env bash
# Times the whole pipeline (the shaded jar, `java -jar`) on generated reports with known values, on the direct
# runner and on embedded Flink (parallelism 2), beside the floor of the same files (read and decoded, nothing else),
# and prints per run the wall time, reports/s, CPU time, peak RSS, the Parquet files written and the load average;
# with several sizes, the cost ratio of the largest to the smallest.
#
#   scripts/pipeline-benchmark.sh [SIZE ...]        e.g. scripts/pipeline-benchmark.sh 10000 100000   (default: 10000)
#
# The corpus of a size is GeneratedCorpus (the extractors' test generator of renderings): every rendering kind in
# turn (HTML, merged-cell HTML, DOCX, PDF, Word text exports, crawled text, prose reports), issuers spread over
# counties, UNPLACED_SHARE of them printing no year or county (so in year=0/county_code=000000: 20 000 of 100 000 by
# default), plus an exact copy of every hundredth file, so duplicate handling is part of the run. Corpora are kept in
# BENCH_DIR and reused. Settings (environment):
#   BENCH_DIR       corpora, outputs and logs       (default: target/pipeline-benchmark)
#   BENCH_JAR       the jar to time                 (default: pipeline/target/gov-disclosure-pipeline.jar)
#   RUNNERS         which runners, space-separated  (default: "direct flink")
#   RUNS            runs per runner and size        (default: 1)
#   UNPLACED_SHARE  share without year and county   (default: 0.2)
#   KINDS           rendering kinds, comma-separated (default: every kind; e.g. HTML,WORD_TEXT_CELLS as in #17)
#   BUILD=0         use the jars as they are instead of building them first
# JVM flags for the timed runs go in JAVA_TOOL_OPTIONS (the jar keeps C2 off by itself: README, "The JIT compiler of a run").
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZES=("${@:-10000}")
DIR=${BENCH_DIR:-$ROOT/target/pipeline-benchmark}
JAR=${BENCH_JAR:-$ROOT/pipeline/target/gov-disclosure-pipeline.jar}
GENERATOR=$ROOT/benchmarks/target/benchmarks.jar
RUNNERS=${RUNNERS:-direct flink}
RUNS=${RUNS:-1}
UNPLACED_SHARE=${UNPLACED_SHARE:-0.2}
KINDS=${KINDS:-}

if [[ ${BUILD:-1} != 0 ]]; then
  (cd "$ROOT" && ./mvnw -B -q ${MVNW_FLAGS:-} package -DskipTests -pl pipeline,benchmarks -am)
fi
[[ -f $JAR && -f $GENERATOR ]] || { echo "no $JAR or $GENERATOR: build them (BUILD=1)" >&2; exit 1; }
mkdir -p "$DIR"

corpus() {
  local size=$1 dir=$DIR/corpus-$1-$UNPLACED_SHARE${KINDS:+-${KINDS//,/+}}
  if [[ ! -d $dir ]]; then
    java -cp "$GENERATOR" org.govdisclosure.extract.render.GeneratedCorpus "$dir.tmp" "$size" "$UNPLACED_SHARE" $KINDS
    (cd "$dir.tmp" && ls | sort | awk 'NR % 100 == 0' | while read -r f; do cp "$f" "copy-of-$f"; done)
    mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}

runner_args() {
  case $1 in
    direct) ;;
    # --fasterCopy: no transform modifies its input, so Flink need not copy records between operators.
    flink) echo "--runner=FlinkRunner --flinkMaster=[local] --parallelism=2 --fasterCopy=true" ;;
    *) echo "unknown runner $1" >&2; exit 1 ;;
  esac
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

declare -A WALL RSS
for size in "${SIZES[@]}"; do
  input=$(corpus "$size")
  files=$(find "$input" -type f | wc -l)
  echo "== $files files, $(du -sh "$input" | cut -f1), $input; load average $(load)"
  java -cp "$JAR" "$ROOT/scripts/ReadDecodeBaseline.java" "$input"
  for runner in $RUNNERS; do
    for ((run = 1; run <= RUNS; run++)); do
      log=$DIR/$runner-$size-$run.log
      before=$(load)
      # shellcheck disable=SC2046
      /usr/bin/time -v java -jar "$JAR" $(runner_args "$runner") --input="$input" --output="$DIR/out-$runner-$size" >"$log" 2>&1 \
        || { echo "$runner run $run on $size failed, see $log" >&2; exit 1; }
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
      cpu=$(awk -F': ' '/(User|System) time/ {s += $2} END {print s}' "$log")
      rss=$(awk -F': ' '/Maximum resident set size/ {print $2 / 1024}' "$log")
      parquet=$(find "$DIR/out-$runner-$size" -name '*.parquet' | wc -l)
      printf '%-6s %7d files  run %d  %7.1f s  %6.1f reports/s  %7.1f s CPU (%4.1f ms/report)  %5.0f MB peak RSS  %d Parquet files  load %s -> %s\n' \
        "$runner" "$files" "$run" "$wall" "$(echo "$files / $wall" | bc -l)" "$cpu" "$(echo "1000 * $cpu / $files" | bc -l)" \
        "$rss" "$parquet" "$before" "$(load)"
      WALL[$runner-$size]=$wall RSS[$runner-$size]=$rss
    done
  done
done

if ((${#SIZES[@]} > 1)); then
  small=${SIZES[0]} large=${SIZES[-1]}
  for runner in $RUNNERS; do
    printf '%-6s %s/%s: wall time x%.2f, peak RSS x%.2f\n' "$runner" "$large" "$small" \
      "$(echo "${WALL[$runner-$large]} / ${WALL[$runner-$small]}" | bc -l)" "$(echo "${RSS[$runner-$large]} / ${RSS[$runner-$small]}" | bc -l)"
  done
fi
