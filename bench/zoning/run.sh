#!/usr/bin/env bash
# Timed zoning runs on the synthetic Beijing-like city (org.xuequ.bench.SyntheticZoning), printed as
# measured. Build first: ./mvnw -q -Dskip.web -pl engine,bench package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=bench/target/xuequ-bench.jar
run() { echo "== $*"; head -1 /proc/pressure/cpu; java -Xmx6g "$@"; }
B=org.xuequ.bench.ZoningBench
EXACT=-Dxuequ.zoning.searchK=1000000   # CP-SAT over every school: the exact model, for comparison
# BLOCKS SCHOOLS SEED LIMIT_S [CAP]
for seed in 2018 7; do
  run -cp "$JAR" "$B" 1000 60 "$seed" 10           # region, default 10 s
  run "$EXACT" -cp "$JAR" "$B" 1000 60 "$seed" 120 # the same, exact model, 120 s
done
run -cp "$JAR" "$B" 1000 60 2018 10 0.10           # current = nearest school, at most 10% move (≥ 9.1% must)
run -cp "$JAR" "$B" 1000 60 2018 10 0.05           # infeasible: the subset-sum certificate
run -cp "$JAR" "$B" 50000 1000 2018 30             # city, 30 s
run -cp "$JAR" "$B" 50000 1000 2018 30 0.10
