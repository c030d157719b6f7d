// The bundle as a zip, deterministically: the same files give the same bytes (fixed dates,
// sorted entries, fixed permissions), in the browser and in Node alike.
import JSZip from "jszip";
import type { GeneratedFile } from "../generators/types";

/** 1980-01-01, the earliest date a zip can hold; JSZip writes it in UTC. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

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

/** The download's file name, from the app domain. */
export function bundleFileName(appDomain: string): string {
  const safe = appDomain.toLowerCase().replace(/[^a-z0-9.-]+/g, "-") || "config";
  return `flows-advanced-settings-${safe}.zip`;
}
