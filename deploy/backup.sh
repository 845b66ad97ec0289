#!/usr/bin/env bash
# Backs up the Xuequ database with pg_dump (custom format: compressed, restorable table by table).
#
#   PGHOST=db.example.gov.cn PGUSER=xuequ PGDATABASE=xuequ deploy/backup.sh /var/backups/xuequ
#
# Connection from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD or ~/.pgpass). Needs a
# pg_dump of the server's major version or newer (the embedded PostgreSQL is 17). Prints the file written.
# Nodes keep running: pg_dump reads one consistent snapshot. Keep the dumps off the database host, and keep
# xuequ.security.identity-key (if you set one) with them: without it family ID hashes cannot be matched again.
set -euo pipefail
OUT_DIR=${1:-.}
mkdir -p "$OUT_DIR"
FILE="$OUT_DIR/xuequ-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$FILE.partial"
mv "$FILE.partial" "$FILE"
echo "$FILE"
