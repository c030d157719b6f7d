// The bundle of an install plan: its files, generated once, and the deterministic zip of them.
// Download, the bastion snippet and the command line all take it from here.
import { generateFiles, type GeneratedFile } from "../generators";
import type { InstallPlan } from "../plan/install-plan";
import { buildZip, bundleFileName } from "./zip";

export interface Bundle {
  files: GeneratedFile[];
  zip: Uint8Array;
  /** The download's file name, from the app domain. */
  fileName: string;
}

export async function buildBundle(plan: InstallPlan): Promise<Bundle> {
  const files = generateFiles(plan);
  return {
    files,
    zip: await buildZip(files),
    fileName: bundleFileName(plan.config.basics.appDomain),
  };
}
