// Everything the page shows about the user's values files, computed in one go (in the merge
// worker, components/merge/merge.worker.ts, or on the main thread where workers are missing):
// the merges, the diff of each against the user's file, and Review's warnings about it. Plain
// data, so it crosses to the page as a structured clone.
import type { Config } from "../config/schema";
import type { StandingWarning } from "../review/standing-warning";
import { diffHunks, diffLines, type DiffHunk } from "../merge/diff";
import { mergeSources, type MergeOutcome } from "../merge/merge-sources";
import type { MergeSources } from "../merge/types";
import { planWithoutMerge } from "../plan/install-plan";
import { schemeSwitchWarnings } from "../review/scheme-switch";

export interface MergeReport {
  outcome: MergeOutcome;
  /** The diff of each merged file against the user's, as the panel shows it. */
  hunks: { values: DiffHunk[]; agentValues: DiffHunk[] };
  /** Review's warnings about the values file (lib/review/scheme-switch.ts). */
  warnings: StandingWarning[];
  /** How long the merge took where it ran, in milliseconds. */
  ms: number;
}

function hunksOf(original: string | undefined, result: MergeOutcome["values"]): DiffHunk[] {
  return original !== undefined && result?.ok ? diffHunks(diffLines(original, result.text)) : [];
}

export function mergeReport(config: Config, sources: MergeSources): MergeReport {
  const start = performance.now();
  const outcome = mergeSources(planWithoutMerge(config).chartValues, sources);
  return {
    outcome,
    hunks: {
      values: hunksOf(sources.values, outcome.values),
      agentValues: hunksOf(sources.agentValues, outcome.agentValues),
    },
    warnings: schemeSwitchWarnings(config, sources),
    ms: performance.now() - start,
  };
}
