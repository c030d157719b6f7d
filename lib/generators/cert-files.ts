// certs/*.pem: the normalized certificates that went into custom_ca_certificates, in order.
import type { Certificate, Config } from "../config/schema";
import type { GeneratedFile } from "./types";

/** A safe, deterministic file name: position, then a slug of the label. */
export function certFileName(cert: Certificate, index: number, count = 99): string {
  const slug = cert.label
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  // Zero-padded so that `certs/*.pem` sorts in the order of the value.
  const width = Math.max(2, String(count).length);
  return `${String(index + 1).padStart(width, "0")}-${slug || "certificate"}.pem`;
}

/** Labels come from certificate subjects and files: keep them to one printable line. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
}

export function certFiles(config: Config): GeneratedFile[] {
  return config.certificates.map((cert, index) => ({
    path: `certs/${certFileName(cert, index, config.certificates.length)}`,
    language: "pem",
    description: `CA certificate ${index + 1}${cert.label ? ` (${oneLine(cert.label)})` : ""}, normalized PEM.`,
    contents: cert.pem,
  }));
}
