// Test certificates for the benchmark, made by the real `openssl`: self-signed RSA-2048 CAs,
// the size and shape of the corporate roots people paste into the wizard.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Certificate } from "../../lib/config/schema";
import { selfSignedCa } from "../../lib/testing/openssl";

function oneCertificate(index: number): Certificate {
  const name = `Bench Root CA ${String(index + 1).padStart(2, "0")}`;
  const pem = selfSignedCa({
    subject: `/C=DE/O=Bench Corp/OU=Platform/CN=${name}`,
    extensions: ["keyUsage=critical,keyCertSign,cRLSign"],
  });
  return { pem, label: name, scope: "both" };
}

const CACHE = join(import.meta.dirname, "../../node_modules/.cache/bench-certificates.json");

/**
 * `count` distinct CA certificates. RSA key generation takes a few seconds for 50, so they are
 * kept in node_modules/.cache between runs (`fresh` makes new ones).
 */
export function makeCertificates(count: number, fresh = false): Certificate[] {
  if (!fresh && existsSync(CACHE)) {
    const cached = JSON.parse(readFileSync(CACHE, "utf8")) as Certificate[];
    if (cached.length >= count)
      return cached.slice(0, count).map((c) => ({ ...c, scope: c.scope ?? "both" }));
  }
  const made = Array.from({ length: count }, (_, i) => oneCertificate(i));
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(made));
  return made;
}
