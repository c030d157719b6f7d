// @peculiar/x509 relies on decorator metadata: reflect-metadata must be loaded before it.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import * as asn1js from "asn1js";

export { x509, asn1js };

const parsed = new WeakMap<Uint8Array, x509.X509Certificate>();

/**
 * Parses a DER certificate (throws when it is not one). The same bytes object read twice, as
 * when a file is identified and then described, is parsed once.
 */
export function readCertificate(der: Uint8Array): x509.X509Certificate {
  const known = parsed.get(der);
  if (known) return known;
  const cert = new x509.X509Certificate(new Uint8Array(der));
  parsed.set(der, cert);
  return cert;
}
