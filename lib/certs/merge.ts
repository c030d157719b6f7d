// Adds imported certificates to the configuration's list, keeping one of each fingerprint.
import type { CertificateInput } from "../config/schema";
import { inspectCertificate } from "./inspect";
import type { ImportedCertificate, ImportProblem } from "./types";

function fingerprintOf(pem: string): string {
  try {
    return inspectCertificate(pem).fingerprint;
  } catch {
    return pem;
  }
}

export interface MergeResult {
  certificates: CertificateInput[];
  added: ImportedCertificate[];
  problems: ImportProblem[];
}

/** Existing certificates stay first and untouched; duplicates are dropped with a notice. */
export function mergeCertificates(
  existing: readonly CertificateInput[],
  incoming: readonly ImportedCertificate[],
): MergeResult {
  const seen = new Map<string, string>();
  for (const cert of existing)
    seen.set(fingerprintOf(cert.pem), `"${cert.label}", already in the list`);
  const certificates = [...existing];
  const added: ImportedCertificate[] = [];
  const problems: ImportProblem[] = [];
  for (const cert of incoming) {
    const fingerprint = fingerprintOf(cert.pem);
    const first = seen.get(fingerprint);
    if (first) {
      problems.push({
        severity: "notice",
        code: "duplicate",
        fileName: cert.source.fileName,
        position: cert.source.position,
        message: `"${cert.label}" from ${cert.source.fileName} is the same certificate (same SHA-256 fingerprint) as ${first}: one copy is kept.`,
      });
      continue;
    }
    seen.set(fingerprint, `"${cert.label}" from ${cert.source.fileName}`);
    certificates.push({ pem: cert.pem, label: cert.label, scope: "both" });
    added.push(cert);
  }
  return { certificates, added, problems };
}
