#!/usr/bin/env bash
# Builds the JMH benchmarks jar and runs it with settings sized for a small machine (about two minutes).
# Extra arguments go to JMH, e.g. `scripts/benchmark.sh mixedCells -prof gc`; MVNW_FLAGS=-o builds offline.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q ${MVNW_FLAGS:-} package -DskipTests -pl benchmarks -am
java -jar benchmarks/target/benchmarks.jar -f 1 -t 1 -wi 5 -w 2s -i 5 -r 2s "$@"
