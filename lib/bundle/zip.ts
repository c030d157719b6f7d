// The bundle as a zip, deterministically: the same files give the same bytes (fixed dates,
// sorted entries, fixed permissions), in the browser and in Node alike. Every entry sits in one
// folder named for the install, so unzipping never spills files into the current directory and
// `sha256sum -c SHA256SUMS` works from inside that folder (the sums name paths relative to it).
import JSZip from "jszip";
import type { GeneratedFile } from "../generators/types";

/** 1980-01-01, the earliest date a zip can hold; JSZip writes it in UTC. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

/** The files in a zip, each under `folder` (empty, or a name ending in "/"). */
export async function buildZip(files: readonly GeneratedFile[], folder = ""): Promise<Uint8Array> {
  const zip = new JSZip();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    zip.file(folder + file.path, file.contents, {
      date: FIXED_DATE,
      createFolders: false,
      unixPermissions: file.executable ? 0o100755 : 0o100644,
    });
  }
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
    platform: "UNIX",
  });
}

/**
 * The name of the install, from the app domain: the folder the zip unpacks into, the download's
 * name without `.zip`, the bastion command's directory. One path component of letters, digits,
 * dots and dashes that no shell or unzip reads as anything else (no "..", no leading dash).
 */
export function bundleFolderName(appDomain: string): string {
  const safe = appDomain
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .slice(0, 100)
    .replace(/^[.-]+|[.-]+$/g, "");
  return `flows-advanced-settings-${safe || "config"}`;
}

/** The download's file name, from the app domain. */
export function bundleFileName(appDomain: string): string {
  return `${bundleFolderName(appDomain)}.zip`;
}

/** The bundle's zip: every file inside the one folder named for the install. */
export function buildBundleZip(
  files: readonly GeneratedFile[],
  appDomain: string,
): Promise<Uint8Array> {
  return buildZip(files, `${bundleFolderName(appDomain)}/`);
}
