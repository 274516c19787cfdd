#!/usr/bin/env bash
# npm test: typecheck, lint, node:test (PGlite, and PostgreSQL when TEST_DATABASE_URL is set),
# (after `next build`, which test/faults needs), then the Playwright suite against that build on Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
rm -rf test-results && mkdir -p test-results

echo "== typecheck"; npx tsc --noEmit
echo "== lint"; npx eslint --max-warnings=0 .
# The build comes first: the faults suite (test/faults) runs `next start` on it, and Playwright reuses it.
echo "== build"; npx next build
bash scripts/test-node.sh
echo "== playwright"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/e2e.json npx playwright test --reporter=list,json

# One closing line for the whole suite.
node scripts/test-summary.mjs
