// One reading of certificate files (issue 19): for the same files, the page and
// `npm run generate` give the same verdict, keep the same certificates (the same certs/*.pem
// in the bundle) and say the same things in the same words. The page side is what the
// certificate step does (certificate-input.tsx reads each file, certificates-step.tsx adds
// them, each card shows its conversion and warnings, the step its user-data budget); the
// command line side is the real `run`, its stderr and its exit status. Certificates: openssl.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { installPlan } from "../lib/plan";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { configSchema, type Config } from "../lib/config/schema";
import { wizardConfigFile } from "../lib/generators/wizard-config";
import { certFiles } from "../lib/generators/cert-files";
import { userDataReport } from "../lib/ec2-user-data/user-data-budget";
import { buildOpensslCorpus, type Corpus } from "../lib/certs/testing/openssl-corpus";
import { readCertificateFile } from "../lib/certs/read-file";
import { importCertificates } from "../lib/certs/import";
import { analyzeCertificates } from "../lib/certs/warnings";
import { describeConversion } from "../lib/certs/conversion";
import type { ImportResult } from "../lib/certs/types";
import { CliError, run } from "./generate";

let corpus: Corpus;
let cleanup: () => void;
let cwd: string;
beforeAll(() => {
  ({ corpus, cleanup } = buildOpensslCorpus());
  // Paths as a user types them: relative to where the command runs.
  cwd = process.cwd();
  process.chdir(corpus.dir);
  // One clock for both sides: the date warnings count days.
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
}, 60_000);
afterAll(() => {
  vi.useRealTimers();
  process.chdir(cwd);
  cleanup?.();
});

const text = (name: string) => Buffer.from(corpus[name]!).toString("utf8");
type Input = { name: string; bytes: Uint8Array };
/** A corpus file under its own name, or several joined into one file, or a file renamed. */
const file = (name: string, ...parts: string[]): Input =>
  parts.length === 0
    ? { name, bytes: corpus[name]! }
    : { name, bytes: Buffer.from(parts.map((p) => (corpus[p] ? text(p) : p)).join("")) };
const renamed = (name: string, from: string): Input => ({ name, bytes: corpus[from]! });

interface Said {
  level: string;
  card?: number;
  text: string;
}

/** What the certificate step shows for these files added to the configuration's list. */
function pageReading(config: Config, files: Input[]) {
  const result: ImportResult = { certificates: [], problems: [] };
  for (const f of files) {
    const read = readCertificateFile(f.name, f.bytes);
    result.certificates.push(...read.certificates);
    result.problems.push(...read.problems);
  }
  const outcome = importCertificates(config.certificates, result);
  const sources = new Map(outcome.added.map((c) => [c.pem, c.source]));
  const kept = configSchema.parse({ ...config, certificates: outcome.certificates });
  const said: Said[] = outcome.problems.map((p) => ({
    level: p.severity === "refused" ? "refused" : "note",
    text: p.message,
  }));
  analyzeCertificates(kept.certificates, new Date()).forEach((card, index) => {
    const conversion = describeConversion(sources.get(card.pem));
    if (conversion) said.push({ level: "note", card: index + 1, text: conversion });
    for (const w of card.warnings)
      said.push({ level: "warning", card: index + 1, text: w.message });
  });
  const budget = userDataReport(installPlan(kept))?.warning;
  if (budget) said.push({ level: "warning", text: budget });
  const refused = said.some((s) => s.level === "refused");
  const warned = said.some((s) => s.level === "warning");
  return { kept, said, refused, warned };
}

/** `npm run generate` on the same files: its exit status, its stderr, the certs/ it wrote. */
async function commandLine(config: Config, files: Input[], strict = false) {
  const dir = mkdtempSync(join(corpus.dir, "run-"));
  writeFileSync(join(dir, "wizard-config.json"), wizardConfigFile(installPlan(config)).contents);
  for (const f of files) writeFileSync(f.name, f.bytes);
  const lines: string[] = [];
  const out = join(dir, "bundle");
  const args = ["--config", join(dir, "wizard-config.json"), "--out", out];
  for (const f of files) args.push("--cert", f.name);
  if (strict) args.push("--strict");
  let status = 0;
  try {
    await run(args, (line) => lines.push(line));
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    status = error.status;
  }
  let certs: { path: string; contents: string }[] = [];
  try {
    certs = readdirSync(join(out, "certs")).map((name) => ({
      path: `certs/${name}`,
      contents: readFileSync(join(out, "certs", name), "utf8"),
    }));
  } catch {
    // nothing written
  }
  for (const f of files) rmSync(f.name);
  const said = lines.map((line): Said => {
    const m = /^(refused|note|warning): (?:certificate (\d+) \("[^\n]*?"\): )?(.*)\n$/s.exec(line)!;
    return m[2] ? { level: m[1]!, card: Number(m[2]), text: m[3]! } : { level: m[1]!, text: m[3]! };
  });
  return { status, said, certs };
}

const plain = configSchema.parse({ basics: { appDomain: "flows.acme.io" } });
const k8sOnly = configSchema.parse({
  basics: { appDomain: "flows.acme.io", agents: { ec2: false, kubernetes: true } },
});

/** The configuration already holds the RSA root (as a wizard-config.json can). */
const withRoot = () =>
  configSchema.parse({
    ...plain,
    certificates: [{ pem: text("root-rsa.pem"), label: "Example Root CA RSA" }],
  });

const CASES: [string, () => Input[], (() => Config)?][] = [
  // Warnings the page gives on a card, or beside the list.
  ["a leaf", () => [file("leaf.pem")]],
  ["a self-signed server certificate", () => [file("server-self-signed.pem")]],
  ["a leaf of version 1", () => [file("leaf-v1.pem")]],
  ["an expired root", () => [file("root-expired.pem")]],
  ["a root not valid yet", () => [file("root-future.pem")]],
  ["a root that expires soon", () => [file("root-soon.pem")]],
  ["a weak SHA-1 root", () => [file("root-weak.pem")]],
  ["a SHA-1 intermediate without its root", () => [file("intermediate-sha1.pem")]],
  ["a duplicate in two encodings", () => [file("root-rsa.pem"), file("root-rsa.der")]],
  ["a duplicate of one in wizard-config.json", () => [file("root-rsa-bag.pem")], withRoot],
  ["a bundle over the EC2 user-data budget", () => [file("bundle-50.pem")]],
  ["the same bundle without EC2 agents", () => [file("bundle-50.pem")], () => k8sOnly],
  // A private key anywhere in a file refuses the whole file.
  ["a root and its key", () => [file("root-and-key.pem", "root-rsa.pem", "root-rsa.key")]],
  ["a key before the root", () => [file("key-first.pem", "key-pkcs8.pem", "root-rsa.pem")]],
  ["a chain and an encrypted key", () => [file("chain-key.pem", "chain.pem", "key-encrypted.pem")]],
  ["an EC root and an EC key", () => [file("ec.pem", "root-ec.pem", "key-ec.pem")]],
  ["a PKCS#12 keystore", () => [file("root-rsa.p12")]],
  ["a key alone, beside a good file", () => [file("key-ec.pem"), file("root-ec.pem")]],
  // Conversions are said.
  ["DER named .cer", () => [renamed("root.cer", "root-rsa.der")]],
  ["DER named .pem", () => [renamed("root.pem", "root-rsa.der")]],
  ["a TRUSTED CERTIFICATE block", () => [file("root-rsa-trusted.pem")]],
  ["a PEM PKCS#7 bundle", () => [file("chain.p7b")]],
  ["a DER PKCS#7 bundle", () => [file("chain-der.p7b")]],
  [
    "bare base64",
    () => [file("root.b64", text("root-ec.pem").split("\n").slice(1, -2).join("\n"))],
  ],
  [
    "an X509 CERTIFICATE block",
    () => [file("old.pem", text("root-ec.pem").replace(/CERTIFICATE/g, "X509 CERTIFICATE"))],
  ],
  // Version 1 roots are legacy roots.
  ["a v1 RSA root", () => [file("root-v1.pem")]],
  ["a v1 EC root", () => [file("root-v1-ec.pem")]],
  // A refused block beside kept ones.
  [
    "a chain cut short",
    () => [
      file(
        "cut.pem",
        text("chain.pem").slice(0, text("chain.pem").lastIndexOf("-----BEGIN") + 200),
      ),
    ],
  ],
  ["a root and a CSR", () => [file("with-csr.pem", "root-rsa.pem", "leaf.csr")]],
  ["a CRL and a root", () => [file("with-crl.pem", "root-rsa.crl", "root-ec.pem")]],
  [
    "a public key between roots",
    () => [file("with-pub.pem", "root-ec.pem", "root-rsa.pub", "root-rsa.pem")],
  ],
  ["a PKCS#7 bundle and a CSR", () => [file("p7-csr.pem", "chain.p7b", "leaf.csr")]],
  // Names: shown unescaped, files named by transliteration.
  ["a root with a quoted, non-ASCII subject", () => [file("root-names.pem")]],
  ["plain good roots", () => [file("root-rsa.pem"), file("root-ec.pem"), file("intermediate.pem")]],
];

describe("the page and npm run generate read certificate files alike", () => {
  it.each(CASES)("%s", async (_, inputs, base) => {
    const files = inputs();
    const config = base?.() ?? plain;
    const page = pageReading(config, files);
    const cli = await commandLine(config, files);
    expect(cli.said).toEqual(page.said);
    expect(cli.certs).toEqual(
      certFiles(installPlan(page.kept)).map(({ path, contents }) => ({ path, contents })),
    );
    const strict = await commandLine(config, files, true);
    expect(strict.status).toBe(page.refused || page.warned ? 2 : 0);
    expect(strict.certs).toEqual(page.refused || page.warned ? [] : cli.certs);
  });

  it("covers every class of the issue with several members", () => {
    const said = (pattern: RegExp) => CASES.filter(([name]) => pattern.test(name)).length;
    expect(said(/key/)).toBeGreaterThanOrEqual(4);
    expect(said(/DER|TRUSTED|PKCS#7|base64|X509/)).toBeGreaterThanOrEqual(5);
    expect(said(/v1/)).toBeGreaterThanOrEqual(2);
  });
});
