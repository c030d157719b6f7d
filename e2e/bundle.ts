// The downloaded bundle, read as a person unpacks it: one folder named for the install, holding
// every file. Paths are given relative to that folder.
import JSZip from "jszip";
import { readFile } from "node:fs/promises";

export interface Bundle {
  /** The one folder every entry is in. */
  folder: string;
  /** Each file's text, by its path inside the folder. */
  files: Map<string, string>;
  /** One file's text; throws when the bundle does not hold it. */
  read(path: string): string;
}

export async function readBundle(zipPath: string): Promise<Bundle> {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  const folders = new Set(entries.map((entry) => entry.name.split("/")[0]));
  if (folders.size !== 1 || entries.some((entry) => !entry.name.includes("/")))
    throw new Error(`the zip is not one folder: ${[...folders].join(", ")}`);
  const folder = [...folders][0]!;
  const files = new Map<string, string>();
  for (const entry of entries)
    files.set(entry.name.slice(folder.length + 1), await entry.async("string"));
  return {
    folder,
    files,
    read(path) {
      const text = files.get(path);
      if (text === undefined) throw new Error(`the bundle holds no ${path}`);
      return text;
    },
  };
}
