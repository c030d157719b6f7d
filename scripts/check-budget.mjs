// Fails when the JavaScript the wizard's first screen loads grows past its budget.
// Bytes are deterministic for a given lockfile, so this is a CI check, not a timing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Gzip size of the scripts an exported page's HTML loads before any interaction. */
export function firstLoadScripts(outDir, page = "index.html") {
  const html = readFileSync(join(outDir, page), "utf8");
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const unique = [...new Set(sources)];
  let bytes = 0;
  for (const src of unique) {
    const path = src.replace(/^(\/[^/]+)*?\/_next\//, "_next/");
    bytes += gzipSync(readFileSync(join(outDir, path)), { level: 9 }).length;
  }
  return { files: unique.length, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The framework floor measured here is about 170 KB here (bare page, gzip -9); budget 1.3 times it.
  const budget = Number(process.env.JS_BUDGET_BYTES ?? 225_000);
  const { files, bytes } = firstLoadScripts("out");
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`first-load JavaScript: ${kb(bytes)} gzip in ${files} files (budget ${kb(budget)})`);
  if (bytes > budget) {
    console.error("Over budget: load what only one step or action needs with dynamic import().");
    process.exit(1);
  }
}
