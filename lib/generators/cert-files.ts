// certs/*.pem: the normalized certificates that went into custom_ca_certificates, in order.
import type { InstallPlan } from "../plan/install-plan";
import { certFileName } from "../certs/file-name";
import type { GeneratedFile } from "./types";

/** Labels come from certificate subjects and files: keep them to one printable line. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
}

export function certFiles(install: InstallPlan): GeneratedFile[] {
  const { config } = install;
  return config.certificates.map((cert, index) => ({
    path: `certs/${certFileName(cert, index, config.certificates.length)}`,
    language: "pem",
    description: `CA certificate ${index + 1}${cert.label ? ` (${oneLine(cert.label)})` : ""}, normalized PEM.`,
    contents: cert.pem,
  }));
}
