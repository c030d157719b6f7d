// A bundle of files already generated (the preview's, on the page): the zip of them, named for
// the install. lib/bundle/build.ts generates the files first.
import type { GeneratedFile } from "../generators/types";
import { buildBundleZip, bundleFileName } from "./zip";

export interface Bundle {
  files: GeneratedFile[];
  zip: Uint8Array;
  /** The download's file name, from the app domain. */
  fileName: string;
}

export async function zipBundle(
  files: readonly GeneratedFile[],
  appDomain: string,
): Promise<Bundle> {
  return {
    files: [...files],
    zip: await buildBundleZip(files, appDomain),
    fileName: bundleFileName(appDomain),
  };
}
