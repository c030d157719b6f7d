"use client";
// The bundle of the configuration on screen, built once and shared: Download and the bastion
// snippet take the same zip (lib/bundle/build.ts), so neither generates nor zips it again.
import type { Config } from "@/lib/config/schema";
import type { MergeSources } from "@/lib/merge/types";
import type { Bundle } from "@/lib/bundle/build";
import { loadBundleModule } from "@/components/wizard-state/load-bundle-module";

let last: { config: Config; mergeSources: MergeSources; bundle: Promise<Bundle> } | null = null;

export function bundleFor(config: Config, mergeSources: MergeSources): Promise<Bundle> {
  if (last && last.config === config && last.mergeSources === mergeSources) return last.bundle;
  const bundle = loadBundleModule().then(({ buildBundle, installPlan }) =>
    buildBundle(installPlan(config, mergeSources)),
  );
  const entry = { config, mergeSources, bundle };
  last = entry;
  // A failed build is not kept: the next click tries again and reports the error.
  bundle.catch(() => {
    if (last === entry) last = null;
  });
  return bundle;
}
