import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript without declarations
import { firstLoadScripts } from "../check-budget.mjs";
import { BEGIN, END, markdownTable, writeFigures } from "./report";
import { percentile } from "./stats";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function exportDir(html: string, chunks: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "budget-test-"));
  dirs.push(dir);
  mkdirSync(join(dir, "_next/static/chunks"), { recursive: true });
  writeFileSync(join(dir, "index.html"), html);
  for (const [name, text] of Object.entries(chunks))
    writeFileSync(join(dir, "_next/static/chunks", name), text);
  return dir;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

describe("firstLoadScripts", () => {
  it("adds up the gzip size of each script the HTML loads, once each", () => {
    const a = "console.log('a');".repeat(50);
    const b = "console.log('b');";
    const dir = exportDir(
      '<script src="/_next/static/chunks/a.js" async=""></script>' +
        '<script src="/_next/static/chunks/b.js"></script>' +
        '<script src="/_next/static/chunks/a.js" async=""></script>',
      { "a.js": a, "b.js": b },
    );
    expect(firstLoadScripts(dir)).toEqual({ files: 2, bytes: gz(a) + gz(b) });
  });

  it("leaves out noModule polyfills, which modern browsers never fetch", () => {
    const dir = exportDir(
      '<script src="/_next/static/chunks/a.js"></script>' +
        '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      { "a.js": "a()", "polyfills.js": "x".repeat(1000) },
    );
    expect(firstLoadScripts(dir)).toEqual({ files: 1, bytes: gz("a()") });
  });

  it("reads scripts of a build with a base path from the export's _next folder", () => {
    const dir = exportDir('<script src="/tools/wizard/_next/static/chunks/a.js"></script>', {
      "a.js": "a()",
    });
    expect(firstLoadScripts(dir)).toEqual({ files: 1, bytes: gz("a()") });
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe("writeFigures", () => {
  it("replaces only the marked block and keeps the rest of the page", async () => {
    const dir = mkdtempSync(join(tmpdir(), "budget-test-"));
    dirs.push(dir);
    const path = join(dir, "performance.md");
    writeFileSync(path, `# Title\n\n${BEGIN}\nold figures\n${END}\n\nHand-written text.\n`);
    const table = markdownTable([
      { figure: "A", value: "1", floor: "2", result: "0.5×", target: "≤ 1×", met: true },
    ]);
    expect(await writeFigures(path, table)).toBe(true);
    const text = readFileSync(path, "utf8");
    expect(text).not.toContain("old figures");
    expect(text).toMatch(/\| A +\| 1 +\| 2 +\| 0\.5× +\| ≤ 1× +\| yes +\|/);
    expect(text).toContain("Hand-written text.");
  });

  it("says so when the page has no markers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "budget-test-"));
    dirs.push(dir);
    writeFileSync(join(dir, "p.md"), "# Title\n");
    expect(await writeFigures(join(dir, "p.md"), "x")).toBe(false);
  });
});
