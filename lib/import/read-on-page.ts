// The page's way into the one reading (read-core.ts): the import box and a share link opened in
// the address bar. A configuration without certificates is read without the certificate
// library (about 90 kB of compressed JavaScript); one with certificates loads it and is read
// exactly as `npm run generate` reads it (read-wizard-config.ts).
import { readWith, type ImportReading } from "./read-core";

export { MAX_CONFIG_FILE_BYTES } from "../share/wizard-config-file";

/** readWizardConfig(text), loading the certificate steps only when the text holds certificates. */
export async function readWizardConfigOnPage(text: string): Promise<ImportReading> {
  const reading = readWith(null, text);
  if (!("needsCertificateSteps" in reading)) return reading;
  const { CERTIFICATE_STEPS } = await import("./certificate-steps");
  return readWith(CERTIFICATE_STEPS, text) as ImportReading;
}
