// Captures the bundle of every preset and of 200 random configurations (a fixed seed) as the
// SHA-256 of each file, with the configurations themselves, into lib/plan/testing/. The test
// beside the install plan regenerates them and must find the same bytes: a refactor of the
// generators changes no output. Rerun only when a change to the output is meant, and say so.
import fc from "fast-check";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { configInput } from "../lib/testing/arbitraries";
import { configSchema } from "../lib/config/schema";
import { presetConfig } from "../lib/testing/presets";
import { presets } from "../lib/config/presets";
import { generateFiles } from "../lib/generators";

const SEED = 240_2026;
const teamValues = readFileSync("lib/merge/fixtures/team-values.yaml", "utf8");

function digest(config: unknown, mergeSources: { values?: string } | undefined) {
  const parsed = configSchema.parse(config);
  const files = generateFiles(parsed, { mergeSources });
  return Object.fromEntries(
    files.map((f) => [
      f.path,
      createHash("sha256")
        .update(JSON.stringify([f.contents, f.language, f.description, f.executable ?? false]))
        .digest("hex"),
    ]),
  );
}

const inputs = fc
  .sample(configInput, { seed: SEED, numRuns: 400 })
  .filter((input) => configSchema.safeParse(input).success)
  .slice(0, 200);
const cases = [
  ...presets.map((p) => ({ name: `preset ${p.id}`, config: presetConfig(p.id) as unknown })),
  ...presets.map((p) => ({
    name: `preset ${p.id} merged into team-values.yaml`,
    config: presetConfig(p.id) as unknown,
    mergeSources: { values: teamValues },
  })),
  ...inputs.map((config, i) => ({ name: `random ${i}`, config: config as unknown })),
].map((c) => ({
  ...c,
  files: digest(c.config, "mergeSources" in c ? (c.mergeSources as { values: string }) : undefined),
}));

writeFileSync("lib/plan/testing/golden-bundles.json", JSON.stringify(cases) + "\n");
console.log(`${cases.length} bundles captured`);
