// Adds up the JSON reports of vitest, Playwright and the bench's smoke run into the one line CI
// reads.
// Usage: node scripts/count-tests.mjs REPORT.json ...
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(
      `count-tests: ${file} is missing: that runner did not report (counted as 1 failed).`,
    );
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (report.stats && "expected" in report.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky = passed only after a retry,
    // which counts as failed (the config sets no retries; this keeps a retry from hiding one).
    passed += report.stats.expected;
    failed += report.stats.unexpected + report.stats.flaky;
    skipped += report.stats.skipped;
    failed += (report.errors ?? []).length;
  } else {
    // Vitest (Jest-compatible JSON), and the bench's smoke report (`npm run bench -- --smoke
    // --report FILE`), which uses the same fields: one test per measurement.
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
