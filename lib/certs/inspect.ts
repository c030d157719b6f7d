// Everything the certificate card shows, derived from the stored PEM (never stored itself).
import { sha256 } from "@noble/hashes/sha2.js";
import { asn1js, readCertificate, x509 } from "./x509";
import { certificateVersion } from "./der-header";
import { base64ToBytes } from "./custom-ca-value";
import { displayName } from "./names";

export interface CertificateDetails {
  /** RFC 4514 strings (escaped): for matching an issuer to a subject, not for display. */
  subject: string;
  issuer: string;
  /** The names as people read them (names.ts): what the card and the README show. */
  subjectText: string;
  issuerText: string;
  /** The X.509 version: 3 for every current CA; 1 for legacy certificates without extensions. */
  version: number;
  commonName: string | null;
  organization: string | null;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  isCa: boolean;
  /** Issuer equals subject (and the key identifiers, when present, agree): a root. */
  isSelfSigned: boolean;
  keyType: string;
  /** RSA modulus bits, or the EC curve's bits; null when unknown. */
  keyBits: number | null;
  keyDescription: string;
  signatureHash: string | null;
  /** Upper-case hex, colon-separated, as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprint: string;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
}

const CURVE_BITS: Record<string, number> = {
  "P-256": 256,
  "P-384": 384,
  "P-521": 521,
  "K-256": 256,
};

export function pemToDer(pem: string): Uint8Array {
  return base64ToBytes(pem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, ""));
}

function hex(bytes: ArrayBuffer | Uint8Array, separator = ""): string {
  return Array.from(new Uint8Array(bytes), (b) =>
    b.toString(16).padStart(2, "0").toUpperCase(),
  ).join(separator);
}

function describeKey(algorithm: Algorithm & { modulusLength?: number; namedCurve?: string }) {
  if (algorithm.modulusLength)
    return {
      keyType: "RSA",
      keyBits: algorithm.modulusLength,
      keyDescription: `RSA ${algorithm.modulusLength} bits`,
    };
  if (algorithm.namedCurve)
    return {
      keyType: "EC",
      keyBits: CURVE_BITS[algorithm.namedCurve] ?? null,
      keyDescription: `EC ${algorithm.namedCurve}`,
    };
  const name = /^[\d.]+$/.test(algorithm.name) ? `unknown (OID ${algorithm.name})` : algorithm.name;
  return { keyType: name, keyBits: null, keyDescription: name };
}

/** TBSCertificate's optional `[0] EXPLICIT Version` (v1 = 0, absent means v1), read with asn1js. */
function versionOf(der: Uint8Array): number {
  const parsed = asn1js.fromBER(der);
  const tbs = (parsed.result as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
  const first = tbs.valueBlock.value[0];
  if (first?.idBlock.tagClass !== 3 || first.idBlock.tagNumber !== 0) return 1;
  const inner = (first as asn1js.Constructed).valueBlock.value[0];
  return inner instanceof asn1js.Integer ? inner.valueBlock.valueDec + 1 : 1;
}

const cache = new Map<string, CertificateDetails>();

/** Everything the card shows about one DER certificate; not cached; throws when it is not one. */
export function describeCertificate(der: Uint8Array): CertificateDetails {
  const cert = readCertificate(der);
  const basic = cert.getExtension(x509.BasicConstraintsExtension);
  const ski = cert.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId ?? null;
  const aki = cert.getExtension(x509.AuthorityKeyIdentifierExtension)?.keyId ?? null;
  const signature = cert.signatureAlgorithm as Algorithm & { hash?: { name: string } };
  return {
    subject: cert.subject,
    issuer: cert.issuer,
    subjectText: displayName(cert.subjectName),
    issuerText: displayName(cert.issuerName),
    version: certificateVersion(der) ?? versionOf(der),
    commonName: cert.subjectName.getField("CN")[0] ?? null,
    organization: cert.subjectName.getField("O")[0] ?? null,
    serialNumber: cert.serialNumber,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    isCa: basic?.ca === true,
    isSelfSigned:
      cert.subject === cert.issuer && (!aki || !ski || aki.toLowerCase() === ski.toLowerCase()),
    ...describeKey(cert.publicKey.algorithm),
    signatureHash: signature.hash?.name ?? null,
    fingerprint: hex(sha256(der), ":"),
    subjectKeyId: ski,
    authorityKeyId: aki,
  };
}

/**
 * Reads a canonical PEM certificate; throws only on a PEM the schema would refuse anyway.
 * `derOfPem`, when the caller has it (a file being read), is the PEM's DER: not decoded again.
 */
export function inspectCertificate(pem: string, derOfPem?: Uint8Array): CertificateDetails {
  const cached = cache.get(pem);
  if (cached) return cached;
  const details = describeCertificate(derOfPem ?? pemToDer(pem));
  if (cache.size > 2000) cache.clear();
  cache.set(pem, details);
  return details;
}

/** The card's title and the stored label: common name, else organization, else the file name. */
export function labelFor(pem: string, fileName: string, der?: Uint8Array): string {
  try {
    const { commonName, organization } = inspectCertificate(pem, der);
    return (commonName ?? organization ?? fileName).slice(0, 200);
  } catch {
    return fileName.slice(0, 200);
  }
}
