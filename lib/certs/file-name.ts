// Names of the bundle's certs/*.pem files: numbered in the order of the value, then a slug of
// the label. Safe in any shell and file system; the same certificates always get the same names.
import type { Certificate } from "../config/schema";
import { transliterate } from "./file-name-letters";

function slug(label: string): string {
  // Decomposed first (é → e + accent), then the letters decomposition leaves (ø, ß, Cyrillic…)
  // are spelled in ASCII, so a name keeps its letters instead of losing them.
  return transliterate(label.normalize("NFKD"))
    .replace(/[^\x20-\x7e]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** e.g. `01-example-root-ca.pem`; zero-padded to the count so `certs/*.pem` sorts in order. */
export function certFileName(cert: Pick<Certificate, "label">, index: number, count = 99): string {
  const width = Math.max(2, String(count).length);
  return `${String(index + 1).padStart(width, "0")}-${slug(cert.label) || "certificate"}.pem`;
}
