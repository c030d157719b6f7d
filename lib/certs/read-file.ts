// Reads one dropped, picked or pasted file into canonical certificates, refusing with a reason
// everything that is not a certificate. Never throws; never keeps a private key's bytes.
import { identifyDer } from "./der";
import { CSR_REASON, PRIVATE_KEY_REASON } from "./reasons";
import { scanPemBlocks, toCanonicalPem } from "./pem";
import { labelFor } from "./inspect";
import { keptSentence, keyFileRefusal } from "./read-file-messages";
import type { CertificateConversion, CertificateSource, ImportResult, ProblemCode } from "./types";

/** Larger files are refused: CA bundles are a few hundred KB at most. */
export const MAX_FILE_BYTES = 1024 * 1024;

const CERTIFICATE_LABELS = new Set(["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"]);
const PKCS7_LABELS = new Set(["PKCS7", "PKCS #7 SIGNED DATA", "CMS"]);
function refusalForLabel(label: string): { code: ProblemCode; reason: string } | null {
  if (/PRIVATE KEY/.test(label)) return { code: "private-key", reason: PRIVATE_KEY_REASON };
  if (/CERTIFICATE REQUEST/.test(label)) return { code: "csr", reason: CSR_REASON };
  if (/PUBLIC KEY/.test(label))
    return {
      code: "not-certificate",
      reason: "is a public key alone, not a certificate: use the CA's certificate file.",
    };
  if (/CRL/.test(label))
    return {
      code: "not-certificate",
      reason: "is a certificate revocation list (CRL), not a certificate.",
    };
  if (CERTIFICATE_LABELS.has(label) || PKCS7_LABELS.has(label) || label === "EC PARAMETERS")
    return null;
  return { code: "not-certificate", reason: `is a "${label}" block, not a certificate.` };
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

/** The refusal for a file over the limit, without reading it. */
export function refuseOversized(fileName: string, size: number): ImportResult {
  const mib = (size / 1048576).toFixed(1);
  return {
    certificates: [],
    problems: [
      {
        severity: "refused",
        code: "too-large",
        fileName,
        message: `${fileName} is ${mib} MiB: files over 1 MiB are refused. A CA bundle is far smaller; check that this is the right file.`,
      },
    ],
  };
}

export function readCertificateFile(fileName: string, bytes: Uint8Array): ImportResult {
  if (bytes.length > MAX_FILE_BYTES) return refuseOversized(fileName, bytes.length);
  const result: ImportResult = { certificates: [], problems: [] };
  const refuse = (code: ProblemCode, message: string, position?: number) =>
    result.problems.push({ severity: "refused", code, fileName, position, message });
  const text = decodeText(bytes);
  if (text.trim() === "") {
    refuse("empty", `${fileName} is empty: there is nothing to import.`);
    return result;
  }
  const add = (der: Uint8Array, source: Omit<CertificateSource, "fileName">) => {
    const pem = toCanonicalPem(der);
    result.certificates.push({
      pem,
      label: labelFor(pem, fileName, der),
      source: { fileName, ...source },
    });
  };
  const addDer = (der: Uint8Array, position: number, what: string, label?: string) => {
    const kind = identifyDer(der);
    if (kind.kind === "certificate") {
      const conversion = label === undefined ? undefined : CONVERSIONS[label];
      add(kind.der, conversion ? { position, conversion } : { position });
      if (kind.trailingBytes > 0 && label !== "TRUSTED CERTIFICATE")
        result.problems.push({
          severity: "notice",
          code: "trailing-bytes",
          fileName,
          position,
          message: `${what} had ${kind.trailingBytes} extra bytes after the certificate; they were ignored.`,
        });
    } else if (kind.kind === "pkcs7") {
      if (kind.ders.length === 0)
        refuse(
          "not-certificate",
          `${what} is a PKCS#7 bundle with no certificates in it.`,
          position,
        );
      kind.ders.forEach((certDer, i) =>
        add(certDer, { position, bundleItem: i + 1, conversion: "pkcs7" }),
      );
    } else refuse(kind.code, `${what} ${kind.reason}`, position);
  };
  if (!/-----BEGIN /.test(text)) {
    if (bytes[0] === 0x30) addDer(bytes, 1, fileName, "DER");
    else if (/^[A-Za-z0-9+/=\r\n]{64,}$/.test(text.trim()))
      addDer(base64Bytes(text), 1, fileName, "BASE64");
    else
      refuse(
        "not-certificate",
        `${fileName} holds no certificate: it is neither PEM (-----BEGIN CERTIFICATE-----) nor DER.`,
      );
    return result;
  }
  const blocks = scanPemBlocks(text);
  for (const block of blocks) {
    const { position } = block;
    const what = `Block ${position} of ${fileName} (${block.label})`;
    const refusal = refusalForLabel(block.label);
    if (refusal) refuse(refusal.code, `${what} ${refusal.reason}`, position);
    else if (block.label === "EC PARAMETERS") continue;
    else if (!block.ok) refuse("corrupt", `${what} is corrupt: ${block.error}.`, position);
    else addDer(block.der, position, what, block.label);
  }
  if (result.certificates.length === 0 && result.problems.length === 0)
    refuse("not-certificate", `${fileName} holds no certificate.`);
  const counted = blocks.filter((b) => b.label !== "EC PARAMETERS").length;
  return withKeysRefused(fileName, withKeptNamed(fileName, result, counted));
}

// Certificates in another wrapping than a plain CERTIFICATE PEM block (Go reads only that one):
// PEM labels, and the two forms without BEGIN lines.
const CONVERSIONS: Record<string, CertificateConversion | undefined> = {
  DER: "der",
  BASE64: "base64",
  "TRUSTED CERTIFICATE": "trusted",
  "X509 CERTIFICATE": "x509-label",
};

/** Each refusal in a file that also gave certificates says which were kept. */
function withKeptNamed(fileName: string, result: ImportResult, blockCount: number): ImportResult {
  if (blockCount < 2) return result;
  const kept = keptSentence(fileName, result.certificates);
  return {
    ...result,
    problems: result.problems.map((p) =>
      p.severity === "refused" ? { ...p, message: `${p.message} ${kept}` } : p,
    ),
  };
}

/** A file that carries a private key is refused whole: it is a key pair, not a CA file. */
function withKeysRefused(fileName: string, result: ImportResult): ImportResult {
  const keys = result.problems.filter((p) => p.code === "private-key");
  const others = result.problems.length - keys.length + result.certificates.length;
  if (keys.length === 0 || others === 0) return result;
  const message = keyFileRefusal(
    fileName,
    keys.map((k) => k.position ?? 1),
    result.certificates,
  );
  return {
    certificates: [],
    problems: [{ severity: "refused", code: "private-key", fileName, message }],
  };
}

function base64Bytes(text: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text.replace(/\s+/g, "")), (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array();
  }
}
