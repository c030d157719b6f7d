#!/usr/bin/env bash
# Every test: typecheck, lint, format, dependency rules, unit tests, the static build, the
# browser tests and the bench's smoke run.
# Ends with one line "N passed, N failed" adding up the unit and e2e tests and the bench's
# measurements that ran.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
reports=.tmp/reports
rm -rf "$reports" && mkdir -p "$reports"
status=0

[ -d node_modules ] || npm ci --no-audit --no-fund || exit 1
bash scripts/install-test-tools.sh || { echo "0 passed, 1 failed"; exit 1; }

echo "== typecheck, lint, format"
npm run --silent typecheck || status=1
npm run --silent lint || status=1
npm run --silent format:check || status=1

echo "== dependency rules"
npm run --silent deps || status=1

echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/unit.json" || status=1

echo "== build"
npx next build || status=1
node scripts/check-budget.mjs || status=1

echo "== browser tests"
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e.json" npx playwright test || status=1

echo "== bench, smoke (every measurement once on a few certificates; no figure judged)"
npm run --silent bench -- --smoke --report "$reports/bench.json" || status=1

node scripts/count-tests.mjs "$reports/unit.json" "$reports/e2e.json" "$reports/bench.json" || status=1
exit "$status"
