#!/usr/bin/env bash
# The rotation figures quoted in engine/README.md ("Rotation: figures"): the synthetic region of
# org.xuequ.bench.SyntheticRotation (3,000 candidates in 300 schools), JMH single shots with a 25 s limit,
# two more seeds timed once, and the CLI end to end on the same region as CSV.
# Build first: ./mvnw -q -Dskip.web -pl engine,bench package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=bench/target/xuequ-bench.jar
head -1 /proc/pressure/cpu
java -jar "$JAR" RotationBenchmark -f 1 -wi 1 -i 3 2>&1 | grep -E '^\[figures\]|^RotationBenchmark|Result|±'
for seed in 7 11; do
  head -1 /proc/pressure/cpu
  java -Xmx4g -cp "$JAR" org.xuequ.bench.RotationBench 3000 300 "$seed" 25
done
DIR=$(mktemp -d)
java -cp "$JAR" org.xuequ.bench.SyntheticRotation "$DIR" 3000 300 2026
head -1 /proc/pressure/cpu
/usr/bin/time -f 'wall %e s, peak RSS %M KB' java -jar engine/target/xuequ-engine.jar rotation \
  --schools "$DIR/schools.csv" --teachers "$DIR/teachers.csv" --rules "$DIR/rules.csv" --time-limit 25 \
  --out "$DIR/moves.csv"
wc -l "$DIR/moves.csv"
