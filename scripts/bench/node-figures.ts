// Figures measured in Node: the zip build for many certificates, and share-link length against
// its floor (the certificates' DER bytes in base64url, which no encoding can beat by much).
import { performance } from "node:perf_hooks";
import { buildBundle } from "../../lib/bundle/build";
import { installPlan } from "../../lib/plan";
import { encodeCustomCaCertificates } from "../../lib/certs/custom-ca-value";
import { readCertificateFile } from "../../lib/certs/read-file";
import { analyzeCertificates } from "../../lib/certs/warnings";
import { configSchema, type Certificate, type Config } from "../../lib/config/schema";
import { bytesToBase64url } from "../../lib/share/base64url";
import { pemToDer } from "../../lib/share/der";
import { createShareLink, decodeShareLink } from "../../lib/share/index";
import { median } from "./stats";

/** A realistic configuration: private ingress, proxy with receivers, and the certificates. */
export function benchConfig(certificates: Certificate[]): Config {
  return configSchema.parse({
    basics: { appDomain: "flows.corp.example.net", namespace: "flows" },
    network: { ingressScheme: "internal" },
    proxy: {
      enabled: true,
      httpProxy: "http://proxy.corp.example.net:3128",
      httpsProxy: "http://proxy.corp.example.net:3128",
    },
    certificates,
  });
}

export interface ZipFigures {
  certificates: number;
  /** The first build (cold: JIT, lazy module setup), then the median of the next runs. */
  firstMs: number;
  medianMs: number;
  runs: number;
  bytes: number;
}

export async function zipFigures(certificates: Certificate[], runs = 15): Promise<ZipFigures> {
  const config = benchConfig(certificates);
  const once = async () => {
    const start = performance.now();
    const { zip } = await buildBundle(installPlan(config));
    return { ms: performance.now() - start, bytes: zip.length };
  };
  const first = await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await once()).ms);
  return {
    certificates: certificates.length,
    firstMs: first.ms,
    medianMs: median(times),
    runs,
    bytes: first.bytes,
  };
}

export interface LinkFigures {
  certificates: number;
  /** Characters of the fragment (`c=1.…`), what the link adds to the page address. */
  characters: number;
  /** base64url of the certificates' DER bytes, concatenated. */
  floor: number;
  /** The target: 1.05 × floor + 300. */
  limit: number;
}

export function linkFigures(certificates: Certificate[], counts: readonly number[]): LinkFigures[] {
  return counts.map((count) => {
    const chosen = certificates.slice(0, count);
    const config = benchConfig(chosen);
    const ders = chosen.map((c) => pemToDer(c.pem));
    const all = new Uint8Array(ders.reduce((n, d) => n + d.length, 0));
    let offset = 0;
    for (const der of ders) {
      all.set(der, offset);
      offset += der.length;
    }
    const floor = bytesToBase64url(all).length;
    const fragment = createShareLink(config).fragment;
    // A short link that lost certificates would be no achievement: it must round-trip.
    const back = decodeShareLink(fragment);
    if (!back.ok || back.config.certificates.length !== count)
      throw new Error(`The share link with ${count} certificates does not read back whole`);
    return {
      certificates: count,
      characters: fragment.length,
      floor,
      limit: Math.floor(1.05 * floor + 300),
    };
  });
}

export interface ReadFigures {
  certificates: number;
  firstMs: number;
  medianMs: number;
  runs: number;
}

/** One PEM file of all the certificates, read, analyzed and encoded as the certificate step does. */
export function readFigures(certificates: Certificate[], runs = 15): ReadFigures {
  const bytes = new TextEncoder().encode(certificates.map((c) => c.pem).join(""));
  const once = () => {
    const start = performance.now();
    const result = readCertificateFile("bundle.pem", bytes);
    analyzeCertificates(result.certificates);
    encodeCustomCaCertificates(result.certificates.map((c) => c.pem));
    if (result.certificates.length !== certificates.length)
      throw new Error(`read ${result.certificates.length} of ${certificates.length} certificates`);
    return performance.now() - start;
  };
  const firstMs = once();
  const times = Array.from({ length: runs }, once);
  return { certificates: certificates.length, firstMs, medianMs: median(times), runs };
}
