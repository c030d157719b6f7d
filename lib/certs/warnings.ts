// Warnings about certificates that are allowed but probably not what the user meant.
import { inspectCertificate, type CertificateDetails } from "./inspect";

export type WarningCode =
  | "expired"
  | "not-yet-valid"
  | "expiring-soon"
  | "not-ca"
  | "legacy-v1-root"
  | "missing-issuer"
  | "weak-key"
  | "sha1"
  | "duplicate"
  | "unreadable";

export interface CertificateWarning {
  code: WarningCode;
  message: string;
}

export interface AnalyzedCertificate {
  pem: string;
  label: string;
  details: CertificateDetails | null;
  warnings: CertificateWarning[];
}

const DAY = 86_400_000;
export const EXPIRY_WARNING_DAYS = 30;

/** Whole days from now until a date (negative once past). */
export function daysUntil(date: Date, now: Date): number {
  return Math.floor((date.getTime() - now.getTime()) / DAY);
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The validity warning at a moment; none without a clock (the README, see readme.ts). */
function validityWarnings(details: CertificateDetails, now: Date | null): CertificateWarning[] {
  if (now === null) return [];
  const warnings: CertificateWarning[] = [];
  const left = daysUntil(details.notAfter, now);
  if (details.notAfter < now)
    warnings.push({
      code: "expired",
      message: `Expired ${plural(-left || 1, "day")} ago (${details.notAfter.toISOString().slice(0, 10)}): TLS connections that rely on it will fail. Get the CA's current certificate.`,
    });
  else if (details.notBefore > now)
    warnings.push({
      code: "not-yet-valid",
      message: `Not valid before ${details.notBefore.toISOString().slice(0, 10)}: until then it is rejected. Check the date, or the clock where it was issued.`,
    });
  else if (left < EXPIRY_WARNING_DAYS)
    warnings.push({
      code: "expiring-soon",
      message: `Expires in ${plural(left, "day")} (${details.notAfter.toISOString().slice(0, 10)}): plan its replacement before the install depends on it.`,
    });
  return warnings;
}

// OpenSSL accepts a self-signed version 1 certificate as a root ("V1 root" in check_ca of
// crypto/x509/v3_purp.c); Go checks basic constraints on intermediates only (isValid in
// crypto/x509/verify.go). Measured with OpenSSL 3.0: `openssl verify` and Node accept a leaf
// under a v1 root, `openssl verify -x509_strict` refuses it ("invalid CA certificate"), and
// Python 3.13 turns that flag on by default (python/cpython#107361).
const LEGACY_V1_ROOT =
  "A legacy version 1 root: self-signed, with no extensions. OpenSSL (so Node) and Go accept it as a trust anchor, but nothing in it says it is a CA or limits what it may sign, and strict X.509 checking (OpenSSL's -x509_strict, Python 3.13's default) refuses it. Keep it if your CA really is this old; ask for a version 3 root when the CA is renewed. If it is a server's own certificate rather than a CA, use the CA that issues that server's certificate instead.";

export function certificateWarnings(
  details: CertificateDetails,
  subjects: ReadonlySet<string>,
  now: Date | null,
): CertificateWarning[] {
  const warnings = validityWarnings(details, now);
  if (!details.isCa && details.isSelfSigned && details.version === 1)
    warnings.push({ code: "legacy-v1-root", message: LEGACY_V1_ROOT });
  else if (!details.isCa)
    warnings.push({
      code: "not-ca",
      message: details.isSelfSigned
        ? "A self-signed server certificate, not a CA: it only trusts that one server. If the server's certificate changes, trust breaks; prefer the CA that issues it."
        : "Not a CA certificate (a leaf, issued to a server): trusting it does not trust anything it would sign. Use the root CA (or the intermediate) that issued it.",
    });
  if (details.isCa && !details.isSelfSigned && !subjects.has(details.issuer))
    warnings.push({
      code: "missing-issuer",
      message: `An intermediate CA whose root (${details.issuerText}) is not in the list: add the root too, unless the runtimes already trust it.`,
    });
  if (details.keyType === "RSA" && details.keyBits !== null && details.keyBits < 2048)
    warnings.push({
      code: "weak-key",
      message: `Weak key: RSA ${details.keyBits} bits, below the 2048 bits of current guidance: clients at stricter security levels (e.g. OpenSSL level 2, the default on many distributions) refuse it.`,
    });
  if (details.signatureHash === "SHA-1")
    warnings.push({
      code: "sha1",
      message: details.isSelfSigned
        ? "Signed with SHA-1. For a root this is harmless (its own signature is not checked), but it suggests an old CA."
        : "Signed with SHA-1, which current runtimes reject in a chain: ask for a reissued certificate.",
    });
  return warnings;
}

const UNREADABLE: CertificateWarning = {
  code: "unreadable",
  message: "This certificate cannot be read: remove it and import it again.",
};

/**
 * Details and warnings for every certificate of the configuration, in order: the one reading
 * of the page's cards, the review, `npm run generate` and the bundle README. `now: null` leaves
 * out the warnings that depend on the date (expired, not yet valid, expiring soon).
 */
export function analyzeCertificates(
  certificates: readonly { pem: string; label: string }[],
  now: Date | null = new Date(),
): AnalyzedCertificate[] {
  const detailed = certificates.map((cert) => {
    try {
      return { ...cert, details: inspectCertificate(cert.pem) as CertificateDetails | null };
    } catch {
      return { ...cert, details: null };
    }
  });
  const subjects = new Set(detailed.flatMap((c) => (c.details ? [c.details.subject] : [])));
  const firstIndex = new Map<string, number>();
  return detailed.map((cert, index) => {
    if (!cert.details) return { ...cert, warnings: [UNREADABLE] };
    const warnings = certificateWarnings(cert.details, subjects, now);
    const first = firstIndex.get(cert.details.fingerprint);
    if (first === undefined) firstIndex.set(cert.details.fingerprint, index);
    else
      warnings.unshift({
        code: "duplicate",
        message: `The same certificate as number ${first + 1} (same SHA-256 fingerprint): remove one of them.`,
      });
    return { ...cert, warnings };
  });
}
