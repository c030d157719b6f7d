"use client";
// The bundle of the configuration on screen, built once and shared: Download and the bastion
// snippet take the same zip. When the preview's files are those of this configuration (the
// worker generated them), they are zipped as they are: the configuration is generated once.
import type { Config } from "@/lib/config/schema";
import type { GeneratedFile } from "@/lib/generators/types";
import type { MergeSources } from "@/lib/merge/types";
import type { Bundle } from "@/lib/bundle/build";
import { loadBundleModule } from "@/components/wizard-state/load-bundle-module";

let last: { config: Config; mergeSources: MergeSources; bundle: Promise<Bundle> } | null = null;

/** The preview's files when they were generated from exactly this configuration, else null. */
export function previewFilesOf(
  live: {
    files: GeneratedFile[];
    filesSource: { config: Config; mergeSources: MergeSources } | null;
  },
  config: Config | null,
  mergeSources: MergeSources,
): GeneratedFile[] | null {
  const source = live.filesSource;
  return source && source.config === config && source.mergeSources === mergeSources
    ? live.files
    : null;
}

export function bundleFor(
  config: Config,
  mergeSources: MergeSources,
  generated: GeneratedFile[] | null = null,
): Promise<Bundle> {
  if (last && last.config === config && last.mergeSources === mergeSources) return last.bundle;
  const bundle = generated
    ? import("@/lib/bundle/zip-bundle").then(({ zipBundle }) =>
        zipBundle(generated, config.basics.appDomain),
      )
    : loadBundleModule().then(({ buildBundle, installPlan }) =>
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
