// The reading's certificate steps (lib/import/read-core.ts): each certificate of the text read
// again as X.509, certificate files read and added as the Certificates step adds them, and what
// the step's cards say about each. They need the certificate library, which the page loads
// only for a configuration that holds certificates (read-on-page.ts).
import { importCertificates, readCertificateFile, readingMessages } from "../certs/index";
import { withRevalidatedCertificates } from "../share/revalidated";
import type { CertificateSteps } from "./read-core";

export const CERTIFICATE_STEPS: CertificateSteps = {
  revalidate: withRevalidatedCertificates,
  readFile: readCertificateFile,
  add: importCertificates,
  messages: readingMessages,
};
