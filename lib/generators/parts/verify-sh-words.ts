// Shell words and helpers for the bundle's read-only scripts (verify.sh, preflight.sh): every
// value quoted with lib/format/shell.ts, and one way to report a check.
import { shellQuote } from "../../format/shell";

/** One single-quoted shell word, whatever the value holds. */
export const q = (value: string) => shellQuote(value, true);

/** A shell word: quoted text around one variable expansion, e.g. words("is ", "$X", ", expected y"). */
export const words = (before: string, expansion: string, after = "") =>
  `${q(before)}"${expansion}"${after === "" ? "" : q(after)}`;

/** pass, fail (with a hint; counted in FAILURES), skip and info: one line each, aligned. */
export const RESULT_HELPERS = [
  "FAILURES=0",
  "pass() { printf 'PASS  %s\\n' \"$1\"; }",
  // Not ((FAILURES++)): it returns 1 when the count was 0, and set -e would stop the script.
  'fail() { printf \'FAIL  %s\\n      hint: %s\\n\' "$1" "$2"; FAILURES=$((FAILURES + 1)); }',
  "skip() { printf 'SKIP  %s\\n' \"$1\"; }",
  "info() { printf 'INFO  %s\\n' \"$1\"; }",
];

/** The last lines of a checking script: exit status 1 when a check failed. */
export function resultSummary(script: string): string[] {
  return [
    "",
    'if [ "$FAILURES" -gt 0 ]; then',
    `  echo "${script}: $FAILURES check(s) failed."`,
    "  exit 1",
    "fi",
    `echo '${script}: every check passed.'`,
    "",
  ];
}
