import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import { configSchema } from "../config/schema";
import { presetConfig } from "../testing/presets";
import { diffHunks, diffLines } from "../merge/diff";
import { mergeSources } from "../merge/merge-sources";
import { mergeReport } from "./report";
import { largeValuesYaml } from "../merge/testing/large-values";

const config = configSchema.parse(presetConfig("private-proxy-tls"));

describe("mergeReport (what the merge worker sends the page)", () => {
  it("holds the merge, its diff against the user's file and Review's warnings, as plain data", () => {
    const values = largeValuesYaml(120_000);
    const report = mergeReport(config, { values });
    expect(report.outcome).toEqual(mergeSources(installPlan(config).chartValues, { values }));
    const merged = report.outcome.values;
    expect(merged?.ok).toBe(true);
    if (!merged?.ok) return;
    expect(report.hunks.values).toEqual(diffHunks(diffLines(values, merged.text)));
    expect(report.hunks.agentValues).toEqual([]);
    // The team file is public (internet-facing); the preset is internal: the switch is said.
    expect(report.warnings.map((w) => w.id)).toEqual(["merge-scheme-switch"]);
    expect(structuredClone(report)).toEqual(report);
  });

  it("stays about the size it says: the large test file is just under the page's 1 MB", () => {
    const text = largeValuesYaml();
    expect(text.length).toBeGreaterThan(900_000);
    expect(text.length).toBeLessThan(1_000_000);
  });
});
