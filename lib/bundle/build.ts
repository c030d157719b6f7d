// The bundle of an install plan: its files, generated once, and the deterministic zip of them,
// every file inside the one folder named for the install. Download, the bastion snippet and the
// command line all take it from here.
import { generateFiles, type GeneratedFile } from "../generators";
import type { InstallPlan } from "../plan/install-plan";
import { buildBundleZip, bundleFileName } from "./zip";

export interface Bundle {
  files: GeneratedFile[];
  zip: Uint8Array;
  /** The download's file name, from the app domain. */
  fileName: string;
}

export async function buildBundle(plan: InstallPlan): Promise<Bundle> {
  const files = generateFiles(plan);
  const domain = plan.config.basics.appDomain;
  return { files, zip: await buildBundleZip(files, domain), fileName: bundleFileName(domain) };
}
