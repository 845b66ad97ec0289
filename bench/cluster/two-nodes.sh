#!/usr/bin/env bash
# Two nodes on one PostgreSQL: what a load balancer in front of N identical nodes relies on.
#
#   bench/cluster/two-nodes.sh            # uses server/target/xuequ.jar (./mvnw -q package -DskipTests)
#   PORT_BASE=18300 KEEP=1 bench/cluster/two-nodes.sh
#
# Starts the jar's embedded PostgreSQL on its own (one database server, as production has one), node A with the
# demo data and node B, both pointing spring.datasource.url at it, then checks:
#   1. signed in on A, the same cookie is signed in on B (sessions live in the database);
#   2. a booking made on A is read on B, and B's search finds the resource that was booked;
#   3. an import started on A is polled to its end on B (jobs and uploads live in the database);
#   4. the booking-expiry sweep runs once per cluster, not once per node;
#   5. behind a proxy the audit log records the client's address (X-Forwarded-For from a trusted proxy);
#   6. A is killed (SIGKILL) right after a draw started: B answers the draw's job as failed with
#      job-node-lost (or succeeded, when the draw won the race), never 404; the run is consistent and B executes it.
# Prints one line per check and "N passed, N failed"; exits non-zero on a failure. Needs java, curl and jq.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/server/target/xuequ.jar}
BASE_PORT=${PORT_BASE:-18300}
PG_PORT=$BASE_PORT
A_PORT=$((BASE_PORT + 1))
B_PORT=$((BASE_PORT + 2))
WORK=$(mktemp -d /tmp/xuequ-cluster.XXXXXX)
TOKEN=cluster-test-scrape-token-$RANDOM$RANDOM
PG_PID= A_PID= B_PID=
PASSED=0 FAILED=0
T0=$(date +%s.%N)

elapsed() { printf '%6.1f s' "$(echo "$(date +%s.%N) - $T0" | bc)"; }
say() { echo "[$(elapsed)] $*"; }
pass() { PASSED=$((PASSED + 1)); say "PASS $*"; }
fail() { FAILED=$((FAILED + 1)); say "FAIL $*"; }
abort() {
  say "ABORT $*"
  for log in "$WORK"/*.log; do [[ -f "$log" ]] && tail -15 "$log" | sed "s|^|   $(basename "$log"): |"; done
  echo "$PASSED passed, $((FAILED + 1)) failed"
  exit 1
}

cleanup() {
  for pid in "$A_PID" "$B_PID"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  done
  if [[ -n "$PG_PID" ]] && kill -0 "$PG_PID" 2>/dev/null; then kill "$PG_PID"; wait "$PG_PID" 2>/dev/null || true; fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

[[ -f "$JAR" ]] || abort "no $JAR; build it with ./mvnw -q package -DskipTests"
cp "$JAR" "$WORK/xuequ.jar"

# --- one PostgreSQL ------------------------------------------------------------------------------------------
(cd "$WORK" && exec java -Xmx128m -cp xuequ.jar -Dloader.main=org.xuequ.platform.internal.db.StandalonePostgres \
    org.springframework.boot.loader.launch.PropertiesLauncher "$WORK/postgres" "$PG_PORT" >"$WORK/postgres.log" 2>&1) &
PG_PID=$!
for _ in $(seq 1 240); do grep -q '^READY' "$WORK/postgres.log" 2>/dev/null && break; sleep 0.5; done
grep -q '^READY' "$WORK/postgres.log" || abort "PostgreSQL did not start"
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
say "the jar's embedded PostgreSQL up at $DB_URL (pid $PG_PID)"

# --- two nodes -----------------------------------------------------------------------------------------------
start_node() { # name port extra-args...
  local name=$1 port=$2; shift 2
  mkdir -p "$WORK/$name"
  (cd "$WORK/$name" && exec java -Xmx768m -jar "$WORK/xuequ.jar" --server.port="$port" \
      --spring.datasource.url="$DB_URL" --spring.datasource.username=postgres \
      --xuequ.jobs.node="node-$name" --xuequ.jobs.heartbeat=1s --xuequ.jobs.missed-heartbeats=4 \
      --xuequ.jobs.polling-interval=1s --xuequ.sharing.expiry-interval=PT3S \
      --xuequ.metrics.token="$TOKEN" \
      --server.forward-headers-strategy=native "$@" >"$WORK/node-$name.log" 2>&1) &
  echo $!
}
await_up() { # port pid
  for _ in $(seq 1 1200); do
    [[ "$(curl -s "http://127.0.0.1:$1/actuator/health/readiness" | jq -r .status 2>/dev/null)" == UP ]] && return 0
    kill -0 "$2" 2>/dev/null || abort "a node exited during start"
    sleep 0.5
  done
  abort "a node did not report UP within 600 s"
}

A_PID=$(start_node a "$A_PORT" --spring.profiles.active=demo)
await_up "$A_PORT" "$A_PID"
say "node A up on $A_PORT with the demo data (pid $A_PID)"
B_PID=$(start_node b "$B_PORT")
await_up "$B_PORT" "$B_PID"
say "node B up on $B_PORT (pid $B_PID)"
A="http://127.0.0.1:$A_PORT"
B="http://127.0.0.1:$B_PORT"

# A browser: one cookie jar, whichever node the request goes to.
jar_of() { echo "$WORK/cookies-$1"; }
token_of() { awk '$6 == "XSRF-TOKEN" {print $7}' "$(jar_of "$1")" 2>/dev/null | tail -1; }
call() { # who node method path [json]
  local who=$1 node=$2 method=$3 path=$4 body=${5:-}
  local args=(-s -b "$(jar_of "$who")" -c "$(jar_of "$who")" -X "$method" -H "X-XSRF-TOKEN: $(token_of "$who")")
  [[ -n "$body" ]] && args+=(-H 'Content-Type: application/json' -d "$body")
  curl "${args[@]}" "$node$path"
}
sign_in() { # who node [extra curl header]
  rm -f "$(jar_of "$1")"
  call "$1" "$2" GET /api/platform/auth/csrf >/dev/null
  curl -s -b "$(jar_of "$1")" -c "$(jar_of "$1")" -X POST -H "X-XSRF-TOKEN: $(token_of "$1")" \
    -H 'Content-Type: application/json' ${3:+-H "$3"} \
    -d "{\"username\":\"$1\",\"password\":\"Xuequ@2026\"}" "$2/api/platform/auth/login" | jq -e .username >/dev/null \
    || abort "cannot sign in as $1"
  call "$1" "$2" GET /api/platform/auth/csrf >/dev/null
}

# 1. Sessions ---------------------------------------------------------------------------------------------------
sign_in school "$A"
ME=$(call school "$B" GET /api/platform/auth/me | jq -r .username)
[[ "$ME" == school ]] && pass "1 signed in on A, the same session continues on B" \
  || fail "1 B does not know A's session (me: $ME)"

# 2. Book on A, read and search on B -------------------------------------------------------------------------------
RESOURCES=$(call school "$B" GET "/api/sharing/resources/search?q=%E6%95%99%E5%AE%A4&size=20" | jq -r '.content[].id')
[[ -z "$RESOURCES" ]] && RESOURCES=$(call school "$B" GET "/api/sharing/resources/search?size=20" | jq -r '.content[].id')
BOOKING=
for resource in $RESOURCES; do
  for days in 3 4 5 6 7 8 9 10 11 12 13 14; do
    day=$(date -d "+$days days" +%F)
    answer=$(call school "$A" POST /api/sharing/bookings \
      "{\"resourceId\":$resource,\"startsAt\":\"${day}T10:00:00+08:00\",\"endsAt\":\"${day}T11:00:00+08:00\",\"attendees\":1,\"purpose\":\"cluster test\"}")
    BOOKING=$(jq -r '.id // empty' <<<"$answer" 2>/dev/null || true)
    [[ -n "$BOOKING" ]] && break 2
  done
done
if [[ -n "$BOOKING" ]]; then
  ON_A=$(call school "$A" GET "/api/sharing/bookings/$BOOKING" | jq -r .status)
  ON_B=$(call school "$B" GET "/api/sharing/bookings/$BOOKING" | jq -r .status)
  NAME=$(call school "$B" GET "/api/sharing/bookings/$BOOKING" | jq -r '.resourceName // .resource.name // empty')
  FOUND=$(call school "$B" GET "/api/sharing/resources/search?q=$(jq -rn --arg n "$NAME" '$n|@uri')&size=50" \
    | jq --argjson r "$resource" '[.content[] | select(.id == $r)] | length')
  [[ "$ON_B" == "$ON_A" && "$FOUND" -ge 1 ]] && pass "2 booking $BOOKING made on A is $ON_B on B; B's search finds its resource" \
    || fail "2 booking $BOOKING: A says $ON_A, B says $ON_B; B's search found the resource $FOUND times"
else
  fail "2 no booking could be made on A"
fi

# 3. Import on A, poll on B ------------------------------------------------------------------------------------------
sign_in xicheng "$A"
curl -s -b "$(jar_of xicheng)" "$A/api/registry/excel/units" -o "$WORK/units.xlsx"
JOB=$(curl -s -b "$(jar_of xicheng)" -c "$(jar_of xicheng)" -H "X-XSRF-TOKEN: $(token_of xicheng)" \
  -F "file=@$WORK/units.xlsx" "$A/api/registry/excel/units?async=true" | jq -r .jobId)
STATE=RUNNING
for _ in $(seq 1 240); do
  ANSWER=$(call xicheng "$B" GET "/api/platform/jobs/$JOB")
  STATE=$(jq -r .state <<<"$ANSWER")
  [[ "$STATE" == RUNNING ]] || break
  sleep 0.5
done
[[ "$STATE" == SUCCEEDED ]] && pass "3 import job $JOB started on A, polled on B: SUCCEEDED ($(jq -c '.result | {rows, unchanged}' <<<"$ANSWER"), ran on $(call xicheng "$B" GET "/api/platform/jobs/$JOB" | jq -r '.note // "its first node"'))" \
  || fail "3 import job $JOB seen from B: $ANSWER"

# 4. Expiry sweep once per cluster ----------------------------------------------------------------------------------
sweeps() { # node
  curl -s -H "Authorization: Bearer $TOKEN" "$1/actuator/prometheus" \
    | awk '/^xuequ_periodic_runs_seconds_count\{.*task="sharing.booking-expiry"/ {s += $NF} END {print s + 0}'
}
BEFORE_A=$(sweeps "$A"); BEFORE_B=$(sweeps "$B")
WINDOW=24
sleep $WINDOW
RAN_A=$(echo "$(sweeps "$A") - $BEFORE_A" | bc); RAN_B=$(echo "$(sweeps "$B") - $BEFORE_B" | bc)
TOTAL=$(echo "$RAN_A + $RAN_B" | bc)
# Every 3 s once per cluster: at most WINDOW/3 + 1 runs; once per node would be about twice that.
if (( TOTAL >= 1 && TOTAL <= WINDOW / 3 + 1 )); then
  pass "4 booking-expiry sweep ran $TOTAL times in ${WINDOW} s across both nodes (A $RAN_A, B $RAN_B): once per cluster"
else
  fail "4 booking-expiry sweep ran $TOTAL times in ${WINDOW} s (A $RAN_A, B $RAN_B); once per cluster is at most $((WINDOW / 3 + 1))"
fi

# 5. Client address behind a proxy ----------------------------------------------------------------------------------
sign_in inspector "$B" "X-Forwarded-For: 203.0.113.7"
ADDRESS=$(call xicheng "$A" GET "/api/platform/audit?actor=inspector&action=LOGIN_SUCCESS&size=5" \
  | jq -r '[.content[] | select(.actor == "inspector")][0].remoteAddress')
[[ "$ADDRESS" == 203.0.113.7 ]] && pass "5 the audit log records the client's address behind the proxy ($ADDRESS)" \
  || fail "5 the audit log recorded $ADDRESS for a sign-in from 203.0.113.7 through a trusted proxy"

# 6. Kill A during a draw --------------------------------------------------------------------------------------------
RUN=$(call xicheng "$A" GET /api/enrollment/runs | jq -r '[.[] | select(.status == "DRAFT")][0].id')
if [[ "$RUN" =~ ^[0-9]+$ ]]; then
  VERSION=$(call xicheng "$A" GET "/api/enrollment/runs/$RUN" | jq -r .version)
  COMMITTED=$(call xicheng "$A" POST "/api/enrollment/runs/$RUN/commit" "{\"version\":$VERSION}")
  VERSION=$(jq -r .version <<<"$COMMITTED")
  JOB=$(call xicheng "$A" POST "/api/enrollment/runs/$RUN/execute" "{\"version\":$VERSION}" | jq -r .jobId)
  kill -9 "$A_PID"; wait "$A_PID" 2>/dev/null || true; A_PID=
  say "run $RUN committed ($(jq -r .applicants <<<"$COMMITTED") applicants), execute accepted as job $JOB on A; A killed"
  for _ in $(seq 1 120); do
    ANSWER=$(call xicheng "$B" GET "/api/platform/jobs/$JOB")
    STATE=$(jq -r '.state // empty' <<<"$ANSWER")
    [[ "$STATE" == RUNNING ]] || break
    sleep 0.5
  done
  RUN_NOW=$(call xicheng "$B" GET "/api/enrollment/runs/$RUN")
  STATUS=$(jq -r .status <<<"$RUN_NOW")
  if [[ "$STATE" == FAILED && "$(jq -r .problem.type <<<"$ANSWER")" == urn:xuequ:problem:job-node-lost && "$STATUS" == COMMITTED ]]; then
    pass "6a B answers the draw's job: FAILED, job-node-lost (\"$(jq -r .note <<<"$ANSWER")\"); the run is still COMMITTED"
    JOB=$(call xicheng "$B" POST "/api/enrollment/runs/$RUN/execute" "{\"version\":$(jq -r .version <<<"$RUN_NOW")}" | jq -r .jobId)
    for _ in $(seq 1 240); do
      STATE=$(call xicheng "$B" GET "/api/platform/jobs/$JOB" | jq -r .state)
      [[ "$STATE" == RUNNING ]] || break
      sleep 0.5
    done
    STATUS=$(call xicheng "$B" GET "/api/enrollment/runs/$RUN" | jq -r .status)
    [[ "$STATE" == SUCCEEDED && "$STATUS" == EXECUTED ]] \
      && pass "6b B executes the run: EXECUTED, placed $(call xicheng "$B" GET "/api/enrollment/runs/$RUN" | jq -r .placed)" \
      || fail "6b executing on B: job $STATE, run $STATUS"
  elif [[ "$STATUS" == EXECUTED && ( "$STATE" == SUCCEEDED || "$(jq -r .problem.type <<<"$ANSWER")" == urn:xuequ:problem:job-node-lost ) ]]; then
    # The draw's one transaction committed before A died (and maybe before it could record the job's end).
    pass "6 the draw committed before A died: B answers the job $STATE and the run is EXECUTED, placed $(jq -r .placed <<<"$RUN_NOW") (no half-written draw)"
  else
    fail "6 after A died, B answers job $JOB: $ANSWER; the run is $STATUS"
  fi
else
  fail "6 the demo has no draft run"
fi

say "done"
echo "$PASSED passed, $FAILED failed"
(( FAILED == 0 ))
