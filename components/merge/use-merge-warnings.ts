"use client";
// Review's warnings about the values file the user merges into (lib/review/scheme-switch.ts),
// from the same merge report as the merge panel (use-merge-report.ts, in a worker).
import type { Config } from "@/lib/config/schema";
import type { MergeSources } from "@/lib/merge/types";
import type { StandingWarning } from "@/lib/review/standing-warning";
import { useMergeReport } from "./use-merge-report";

const NONE: StandingWarning[] = [];

export function useMergeWarnings(config: Config | null, sources: MergeSources): StandingWarning[] {
  const { report } = useMergeReport(config, sources);
  return sources.values ? (report?.warnings ?? NONE) : NONE;
}
