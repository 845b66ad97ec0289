#!/usr/bin/env bash
# Region-scale enrollment benchmark (issue 5): starts the jar with the bench-city profile on a fresh
# embedded PostgreSQL, waits until it is ready (the city is generated before that), runs run.py,
# records the java process's peak RSS and stops the server.
#
#   bench/enrollment/bench.sh                 # build if needed, one run
#   BUILD=1 RUNS=2 bench/enrollment/bench.sh  # rebuild first; two runs, each on a fresh database
#   any further arguments go to run.py, e.g. --mechanism BOSTON --repeat-execute 0
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/server/target/xuequ.jar}
PORT=${PORT:-18080}
RUNS=${RUNS:-1}
OUT=${OUT:-$ROOT/bench/enrollment/results}
# Other benchmarks on the bench city reuse this script with their own client (bench/evaluation/bench.sh).
RUNNER=${RUNNER:-$ROOT/bench/enrollment/run.py}
export XUEQU_ADMIN_PASSWORD=${XUEQU_ADMIN_PASSWORD:-Bench-admin-2026}
export XUEQU_BENCH_PASSWORD=${XUEQU_BENCH_PASSWORD:-Haidian@2026}

if [[ ! -f "$JAR" || "${BUILD:-0}" == 1 ]]; then
  echo "Building $JAR ..."
  (cd "$ROOT" && ./mvnw -q -o package -DskipTests -Dskip.web=true)
fi
mkdir -p "$OUT"

PID=
DATA=
stop() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"          # graceful: Spring closes the context, which stops the embedded PostgreSQL
    wait "$PID" 2>/dev/null || true
  fi
  PID=
  if [[ -n "$DATA" && "${KEEP:-0}" != 1 ]]; then rm -rf "$DATA"; fi
}
trap stop EXIT

for run in $(seq 1 "$RUNS"); do
  DATA=$(mktemp -d /tmp/xuequ-bench.XXXXXX)
  STAMP=$(date -u +%Y%m%dT%H%M%SZ)
  LOG="$OUT/$STAMP-server.log"
  echo "== run $run of $RUNS: data in $DATA, log $LOG"
  echo "   load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
  java ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=bench-city --server.port="$PORT" \
    --xuequ.embedded-postgres.data-directory="$DATA/postgres" --xuequ.embedded-postgres.clean=true \
    >"$LOG" 2>&1 &
  PID=$!
  # Readiness comes after the application runners, i.e. after the city has been generated.
  for _ in $(seq 1 900); do
    if curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$PID" 2>/dev/null; then echo "server died; see $LOG"; tail -40 "$LOG"; exit 1; fi
    sleep 1
  done
  grep -E "Bench city setup|Started XuequApplication|Bench city:" "$LOG" | sed 's/^.*\] //; s/^/   /' || true
  echo "   load average before run:   $(cut -d' ' -f1-3 /proc/loadavg)"
  status=0
  python3 "$RUNNER" --base "http://localhost:$PORT" --json "$OUT/$STAMP.json" "$@" || status=$?
  echo "   load average after run:    $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "   java peak RSS (VmHWM):      $(grep VmHWM /proc/$PID/status | awk '{printf "%.0f MB", $2/1024}')"
  stop
  if [[ $status != 0 ]]; then echo "run.py failed ($status)"; exit $status; fi
done
