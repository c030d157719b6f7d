// Test certificates for the benchmark, made by the real `openssl`: self-signed RSA-2048 CAs,
// the size and shape of the corporate roots people paste into the wizard.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Certificate } from "../../lib/config/schema";

function oneCertificate(index: number): Certificate {
  const name = `Bench Root CA ${String(index + 1).padStart(2, "0")}`;
  const pem = execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      "/dev/null",
      "-subj",
      `/C=DE/O=Bench Corp/OU=Platform/CN=${name}`,
      "-days",
      "3650",
      "-addext",
      "basicConstraints=critical,CA:TRUE",
      "-addext",
      "keyUsage=critical,keyCertSign,cRLSign",
    ],
    { stdio: ["ignore", "pipe", "ignore"] },
  ).toString("latin1");
  // openssl writes canonical PEM already (LF, 64 columns, final newline); keep exactly one block.
  const block = /-----BEGIN CERTIFICATE-----\n[\s\S]*?\n-----END CERTIFICATE-----\n/.exec(pem);
  if (!block) throw new Error(`openssl did not print a certificate for ${name}`);
  return { pem: block[0], label: name };
}

const CACHE = join(import.meta.dirname, "../../node_modules/.cache/bench-certificates.json");

/**
 * `count` distinct CA certificates. RSA key generation takes a few seconds for 50, so they are
 * kept in node_modules/.cache between runs (`fresh` makes new ones).
 */
export function makeCertificates(count: number, fresh = false): Certificate[] {
  if (!fresh && existsSync(CACHE)) {
    const cached = JSON.parse(readFileSync(CACHE, "utf8")) as Certificate[];
    if (cached.length >= count) return cached.slice(0, count);
  }
  const made = Array.from({ length: count }, (_, i) => oneCertificate(i));
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(made));
  return made;
}
