// Certificates that arrive inside a configuration (a share link, a wizard-config.json, a draft)
// were only checked for their PEM shape. Before use, each is read again as a file would be:
// anything that is not exactly one X.509 certificate is dropped, with the reason.
import type { CertificateInput } from "../config/schema";
import { readCertificateFile } from "./read-file";
import type { ImportProblem } from "./types";

export interface RevalidateResult<T extends CertificateInput = CertificateInput> {
  certificates: T[];
  problems: ImportProblem[];
}

export function revalidateCertificates<T extends CertificateInput>(
  certificates: readonly T[],
): RevalidateResult<T> {
  const kept: T[] = [];
  const problems: ImportProblem[] = [];
  certificates.forEach((cert, index) => {
    const name = `Certificate ${index + 1}${cert.label ? ` ("${cert.label}")` : ""}`;
    const read = readCertificateFile(name, new TextEncoder().encode(cert.pem));
    const refused = read.problems.filter((p) => p.severity === "refused");
    if (
      refused.length > 0 ||
      read.certificates.length !== 1 ||
      read.certificates[0]!.pem !== cert.pem
    ) {
      problems.push({
        severity: "refused",
        code: refused[0]?.code ?? "not-certificate",
        fileName: name,
        message:
          refused[0]?.message ??
          `${name} is not a single X.509 certificate, so it was left out of the configuration.`,
      });
      return;
    }
    kept.push(cert);
  });
  return { certificates: kept, problems };
}
