#!/usr/bin/env bash
# Restores a dump made by deploy/backup.sh into the database named by the libpq variables (PGDATABASE, ...),
# replacing what is there, in one transaction: it either restores everything or changes nothing.
#
#   PGHOST=db.example.gov.cn PGUSER=xuequ PGDATABASE=xuequ deploy/restore.sh /var/backups/xuequ/xuequ-….dump
#
# Stop every node first (systemctl stop xuequ); start them again afterwards: Flyway checks the restored schema's
# history on start and migrates it forward if the dump came from an older version.
set -euo pipefail
DUMP=${1:?usage: deploy/restore.sh DUMP_FILE}
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
    --dbname="${PGDATABASE:?set PGDATABASE}" "$DUMP"
echo "restored $DUMP into $PGDATABASE"
