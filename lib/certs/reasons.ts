// Refusal reasons shared by the PEM and DER readers (completing "Block N of FILE …").
export const PRIVATE_KEY_REASON =
  "is a private key: it was dropped and is kept nowhere (not in the configuration, the preview, the link or the zip). Only the CA certificate is needed; keep the key secret.";
export const CSR_REASON =
  "is a certificate signing request (CSR), not a certificate: use the certificate the CA issued from it.";
