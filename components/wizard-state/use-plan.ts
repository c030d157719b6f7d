"use client";
// The install plan of the configuration the page shows (the last valid one), for the views that
// read decisions: the egress table, the NO_PROXY additions, the certificates' budget, Review.
// Made once per configuration, whichever view asks first; the merge with the user's values
// files is the worker's (the YAML library stays off the main thread).
import { planWithoutMerge, type InstallPlan } from "@/lib/plan/install-plan";
import type { Config } from "@/lib/config/schema";
import { useLive } from "./wizard-context";

const plans = new WeakMap<Config, InstallPlan>();

/** The plan of one configuration, remembered for as long as the configuration is. */
export function planOf(config: Config): InstallPlan {
  let plan = plans.get(config);
  if (!plan) {
    plan = planWithoutMerge(config);
    plans.set(config, plan);
  }
  return plan;
}

/** The plan of the settled configuration (every valid answer as typed). */
export function usePlan(): InstallPlan {
  return planOf(useLive().settled);
}
