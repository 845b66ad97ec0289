#!/usr/bin/env bash
# Supervision benchmark (issue 13): the bench city (300 schools in 30 Haidian districts) on a fresh embedded
# PostgreSQL, load.sql (5,000 inspections, ~4,000 findings in every state, plans), then SupervisionBench.java:
# the points ledger derived by the module, every district's semester report (JSON, PDF, Excel) and the
# findings board under 20 concurrent signed-in clients.
#
#   bench/supervision/run.sh                   # build the jar if missing; 20 clients × 60 s, 5 report rounds
#   BUILD=1 bench/supervision/run.sh 20 60 5   # rebuild first; arguments: clients, seconds, rounds
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/supervision"
JAR=${JAR:-$ROOT/server/target/xuequ.jar}
PORT=${PORT:-18080}
export XUEQU_ADMIN_PASSWORD=${XUEQU_ADMIN_PASSWORD:-Bench-admin-2026}
export XUEQU_BENCH_PASSWORD=${XUEQU_BENCH_PASSWORD:-Haidian@2026}

if [[ ! -f "$JAR" || "${BUILD:-0}" == 1 ]]; then
  echo "Building $JAR ..."
  (cd "$ROOT" && ./mvnw -q -o package -DskipTests -Dskip.web=true)
fi

DATA=$(mktemp -d /tmp/xuequ-supervision-bench.XXXXXX)
LOG="$DATA/server.log"
PID=
stop() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"          # graceful: Spring closes the context, which stops the embedded PostgreSQL
    wait "$PID" 2>/dev/null || true
  fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$DATA"; fi
}
trap stop EXIT

echo "load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
java ${JAVA_OPTS:--Xmx2g} -jar "$JAR" --spring.profiles.active=bench-city --server.port="$PORT" \
  --xuequ.embedded-postgres.data-directory="$DATA/postgres" --xuequ.embedded-postgres.clean=true \
  >"$LOG" 2>&1 &
PID=$!
# Readiness comes after the application runners, i.e. after the city has been generated.
for _ in $(seq 1 1200); do
  if curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$PID" 2>/dev/null; then echo "server died; see $LOG"; tail -40 "$LOG"; exit 1; fi
  sleep 1
done
PG_PORT=$(grep -aoE 'Embedded PostgreSQL started on port [0-9]+' "$LOG" | awk '{print $NF}' | head -1)
echo "bench city ready; embedded PostgreSQL on port $PG_PORT"
start=$(date +%s.%N)
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -f "$HERE/load.sql"
echo "load.sql took $(echo "$(date +%s.%N) - $start" | bc) s"
echo "load average before run: $(cut -d' ' -f1-3 /proc/loadavg)"
java "$HERE/SupervisionBench.java" "http://localhost:$PORT" bench "$XUEQU_BENCH_PASSWORD" "$@"
echo "load average after run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java peak RSS (VmHWM): $(grep VmHWM /proc/$PID/status | awk '{printf "%.0f MB", $2/1024}')"
