// The bundle of an install plan: its files, generated once, and the deterministic zip of them,
// every file inside the one folder named for the install. Download, the bastion snippet and the
// command line all take it from here.
import { generateFiles } from "../generators";
import type { InstallPlan } from "../plan/install-plan";
import { zipBundle, type Bundle } from "./zip-bundle";

export type { Bundle } from "./zip-bundle";

export function buildBundle(plan: InstallPlan): Promise<Bundle> {
  return zipBundle(generateFiles(plan), plan.config.basics.appDomain);
}
