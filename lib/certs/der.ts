// What a binary (DER) object is: a certificate, a PKCS#7 bundle, or something to refuse with a
// specific reason. All parsing is done by @peculiar/x509 and asn1js.
import { asn1js, readCertificate, x509 } from "./x509";
import { firstElementLength } from "./der-header";
import { CSR_REASON, PRIVATE_KEY_REASON } from "./reasons";
import type { ProblemCode } from "./types";

export type DerKind =
  | { kind: "certificate"; der: Uint8Array; trailingBytes: number }
  | { kind: "pkcs7"; ders: Uint8Array[] }
  | { kind: "refused"; code: ProblemCode; reason: string };

/** The exact bytes of the first DER element, and how many bytes follow it. */
function firstElement(bytes: Uint8Array): { der: Uint8Array; trailing: number } | null {
  // From its header when it is plain DER; else asn1js finds where it ends.
  const length = firstElementLength(bytes);
  if (length !== null) return { der: bytes.slice(0, length), trailing: bytes.length - length };
  const parsed = asn1js.fromBER(bytes);
  if (parsed.offset === -1) return null;
  return { der: bytes.slice(0, parsed.offset), trailing: bytes.length - parsed.offset };
}

function asCertificate(bytes: Uint8Array): DerKind | null {
  const first = firstElement(bytes);
  if (!first) return null;
  try {
    readCertificate(first.der);
    return { kind: "certificate", der: first.der, trailingBytes: first.trailing };
  } catch {
    return null;
  }
}

function asPkcs7(bytes: Uint8Array): DerKind | null {
  try {
    const certs = new x509.X509Certificates(new Uint8Array(bytes));
    return { kind: "pkcs7", ders: certs.map((cert) => new Uint8Array(cert.rawData)) };
  } catch {
    return null;
  }
}

function asCsr(bytes: Uint8Array): DerKind | null {
  try {
    new x509.Pkcs10CertificateRequest(new Uint8Array(bytes));
    return { kind: "refused", code: "csr", reason: CSR_REASON };
  } catch {
    return null;
  }
}

// A DER private key or keystore: PKCS#8 (SEQUENCE { INTEGER 0|1, SEQUENCE alg, OCTET STRING }),
// encrypted PKCS#8 (SEQUENCE { SEQUENCE alg, OCTET STRING }), PKCS#1 RSA (9 INTEGERs), SEC1 EC
// (INTEGER 1, OCTET STRING, ...), PKCS#12 (INTEGER 3, SEQUENCE ContentInfo). Read with asn1js.
function asKeyOrKeystore(bytes: Uint8Array): DerKind | null {
  const parsed = asn1js.fromBER(bytes);
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence)) return null;
  const items = parsed.result.valueBlock.value;
  const isInt = (i: number, value?: number) =>
    items[i] instanceof asn1js.Integer &&
    (value === undefined || (items[i] as asn1js.Integer).valueBlock.valueDec === value);
  const is = (i: number, type: new () => asn1js.BaseBlock) => items[i] instanceof type;
  if (isInt(0, 3) && is(1, asn1js.Sequence))
    return {
      kind: "refused",
      code: "private-key",
      reason:
        "is a PKCS#12 keystore (.p12/.pfx), which holds a private key: export only the CA certificate, e.g. `openssl pkcs12 -in FILE -nokeys -cacerts`.",
    };
  const pkcs8 = (isInt(0, 0) || isInt(0, 1)) && is(1, asn1js.Sequence) && is(2, asn1js.OctetString);
  const encrypted = items.length === 2 && is(0, asn1js.Sequence) && is(1, asn1js.OctetString);
  const rsa = items.length >= 9 && items.slice(0, 9).every((_, i) => isInt(i));
  const ec = isInt(0, 1) && is(1, asn1js.OctetString);
  if (pkcs8 || encrypted || rsa || ec)
    return { kind: "refused", code: "private-key", reason: PRIVATE_KEY_REASON };
  return null;
}

/** Identifies a DER object; never throws. */
export function identifyDer(bytes: Uint8Array): DerKind {
  return (
    asCertificate(bytes) ??
    asPkcs7(bytes) ??
    asCsr(bytes) ??
    asKeyOrKeystore(bytes) ?? {
      kind: "refused",
      code: "corrupt",
      reason: "is not a readable certificate: the data is corrupt, truncated or of another kind.",
    }
  );
}
