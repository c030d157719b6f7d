import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { configSchema } from "../config/schema";
import { generateFiles } from "../generators";
import { installPlan } from ".";

interface GoldenCase {
  name: string;
  config: unknown;
  mergeSources?: { values?: string };
  files: Record<string, string>;
}

const cases = JSON.parse(
  readFileSync(new URL("./testing/golden-bundles.json", import.meta.url), "utf8"),
) as GoldenCase[];

function digest(c: GoldenCase): Record<string, string> {
  const files = generateFiles(installPlan(configSchema.parse(c.config), c.mergeSources));
  return Object.fromEntries(
    files.map((f) => [
      f.path,
      createHash("sha256")
        .update(JSON.stringify([f.contents, f.language, f.description, f.executable ?? false]))
        .digest("hex"),
    ]),
  );
}

// Captured once by scripts/capture-golden-bundles.ts before the generators moved onto the install
// plan: the same configurations must give the same bytes, file by file.
describe("the bundle, byte for byte against the captured output", () => {
  it("holds every preset and 200 random configurations", () => {
    expect(cases.length).toBeGreaterThanOrEqual(206);
  });
  it("gives every captured file the same bytes (the mismatches are named)", () => {
    const mismatches = cases.flatMap((c) => {
      const now = digest(c);
      const paths = [...new Set([...Object.keys(now), ...Object.keys(c.files)])].sort();
      return paths.filter((p) => now[p] !== c.files[p]).map((p) => `${c.name}: ${p}`);
    });
    expect(mismatches).toEqual([]);
  });
});
