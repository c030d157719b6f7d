// The certificate toolkit, loaded on demand by the certificate step (dynamic import) so that
// @peculiar/x509 stays out of the first screen's scripts.
export { readCertificateFile, refuseOversized, MAX_FILE_BYTES } from "./read-file";
export { readPastedText, WRAPPED_VALUE_NOTICE } from "./paste";
export { mergeCertificates } from "./merge";
export { analyzeCertificates, daysUntil, EXPIRY_WARNING_DAYS } from "./warnings";
export { inspectCertificate } from "./inspect";
export type { AnalyzedCertificate, CertificateWarning } from "./warnings";
export type { CertificateDetails } from "./inspect";
export type { ImportedCertificate, ImportProblem, ImportResult, CertificateSource } from "./types";
export { revalidateCertificates } from "./revalidate";
