import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

// `npm run deps` checks the real tree with .dependency-cruiser.cjs; this test proves that the
// same rules can fail: it runs them on a small made-up tree that breaks each one.
const CONFIG = resolve(".dependency-cruiser.cjs");
const DEPCRUISE = resolve("node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "dependency-rules-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function depcruise(root: string, outputType: "err" | "json") {
  return spawnSync(
    process.execPath,
    [DEPCRUISE, "--config", CONFIG, "--output-type", outputType, "lib", "components"],
    { cwd: root, encoding: "utf8" },
  );
}

function named(violations: Violation[], rule: string): string[] {
  return violations
    .filter((v) => v.rule.name === rule)
    .map((v) => [v.from, ...(v.cycle ?? [{ name: v.to }]).map((step) => step.name)].join(" → "))
    .sort();
}

describe("dependency rules (.dependency-cruiser.cjs)", () => {
  const root = tree({
    // Two files that import each other.
    "lib/loop/first.ts": 'import { second } from "./second";\nexport const first = () => second;\n',
    "lib/loop/second.ts": 'import { first } from "./first";\nexport const second = () => first;\n',
    // lib/ reaching up into the components.
    "lib/pure/reads-ui.ts":
      'import { Button } from "../../components/button";\nexport { Button };\n',
    "components/button.tsx": "export const Button = 1;\n",
    // Folders in a loop without any file in a loop: up/a → down/b → up/c.
    "lib/up/a.ts": 'import { b } from "../down/b";\nexport const a = b;\n',
    "lib/down/b.ts": 'import { c } from "../up/c";\nexport const b = c;\n',
    "lib/up/c.ts": "export const c = 1;\n",
    // Generators: one imports another, and a shared part imports a generator (both refused);
    // the aggregator, types.ts and the shared parts are allowed.
    "lib/generators/types.ts": "export type File = string;\n",
    "lib/generators/alpha.ts":
      'import type { File } from "./types";\nimport { part } from "./parts/shared";\nimport { beta } from "./beta";\nexport const alpha: File = part + beta;\n',
    "lib/generators/parts/shared.ts": 'export const part = "a";\n',
    "lib/generators/parts/reads-generator.ts":
      'import type { File } from "../types";\nimport { beta } from "../beta";\nexport const x: File = beta;\n',
    "lib/generators/beta.ts": 'export const beta = "b";\n',
    "lib/generators/index.ts":
      'import { alpha } from "./alpha";\nimport { beta } from "./beta";\nexport const all = [alpha, beta];\n',
    // A test may import across folders: tests are not part of the graph.
    "lib/down/b.test.ts": 'import { a } from "../up/a";\nexport const t = a;\n',
  });
  const { violations } = JSON.parse(depcruise(root, "json").stdout).summary as {
    violations: Violation[];
  };

  it("fails as `npm run deps` does, naming each rule broken", () => {
    const run = depcruise(root, "err");
    expect(run.status).not.toBe(0);
    for (const rule of [
      "no-circular",
      "no-folder-cycles",
      "lib-not-to-ui",
      "generator-not-to-other-generator",
      "generator-part-not-to-generator",
    ]) {
      expect(run.stdout).toContain(`error ${rule}:`);
    }
  });

  it("names both files of an import cycle", () => {
    expect(named(violations, "no-circular")).toEqual([
      "lib/loop/first.ts → lib/loop/second.ts → lib/loop/first.ts",
    ]);
  });

  it("names a file of lib/ that imports from components/", () => {
    expect(named(violations, "lib-not-to-ui")).toEqual([
      "lib/pure/reads-ui.ts → components/button.tsx",
    ]);
  });

  it("names the folders of a folder-level cycle", () => {
    expect(named(violations, "no-folder-cycles")).toEqual([
      "lib/down → lib/up → lib/down",
      "lib/up → lib/down → lib/up",
    ]);
  });

  it("names a generator that imports another, and only that import", () => {
    expect(named(violations, "generator-not-to-other-generator")).toEqual([
      "lib/generators/alpha.ts → lib/generators/beta.ts",
    ]);
  });

  it("names a shared part that imports a generator", () => {
    expect(named(violations, "generator-part-not-to-generator")).toEqual([
      "lib/generators/parts/reads-generator.ts → lib/generators/beta.ts",
    ]);
  });

  it("reports nothing else", () => {
    expect(violations).toHaveLength(6);
  });
});
