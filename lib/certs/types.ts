/** What the reader converted to reach a plain PEM certificate (conversion.ts says it in words). */
export type CertificateConversion = "der" | "base64" | "trusted" | "x509-label" | "pkcs7";

/** Where an imported certificate came from, shown on its card. */
export interface CertificateSource {
  fileName: string;
  /** 1-based position of the block in the file (1 for a DER file). */
  position: number;
  /** 1-based position inside a PKCS#7 bundle, when the block is one. */
  bundleItem?: number;
  /** Set when the input was not already a plain `CERTIFICATE` PEM block. */
  conversion?: CertificateConversion;
}

/** A certificate ready for the configuration, with its origin and anything worth telling. */
export interface ImportedCertificate {
  pem: string;
  label: string;
  source: CertificateSource;
}

/** A refusal (nothing kept) or a notice (kept, but the user should know). */
export type ProblemCode =
  | "private-key"
  | "csr"
  | "empty"
  | "too-large"
  | "corrupt"
  | "not-certificate"
  | "duplicate"
  | "trailing-bytes"
  | "wrapped-value"
  | "bad-value";

export interface ImportProblem {
  severity: "refused" | "notice";
  code: ProblemCode;
  fileName: string;
  position?: number;
  message: string;
}

export interface ImportResult {
  certificates: ImportedCertificate[];
  problems: ImportProblem[];
}
