#!/usr/bin/env bash
# npm test: typecheck, lint, node:test (PGlite, and PostgreSQL when TEST_DATABASE_URL is set),
# then the Playwright suite against a production build on Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
rm -rf test-results && mkdir -p test-results

echo "== typecheck"; npx tsc --noEmit
echo "== lint"; npx eslint --max-warnings=0 .
bash scripts/test-node.sh
echo "== build"; npx next build
echo "== playwright"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/e2e.json npx playwright test --reporter=list,json

# One closing line for the whole suite.
node scripts/test-summary.mjs
