#!/usr/bin/env bash
# The issue's two instance sizes through the engine's command line (the public contract), as another tool
# would call it: region 1,000 blocks × 60 schools and city 50,000 × 1,000, on the synthetic cities of
# org.xuequ.bench.SyntheticZoning, with and without the current zoning and a 10% cap. Prints the CLI's own
# report (objective, bound, gap or proof, time) and the wall time including the JVM and the CSV reading.
# Build first: ./mvnw -q -Dskip.web -pl engine,bench package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=bench/target/xuequ-bench.jar
ENGINE=engine/target/xuequ-engine.jar
OUT=${OUT:-$(mktemp -d)}
instance() { # BLOCKS SCHOOLS SEED
  local dir="$OUT/$1x$2-$3"
  [ -f "$dir/blocks.csv" ] || java -cp "$BENCH" org.xuequ.bench.SyntheticZoning "$dir" "$1" "$2" "$3" >/dev/null
  echo "$dir"
}
solve() { # DIR LIMIT [CAP]
  local dir=$1 limit=$2 cap=${3:-}
  local extra=()
  [ -n "$cap" ] && extra=(--current "$dir/current.csv" --max-moved-share "$cap")
  echo "== $(basename "$dir") time-limit ${limit}s ${cap:+cap $cap}"
  head -1 /proc/pressure/cpu
  local start=$(date +%s.%N)
  set +e
  java -Xmx6g -jar "$ENGINE" zoning --blocks "$dir/blocks.csv" --schools "$dir/schools.csv" \
       --out "$dir/out.csv" --time-limit "$limit" "${extra[@]}"
  local rc=$?
  set -e
  echo "exit $rc, wall $(echo "$(date +%s.%N) - $start" | bc) s"
}
REGION=$(instance 1000 60 2018)
CITY=$(instance 50000 1000 2018)
solve "$REGION" 10
solve "$REGION" 10 0.10
solve "$CITY" 30
solve "$CITY" 30 0.10
