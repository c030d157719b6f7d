// Reading DER headers (tag and length) without parsing the whole object: where a certificate
// ends in a file, and which X.509 version it is. A full parse with asn1js costs about as much as
// reading the certificate itself; these answer from a few bytes. Anything unusual (indefinite
// or oversized lengths, multi-byte tags, truncation) gives null, and the caller parses in full.

interface Header {
  tag: number;
  /** Where the contents start, and how many bytes they hold. */
  start: number;
  length: number;
}

function header(bytes: Uint8Array, offset: number): Header | null {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined) return null;
  // High tag numbers (0x1f) use more bytes: not in a certificate's outer structure.
  if ((tag & 0x1f) === 0x1f) return null;
  if (first < 0x80) return { tag, start: offset + 2, length: first };
  const count = first & 0x7f;
  // 0x80 is BER's indefinite length; more than 4 length bytes is never a certificate.
  if (count === 0 || count > 4) return null;
  let length = 0;
  for (let i = 0; i < count; i++) {
    const byte = bytes[offset + 2 + i];
    if (byte === undefined) return null;
    length = length * 256 + byte;
  }
  return { tag, start: offset + 2 + count, length };
}

/** The length of the first DER element in `bytes` (header included), or null (parse in full). */
export function firstElementLength(bytes: Uint8Array): number | null {
  const h = header(bytes, 0);
  if (!h) return null;
  const end = h.start + h.length;
  return end <= bytes.length ? end : null;
}

/**
 * A certificate's X.509 version from TBSCertificate's optional `[0] EXPLICIT Version` (v1 = 0;
 * absent means v1), or null when the bytes do not have the expected shape.
 */
export function certificateVersion(der: Uint8Array): number | null {
  const certificate = header(der, 0);
  if (!certificate || certificate.tag !== 0x30) return null;
  const tbs = header(der, certificate.start);
  if (!tbs || tbs.tag !== 0x30) return null;
  const first = header(der, tbs.start);
  if (!first) return null;
  // Context-specific, constructed, number 0: the version is there; otherwise it is v1.
  if (first.tag !== 0xa0) return 1;
  const integer = header(der, first.start);
  if (!integer || integer.tag !== 0x02 || integer.length < 1 || integer.length > 4) return null;
  let value = 0;
  for (let i = 0; i < integer.length; i++) value = value * 256 + der[integer.start + i]!;
  return value + 1;
}
