// The install plan (lib/plan/install-plan.ts) with the user's own values files merged in: what
// the generators, the bundle and the command line take.
import type { Config } from "../config/schema";
import { mergeSources } from "../merge/merge-sources";
import type { MergeSources } from "../merge/types";
import { planWithoutMerge, type InstallPlan } from "./install-plan";

export type { InstallPlan } from "./install-plan";

/** Every decision of the install, from a validated configuration and the user's values files. */
export function installPlan(config: Config, sources?: MergeSources): InstallPlan {
  const plan = planWithoutMerge(config);
  if (!sources?.values && !sources?.agentValues) return plan;
  return { ...plan, merge: mergeSources(plan.chartValues, sources) };
}
