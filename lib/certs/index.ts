// The certificate toolkit, loaded on demand by the certificate step (dynamic import) so that
// @peculiar/x509 stays out of the first screen's scripts.
export { readCertificateFile, refuseOversized, MAX_FILE_BYTES } from "./read-file";
export { readPastedText, WRAPPED_VALUE_NOTICE } from "./paste";
export { mergeCertificates } from "./merge";
export { importCertificates, readingMessages } from "./import";
export type { ImportOutcome, ReadingMessage } from "./import";
export { describeConversion } from "./conversion";
export { analyzeCertificates, daysUntil, EXPIRY_WARNING_DAYS } from "./warnings";
export { inspectCertificate } from "./inspect";
export { warmUpReader, WARM_UP_ROUNDS } from "./warm-up";
export type { AnalyzedCertificate, CertificateWarning } from "./warnings";
export type { CertificateDetails } from "./inspect";
export type {
  ImportedCertificate,
  ImportProblem,
  ImportResult,
  CertificateSource,
  CertificateConversion,
} from "./types";
export { revalidateCertificates } from "./revalidate";
