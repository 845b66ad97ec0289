#!/usr/bin/env bash
# Crash check: kill -9 the server while an allocation run executes, start it again once on the same
# data directory, and check that nothing committed was lost and the run can still be executed.
#
#   bench/crash/kill-during-execute.sh          # uses server/target/xuequ.jar (build it first:
#                                               #   ./mvnw -q package -DskipTests)
#   PORT=18090 KEEP=1 bench/crash/kill-during-execute.sh
#
# Prints PASS or FAIL: <reason>; exits non-zero on failure. Needs java, curl and jq.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/server/target/xuequ.jar}
PORT=${PORT:-18090}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/xuequ-crash.XXXXXX)
JAR_COPY="$WORK/xuequ.jar"
COOKIES="$WORK/cookies"
PID=
T0=$(date +%s.%N)

elapsed() { printf '%6.1f s' "$(echo "$(date +%s.%N) - $T0" | bc)"; }
say() { echo "[$(elapsed)] $*"; }
fail() { say "FAIL: $*"; echo "FAIL: $*"; [[ -f "$WORK/server.log" ]] && tail -30 "$WORK/server.log" | sed 's/^/   log: /'; exit 1; }

cleanup() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"                      # graceful: Spring closes the context and stops PostgreSQL
    wait "$PID" 2>/dev/null || true
  fi
  # Whatever PostgreSQL still runs on this scratch directory was started by this script.
  if [[ -f "$WORK/data/postgres/postmaster.pid" ]]; then
    local pg; pg=$(head -1 "$WORK/data/postgres/postmaster.pid")
    if [[ -n "$pg" ]] && tr '\0' ' ' < "/proc/$pg/cmdline" 2>/dev/null | grep -q -- "-D $WORK/data/postgres"; then
      kill "$pg" 2>/dev/null || true
    fi
  fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

[[ -f "$JAR" ]] || fail "no $JAR; build it with ./mvnw -q package -DskipTests"
cp "$JAR" "$JAR_COPY"

start() {
  # The working directory is the scratch directory: the demo keeps its PostgreSQL in ./data/postgres.
  (cd "$WORK" && exec java ${JAVA_OPTS:-} -jar "$JAR_COPY" --spring.profiles.active=demo --server.port="$PORT" \
      >>"$WORK/server.log" 2>&1) &
  PID=$!
  for _ in $(seq 1 600); do
    if [[ "$(curl -s "$BASE/actuator/health" | jq -r .status 2>/dev/null)" == UP ]]; then return 0; fi
    kill -0 "$PID" 2>/dev/null || fail "the server exited during start"
    sleep 0.5
  done
  fail "the server did not report UP within 300 s"
}

token() { [[ -f "$COOKIES" ]] && awk '$6 == "XSRF-TOKEN" {print $7}' "$COOKIES" | tail -1; }
call() { # method path [json body]
  local method=$1 path=$2 body=${3:-}
  if [[ -n "$body" ]]; then
    curl -s -b "$COOKIES" -c "$COOKIES" -X "$method" -H "X-XSRF-TOKEN: $(token)" -H 'Content-Type: application/json' \
      -d "$body" "$BASE$path"
  else
    curl -s -b "$COOKIES" -c "$COOKIES" -X "$method" -H "X-XSRF-TOKEN: $(token)" "$BASE$path"
  fi
}
sign_in() {
  rm -f "$COOKIES"
  call GET /api/platform/auth/csrf >/dev/null
  call POST /api/platform/auth/login '{"username":"xicheng","password":"Xuequ@2026"}' | jq -e .username >/dev/null \
    || fail "cannot sign in as xicheng"
  call GET /api/platform/auth/csrf >/dev/null   # the token is rotated at sign-in
}
run_status() { call GET "/api/enrollment/runs/$RUN" | jq -r .status; }

say "scratch directory $WORK; starting the demo (first start loads the sample data)"
start
say "UP (pid $PID)"
sign_in
RUN=$(call GET /api/enrollment/runs | jq -r '[.[] | select(.status == "DRAFT")][0].id')
[[ "$RUN" =~ ^[0-9]+$ ]] || fail "the demo has no draft run"
VERSION=$(call GET "/api/enrollment/runs/$RUN" | jq -r .version)
COMMITTED=$(call POST "/api/enrollment/runs/$RUN/commit" "{\"version\":$VERSION}")
[[ "$(jq -r .status <<<"$COMMITTED")" == COMMITTED ]] || fail "commit answered $COMMITTED"
COMMITMENT=$(jq -r .seedCommitment <<<"$COMMITTED")
VERSION=$(jq -r .version <<<"$COMMITTED")
say "run $RUN committed (seed commitment ${COMMITMENT:0:16}…, applicants $(jq -r .applicants <<<"$COMMITTED"))"

JOB=$(call POST "/api/enrollment/runs/$RUN/execute" "{\"version\":$VERSION}" | jq -r .jobId)
[[ -n "$JOB" && "$JOB" != null ]] || fail "execute was not accepted"
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
PID=
say "execute accepted (job $JOB); java killed with SIGKILL straight away"
ORPHAN=$(head -1 "$WORK/data/postgres/postmaster.pid" 2>/dev/null || true)
if [[ -n "$ORPHAN" ]] && kill -0 "$ORPHAN" 2>/dev/null; then
  say "its PostgreSQL (pid $ORPHAN) is still running, orphaned, on the data directory"
fi

say "restarting on the same data directory"
start
say "UP again (pid $PID)"
[[ -z "$ORPHAN" ]] || ! kill -0 "$ORPHAN" 2>/dev/null || fail "the orphaned PostgreSQL $ORPHAN is still running"
sign_in
AFTER=$(call GET "/api/enrollment/runs/$RUN")
[[ "$(jq -r .status <<<"$AFTER")" == COMMITTED ]] || fail "after the crash the run is $(jq -r .status <<<"$AFTER"), not COMMITTED"
[[ "$(jq -r .seedCommitment <<<"$AFTER")" == "$COMMITMENT" ]] || fail "the seed commitment changed across the crash"
say "run $RUN is still COMMITTED with the same seed commitment"

JOB=$(call POST "/api/enrollment/runs/$RUN/execute" "{\"version\":$(jq -r .version <<<"$AFTER")}" | jq -r .jobId)
[[ -n "$JOB" && "$JOB" != null ]] || fail "execute after the restart was not accepted"
for _ in $(seq 1 600); do
  STATE=$(call GET "/api/platform/jobs/$JOB" | jq -r .state)
  [[ "$STATE" == RUNNING ]] || break
  sleep 0.5
done
[[ "$STATE" == SUCCEEDED ]] || fail "the execute job ended $STATE"
[[ "$(run_status)" == EXECUTED ]] || fail "the run is $(run_status) after its job, not EXECUTED"
say "run $RUN EXECUTED after the restart; placed $(call GET "/api/enrollment/runs/$RUN" | jq -r .placed)"
echo "PASS"
