#!/usr/bin/env bash
# node:test suite: once on the embedded database (PGlite), and again on PostgreSQL when
# TEST_DATABASE_URL is set. Each test file runs in its own process with its own fresh database.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find test -name '*.test.ts' -not -path '*/node_modules/*' -not -path 'test/faults/*' | sort)
# The faults suite (servers from the production build, timings measured) runs afterwards, one file
# at a time, so its servers never compete with each other or with a `next dev` started by another file.
mapfile -t faults < <(find test/faults -name '*.test.ts' | sort)
run() {
  TEST_DB="$1" node --import tsx --import ./test/helpers/fresh-database.ts --test \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$2.tap" "${files[@]}"
  TEST_DB="$1" node --import tsx --import ./test/helpers/fresh-database.ts --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$2-faults.tap" "${faults[@]}"
}
mkdir -p test-results
echo "== node:test on the embedded database (PGlite)"
export TEST_PGLITE_TEMPLATE="$PWD/data/test-template/pglite"
node --import tsx test/helpers/make-pglite-template.ts "$TEST_PGLITE_TEMPLATE"
run pglite test-results/node-pglite
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "== node:test on PostgreSQL"
  # Drop databases left by interrupted runs.
  psql "$TEST_DATABASE_URL" -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'shiplog\_t\_%'" 2>/dev/null |
    while read -r db; do psql "$TEST_DATABASE_URL" -qc "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || true; done
  run postgres test-results/node-postgres
fi
