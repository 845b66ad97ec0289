#!/usr/bin/env bash
# Balance dashboard benchmark (issue 14): the bench city (300 Haidian schools, three school years of
# conditions) on a fresh embedded PostgreSQL, then bench/evaluation/run.py against it.
#   bench/evaluation/bench.sh [--requests 200]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNNER="$ROOT/bench/evaluation/run.py" OUT="${OUT:-$ROOT/bench/evaluation/results}" exec "$ROOT/bench/enrollment/bench.sh" "$@"
