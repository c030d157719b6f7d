// Certificates travel in links as DER bytes (a third smaller than PEM text, and incompressible
// anyway); the configuration stores canonical PEM (see CANONICAL_PEM in lib/config/schema.ts).
import { base64ToBytes, bytesToBase64 } from "../certs/custom-ca-value";

/** The DER bytes inside one canonical PEM certificate. */
export function pemToDer(pem: string): Uint8Array {
  const body = pem
    .replace("-----BEGIN CERTIFICATE-----", "")
    .replace("-----END CERTIFICATE-----", "")
    .replace(/\s+/g, "");
  return base64ToBytes(body);
}

/** Canonical PEM: LF line ends, 64-column base64 body, final newline. */
export function derToPem(der: Uint8Array): string {
  const body = bytesToBase64(der).replace(/.{64}/g, "$&\n").replace(/\n$/, "");
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

/**
 * True when the bytes are exactly one DER SEQUENCE with a definite length, as every X.509
 * certificate is. A cheap check that catches a damaged or shifted payload; the certificate
 * step does the full parsing.
 */
export function isDerSequence(der: Uint8Array): boolean {
  if (der.length < 2 || der[0] !== 0x30) return false;
  const first = der[1]!;
  if (first < 0x80) return der.length === 2 + first;
  const count = first & 0x7f;
  if (count === 0 || count > 4 || der.length < 2 + count) return false;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + der[2 + i]!;
  return der.length === 2 + count + length;
}
