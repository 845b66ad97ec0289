#!/usr/bin/env bash
# Backup and restore, tested end to end with deploy/backup.sh and deploy/restore.sh:
#   1. a PostgreSQL server of the same major version as this machine's pg_dump: the jar's embedded PostgreSQL 17
#      when pg_dump is 17 or newer, else that version's server binaries from Debian (unpacked, not installed);
#   2. the jar with the demo data on it (Flyway creates the schema), some figures read through the API;
#   3. backup.sh, then restore.sh into a new, empty database;
#   4. the jar on the restored database: it starts (Flyway finds the full history), signs in, shows the same figures,
#      and the audit log is still append-only.
#
#   deploy/restore-test.sh          # server/target/xuequ.jar; PORT_BASE=18400 KEEP=1 to keep the scratch directory
#
# Prints one line per check and "N passed, N failed"; exits non-zero on a failure. Needs java, curl, jq, pg_dump,
# pg_restore and psql.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$ROOT/server/target/xuequ.jar}
PG_PORT=${PORT_BASE:-18400}
APP_PORT=$((PG_PORT + 1))
WORK=$(mktemp -d /tmp/xuequ-restore.XXXXXX)
chmod 755 "$WORK"
PG_PID= APP_PID= PG_DATA= PG_BIN= RUN_AS=
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
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  if [[ -n "$PG_PID" ]] && kill -0 "$PG_PID" 2>/dev/null; then kill "$PG_PID"; wait "$PG_PID" 2>/dev/null || true; fi
  if [[ -n "$PG_BIN" && -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]]; then
    $RUN_AS "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
  fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

[[ -f "$JAR" ]] || abort "no $JAR; build it with ./mvnw -q package -DskipTests"
command -v pg_dump >/dev/null && command -v pg_restore >/dev/null && command -v psql >/dev/null \
  || abort "pg_dump, pg_restore and psql are needed (Debian: apt-get install postgresql-client)"
cp "$JAR" "$WORK/xuequ.jar"
MAJOR=$(pg_dump --version | grep -oE '[0-9]+' | head -1)

# --- 1. a server pg_dump can read ------------------------------------------------------------------------------
if (( MAJOR >= 17 )); then
  (cd "$WORK" && exec java -Xmx128m -cp xuequ.jar -Dloader.main=org.xuequ.platform.internal.db.StandalonePostgres \
      org.springframework.boot.loader.launch.PropertiesLauncher "$WORK/postgres" "$PG_PORT" >"$WORK/postgres.log" 2>&1) &
  PG_PID=$!
  for _ in $(seq 1 240); do grep -q '^READY' "$WORK/postgres.log" 2>/dev/null && break; sleep 0.5; done
  grep -q '^READY' "$WORK/postgres.log" || abort "the embedded PostgreSQL did not start"
  SERVER="the jar's embedded PostgreSQL 17"
else
  PG_BIN=/usr/lib/postgresql/$MAJOR/bin
  if [[ ! -x "$PG_BIN/postgres" ]]; then
    # The server binaries of pg_dump's version, unpacked from Debian's package (nothing installed or started).
    (cd "$WORK" && apt-get download "postgresql-$MAJOR" >/dev/null 2>&1 && dpkg -x postgresql-"$MAJOR"_*.deb "$WORK/pkg") \
      || abort "pg_dump is $MAJOR but there is no PostgreSQL $MAJOR server here (and apt-get download postgresql-$MAJOR failed)"
    PG_BIN=$WORK/pkg/usr/lib/postgresql/$MAJOR/bin
  fi
  # PostgreSQL refuses to run as root.
  if [[ $(id -u) -eq 0 ]]; then RUN_AS="runuser -u postgres --"; id postgres >/dev/null 2>&1 || RUN_AS="runuser -u nobody --"; fi
  # Data, socket and log in one directory the server's user owns.
  mkdir -p "$WORK/pg/data"
  PG_DATA=$WORK/pg/data
  [[ -n "$RUN_AS" ]] && chown -R "$(echo "$RUN_AS" | awk '{print $3}')" "$WORK/pg"
  $RUN_AS "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
    || abort "initdb failed"
  $RUN_AS "$PG_BIN/pg_ctl" -D "$PG_DATA" -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" \
      -l "$WORK/pg/postgres.log" -w start >/dev/null || { cp "$WORK/pg/postgres.log" "$WORK/postgres.log" 2>/dev/null; abort "PostgreSQL $MAJOR did not start"; }
  SERVER="PostgreSQL $MAJOR (Debian's server binaries; pg_dump here is $MAJOR, the embedded server is 17)"
fi
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres
say "server: $SERVER on port $PG_PORT"
psql -q -d postgres -c "create database xuequ" -c "create database xuequ_restored" >/dev/null

# --- 2. the application with data ----------------------------------------------------------------------------------
start_app() { # database [args]
  local db=$1; shift
  (cd "$WORK" && exec java -Xmx768m -jar "$WORK/xuequ.jar" --server.port="$APP_PORT" \
      --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" --spring.datasource.username=postgres \
      "$@" >>"$WORK/app-$db.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    [[ "$(curl -s "http://127.0.0.1:$APP_PORT/actuator/health/readiness" | jq -r .status 2>/dev/null)" == UP ]] && return 0
    kill -0 "$APP_PID" 2>/dev/null || abort "the application exited during start on $db"
    sleep 0.5
  done
  abort "the application did not report UP within 600 s on $db"
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
figures() { # what a user sees, and what the database holds
  local cookies=$WORK/cookies base=http://127.0.0.1:$APP_PORT
  rm -f "$cookies"
  curl -s -c "$cookies" "$base/api/platform/auth/csrf" >/dev/null
  local token; token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$cookies" | tail -1)
  curl -s -b "$cookies" -c "$cookies" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    -d '{"username":"xicheng","password":"Xuequ@2026"}' "$base/api/platform/auth/login" | jq -e .username >/dev/null || return 1
  echo "districts=$(curl -s -b "$cookies" "$base/api/registry/districts?size=1" | jq ".page.totalElements // .totalElements")" \
       "units=$(psql -At -d "$1" -c 'select count(*) from education_unit')" \
       "children=$(psql -At -d "$1" -c 'select count(*) from school_age_child')" \
       "bookings=$(psql -At -d "$1" -c 'select count(*) from sharing_booking')" \
       "audit=$(psql -At -d "$1" -c "select count(*) from audit_entry where action <> 'LOGIN_SUCCESS'")"
}

start_app xuequ --spring.profiles.active=demo
BEFORE=$(figures xuequ) || abort "cannot sign in before the backup"
stop_app
say "demo data written: $BEFORE"

# --- 3. backup and restore -----------------------------------------------------------------------------------------
DUMP=$(PGDATABASE=xuequ "$ROOT/deploy/backup.sh" "$WORK/backups") && [[ -s "$DUMP" ]] \
  && pass "backup.sh wrote $(basename "$DUMP") ($(du -h "$DUMP" | cut -f1))" || abort "backup.sh failed"
PGDATABASE=xuequ_restored "$ROOT/deploy/restore.sh" "$DUMP" >"$WORK/restore.log" 2>&1 \
  && pass "restore.sh restored it into the empty database xuequ_restored" || abort "restore.sh failed"

# --- 4. the application on the restored database --------------------------------------------------------------------
start_app xuequ_restored
pass "the application starts on the restored database (Flyway finds $(psql -At -d xuequ_restored -c 'select count(*) from flyway_schema_history where success') migrations applied)"
AFTER=$(figures xuequ_restored) || fail "cannot sign in on the restored database"
[[ "$AFTER" == "$BEFORE" ]] && pass "the restored database shows the same figures: $AFTER" \
  || fail "before the backup: $BEFORE; after the restore: $AFTER"
if psql -q -d xuequ_restored -c "delete from audit_entry" >/dev/null 2>&1; then
  fail "the restored audit log accepted a DELETE"
else
  pass "the restored audit log is still append-only (DELETE refused)"
fi
stop_app
echo "$PASSED passed, $FAILED failed"
(( FAILED == 0 ))
