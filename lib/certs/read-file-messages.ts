// The sentences of a file read only in part: which certificates were kept beside a refused
// block, and the refusal of a whole file that carries a private key.
import type { ImportedCertificate } from "./types";

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function blocks(positions: readonly number[]): string {
  return `${positions.length === 1 ? "block" : "blocks"} ${list(positions.map(String))}`;
}

const SHOWN = 5;

/** e.g. `Kept from chain.pem: block 1 ("flows.example.com") and block 2 ("Issuing CA").` */
export function keptSentence(fileName: string, kept: readonly ImportedCertificate[]): string {
  if (kept.length === 0) return `Nothing else in ${fileName} was kept.`;
  const named = kept.slice(0, SHOWN).map(({ source, label }) => {
    const item = source.bundleItem ? `, certificate ${source.bundleItem}` : "";
    return `block ${source.position}${item} ("${label}")`;
  });
  if (kept.length > SHOWN) named.push(`${kept.length - SHOWN} more`);
  return `Kept from ${fileName}: ${list(named)}.`;
}

/** The one refusal of a file that holds a private key beside anything else. */
export function keyFileRefusal(
  fileName: string,
  keyPositions: readonly number[],
  certificates: readonly ImportedCertificate[],
): string {
  const keys = `${keyPositions.length === 1 ? "a private key" : "private keys"} (${blocks(keyPositions)})`;
  const count = certificates.length;
  const certificatePositions = [...new Set(certificates.map((c) => c.source.position))];
  const beside =
    count === 0
      ? ""
      : ` beside ${count === 1 ? "a certificate" : `${count} certificates`} (${blocks(certificatePositions)})`;
  return `${fileName} holds ${keys}${beside}: the whole file was refused${count ? ", its certificates too" : ""}, and nothing of it is kept (not in the configuration, the preview, the link or the zip). A file that carries a key is a server's or a CA's own key pair, not a CA file: export the CA certificate alone (e.g. \`openssl x509 -in FILE -out ca.pem\`) and keep the key secret.`;
}
