// Fails when the JavaScript the wizard's first screen loads grows past its budget: a ratio to
// the framework floor, a bare Next.js client page (scripts/bench/bare-page/) built in the same
// run with the same installed versions. Bytes are deterministic for a given lockfile, so this is
// a CI check, not a timing. Run it after `next build` (it reads out/index.html).
// Usage: node scripts/check-budget.mjs [--no-build]   (env JS_BUDGET_RATIO, default 1.3)
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BARE_PAGE_SOURCE = join(ROOT, "scripts/bench/bare-page");
export const BARE_PAGE_OUT = join(ROOT, "node_modules/.cache/bench-bare-page");
export const DEFAULT_RATIO_BUDGET = 1.3;

/** The path inside an export of a script URL, with any basePath before `/_next/` removed. */
function exportPath(src) {
  return src.replace(/^(\/[^/]+)*?\/_next\//, "_next/");
}

/** Gzip size (level 9) of the scripts an exported page's HTML loads (what a modern browser runs). */
export function firstLoadScripts(outDir, page = "index.html") {
  const html = readFileSync(join(outDir, page), "utf8");
  // noModule scripts (Next's polyfills) are skipped by every browser that runs modules.
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[1]))
    .map((m) => /\bsrc="([^"]+)"/.exec(m[1])?.[1])
    .filter((src) => src !== undefined);
  const unique = [...new Set(sources)];
  let bytes = 0;
  for (const src of unique)
    bytes += gzipSync(readFileSync(join(outDir, exportPath(src))), { level: 9 }).length;
  return { files: unique.length, bytes };
}

/** The installed versions that decide the floor's bytes. */
export function frameworkVersions() {
  const require = createRequire(join(ROOT, "package.json"));
  const version = (name) => require(`${name}/package.json`).version;
  return { next: version("next"), react: version("react"), "react-dom": version("react-dom") };
}

/**
 * Builds the bare page with the repository's own `next` into BARE_PAGE_OUT; returns that dir.
 * Next keeps its build files (including generated .ts route types) in `<project>/.next`, so the
 * page is built from a copy under the repository's .next/, which lint and typecheck skip and
 * the wizard's own build clears; the copy is removed afterwards.
 */
export function buildBarePage({ quiet = true } = {}) {
  const require = createRequire(join(ROOT, "package.json"));
  const nextBin = join(dirname(require.resolve("next/package.json")), "dist/bin/next");
  const project = join(ROOT, ".next/bench-bare-page");
  rmSync(BARE_PAGE_OUT, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  cpSync(BARE_PAGE_SOURCE, project, {
    recursive: true,
    filter: (path) => !/[/\\](\.next|node_modules)$/.test(path),
  });
  // .next/ holds a CommonJS package.json; the page's sources are ES modules like the repository's.
  writeFileSync(join(project, "package.json"), '{ "private": true, "type": "module" }\n');
  try {
    execFileSync(process.execPath, [nextBin, "build", project], {
      cwd: ROOT,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        // Next joins distDir onto the project folder, even an absolute one.
        BARE_PAGE_DIST_DIR: relative(project, BARE_PAGE_OUT),
      },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
  } catch (error) {
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim();
    throw new Error(`The bare page did not build (scripts/bench/bare-page):\n${output}`);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
  return BARE_PAGE_OUT;
}

/** First-load JavaScript of the wizard (out/) and of the bare page, and their ratio. */
export function measureFirstLoad({ outDir = join(ROOT, "out"), build = true } = {}) {
  if (!existsSync(join(outDir, "index.html")))
    throw new Error(`No ${join(outDir, "index.html")}: run \`npx next build\` first.`);
  if (build || !existsSync(join(BARE_PAGE_OUT, "index.html"))) buildBarePage();
  const wizard = firstLoadScripts(outDir);
  const bare = firstLoadScripts(BARE_PAGE_OUT);
  return { wizard, bare, ratio: wizard.bytes / bare.bytes, versions: frameworkVersions() };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const budget = Number(process.env.JS_BUDGET_RATIO ?? DEFAULT_RATIO_BUDGET);
  let result;
  try {
    result = measureFirstLoad({ build: !process.argv.includes("--no-build") });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const { wizard, bare, ratio, versions } = result;
  console.log(
    `first-load JavaScript (gzip -9): wizard ${kb(wizard.bytes)} in ${wizard.files} files, ` +
      `bare Next.js page ${kb(bare.bytes)} in ${bare.files} files (next ${versions.next}, ` +
      `react ${versions.react}): ${ratio.toFixed(3)}× (budget ${budget}×)`,
  );
  if (ratio > budget) {
    const over = wizard.bytes - Math.floor(bare.bytes * budget);
    console.error(
      `Over budget by ${kb(over)}: load what only one step or action needs (certificate parsing, ` +
        "zip, YAML merge) with dynamic import(). `npm run bench` lists the first-load chunks.",
    );
    process.exit(1);
  }
}
