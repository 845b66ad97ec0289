#!/usr/bin/env bash
# Times the balance command on a generated region (default 2,000 schools), cold JVM, RUNS times per
# level and standard. Builds engine/target/xuequ-engine.jar if it is missing (BUILD=1 to rebuild).
#
#   bench/balance/bench.sh            # 2,000 schools, 5 runs each
#   SCHOOLS=20000 RUNS=3 bench/balance/bench.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR="$ROOT/engine/target/xuequ-engine.jar"
SCHOOLS=${SCHOOLS:-2000}
RUNS=${RUNS:-5}
WORK=$(mktemp -d /tmp/xuequ-balance.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [[ ! -f "$JAR" || "${BUILD:-0}" == 1 ]]; then
  (cd "$ROOT" && ./mvnw -q -o package -DskipTests -Dskip.web -pl engine)
fi
python3 "$ROOT/bench/balance/generate.py" "$WORK/S.csv" "$SCHOOLS"
echo "region: $SCHOOLS schools, $(wc -c <"$WORK/S.csv") bytes; $(java -version 2>&1 | head -1)"
echo "cpu pressure before: $(head -1 /proc/pressure/cpu 2>/dev/null || echo n/a)"

for standard in 2017 2012; do
  for level in PRIMARY JUNIOR; do
    for run in $(seq 1 "$RUNS"); do
      /usr/bin/time -f "%e %U %M" -o "$WORK/time" \
        java -jar "$JAR" balance --schools "$WORK/S.csv" --level "$level" --standard "$standard" \
        --out "$WORK/O.csv" --schools-out "$WORK/P.csv" >/dev/null
      read -r wall user rss <"$WORK/time"
      echo "$standard $level run $run: wall ${wall}s user ${user}s peak RSS $((rss / 1024)) MB"
    done
  done
done
echo "cpu pressure after: $(head -1 /proc/pressure/cpu 2>/dev/null || echo n/a)"
