// What the reader did to a certificate that was not a plain PEM block: said on its card and by
// `npm run generate`, in the same words, so a conversion is never silent.
import type { CertificateSource } from "./types";

/** One sentence, or null when the certificate was already a plain `CERTIFICATE` PEM block. */
export function describeConversion(source: CertificateSource | undefined): string | null {
  switch (source?.conversion) {
    case "der":
      return /\.(pem|crt)$/i.test(source.fileName)
        ? `Converted from binary DER to PEM: ${source.fileName} is named like a PEM file but holds DER.`
        : "Converted from binary DER to PEM.";
    case "base64":
      return "Converted from bare base64 DER (no BEGIN/END lines) to PEM.";
    case "trusted":
      return "Converted from a TRUSTED CERTIFICATE block (OpenSSL's format, which Go skips) to a plain CERTIFICATE block; the OpenSSL trust settings it carried were dropped.";
    case "x509-label":
      return "Relabelled from an X509 CERTIFICATE block (an old OpenSSL label, which Go skips) to CERTIFICATE.";
    case "pkcs7":
      return `Taken out of a PKCS#7 bundle (certificate ${source.bundleItem ?? 1} of the bundle) and written as a plain PEM block: Go skips PKCS#7 bundles.`;
    default:
      return null;
  }
}
