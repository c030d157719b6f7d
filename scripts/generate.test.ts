import { installPlan } from "../lib/plan";
import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildBundleZip } from "../lib/bundle/zip";
import { configSchema } from "../lib/config/schema";
import { generateFiles } from "../lib/generators/index";
import { wizardConfigFile } from "../lib/generators/wizard-config";
import { selfSignedCa } from "../lib/testing/openssl";
import { makePki } from "../lib/testing/pki";
import { readWizardConfig } from "../lib/import/read-wizard-config";
import { loadConfig, run } from "./generate";

const dir = mkdtempSync(join(tmpdir(), "generate-"));
// Run from another directory (to see paths as given there): the project's own tsx.
const TSX = resolve("node_modules/.bin/tsx");
const root = join(dir, "root.pem");
writeFileSync(root, selfSignedCa({ subject: "/CN=Generate Test Root", days: 365, key: "ec" }));
const config = configSchema.parse({
  network: { ingressScheme: "internal" },
  proxy: { enabled: true, httpProxy: "http://proxy.corp:3128" },
});
const configPath = join(dir, "wizard-config.json");
writeFileSync(configPath, wizardConfigFile(installPlan(config)).contents);

/** Review's standing warnings on stderr (example domain, VPC checklist, NO_PROXY, …). */
const REVIEW = "warning: review: ";

function writeConfig(name: string, config: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ schemaVersion: 1, config }));
  return path;
}

describe("npm run generate", () => {
  it("writes the same zip bytes as the library for the same configuration", async () => {
    const out = join(dir, "bundle.zip");
    await run(["--config", configPath, "--cert", root, "--out", out]);
    const { config: loaded } = loadConfig({ config: configPath, certs: [root] });
    expect(loaded.certificates).toHaveLength(1);
    const expected = await buildBundleZip(
      generateFiles(installPlan(loaded)),
      loaded.basics.appDomain,
    );
    expect(Buffer.from(readFileSync(out)).equals(Buffer.from(expected))).toBe(true);
  });

  it("merges --values into the user's file as the page does, and refuses one that cannot be merged", async () => {
    const values = join(dir, "team-values.yaml");
    writeFileSync(values, "# ours\nreplicaCount: 2 # keep\n");
    const out = join(dir, "merged");
    await run(["--config", configPath, "--values", values, "--out", out]);
    const merged = readFileSync(join(out, "helm/values.yaml"), "utf8");
    expect(merged.startsWith("# ours\nreplicaCount: 2 # keep\n")).toBe(true);
    expect(merged).toContain("alb.ingress.kubernetes.io/scheme: internal");
    const expected = generateFiles(
      installPlan(config, { values: "# ours\nreplicaCount: 2 # keep\n" }),
    );
    expect(merged).toBe(expected.find((f) => f.path === "helm/values.yaml")!.contents);
    writeFileSync(values, "ingress: nginx\n");
    await expect(
      run(["--config", configPath, "--values", values, "--out", join(dir, "refused")]),
    ).rejects.toThrow(/--values: ingress in your file is a string/);
    expect(existsSync(join(dir, "refused"))).toBe(false);
  });

  it("writes gitops/ for --gitops flux, as Review's choice would, and refuses another tool", async () => {
    const out = join(dir, "flux");
    await run(["--config", configPath, "--gitops", "flux", "--out", out]);
    const expected = generateFiles(installPlan({ ...config, gitops: { tool: "flux" } }));
    for (const file of expected.filter((f) => f.path.startsWith("gitops/")))
      expect(readFileSync(join(out, file.path), "utf8")).toBe(file.contents);
    expect(existsSync(join(out, "gitops/apps/spacelift-flows.yaml"))).toBe(true);
    await expect(
      run(["--config", configPath, "--gitops", "helm", "--out", join(dir, "no-tool")]),
    ).rejects.toThrow(/--gitops: use argocd or flux/);
    expect(existsSync(join(dir, "no-tool"))).toBe(false);
  });

  it("reads a wizard-config.json as the page's import box does: the same configuration, refusals and notes", () => {
    const path = writeConfig("as-the-page.json", {
      basics: { appDomain: "\uFEFFflows.corp.example" },
      proxy: { enabled: true, httpProxy: "http://proxy.corp:3128", noProxy: ["*.corp, a/b"] },
    });
    const page = readWizardConfig(readFileSync(path, "utf8"));
    if (!page.ok) throw new Error(page.error);
    const cli = loadConfig({ config: path, certs: [] });
    expect(cli.config).toEqual(page.config);
    expect(cli.certificateMessages.filter((m) => m.level === "refused")).toEqual(
      page.refusedNoProxy.map((text) => ({
        level: "refused",
        text: `${path}: proxy.noProxy: ${text}`,
      })),
    );
    expect(page.notes).toHaveLength(2);
    for (const note of page.notes) expect(cli.warnings).toContain(`${note.field}: ${note.message}`);
  });

  it("refuses a partly invalid file, naming the parts as the page's notice does", () => {
    const path = writeConfig("partly.json", {
      basics: { appDomain: "flows.corp.example", releaseName: "Bad_Release" },
    });
    const page = readWizardConfig(readFileSync(path, "utf8"));
    if (!page.ok) throw new Error(page.error);
    const invalid = /Not used because invalid: (.*)\. Everything else was loaded\./.exec(
      page.notice,
    )![1]!;
    expect(() => loadConfig({ config: path, certs: [] })).toThrow(
      `${path}: This file cannot be used: the command line uses nothing partially, and parts of it are invalid (the page would load the rest). Invalid: ${invalid}. Nothing from it was loaded.`,
    );
  });

  it("re-reads its own wizard-config.json to the same configuration", () => {
    expect(loadConfig({ config: configPath, certs: [] }).config).toEqual(config);
  });

  it("exits non-zero with a clear message on invalid input", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({ schemaVersion: 1, config: { basics: { appDomain: "https://x.example" } } }),
    );
    const result = spawnSync(
      "npx",
      ["tsx", "scripts/generate.ts", "--config", bad, "--out", join(dir, "x")],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/generate: .*without http/);
  });

  it("prints the page's proxy notes as warnings on stderr, and names its output as given", () => {
    const file = join(dir, "star.json");
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        config: { proxy: { enabled: true, httpProxy: "http://proxy.corp:3128", noProxy: ["*"] } },
      }),
    );
    const result = spawnSync(
      TSX,
      [resolve("scripts/generate.ts"), "--config", "star.json", "--out", "out.zip"],
      { encoding: "utf8", cwd: dir },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('warning: proxy.noProxy: "*" turns the proxy off');
    expect(result.stdout.trim()).toMatch(
      /^wrote \d+ files to out\.zip \(in the folder flows-advanced-settings-[\w.-]+\/\)$/,
    );
  });

  it("names the file as given and ends each sentence with one full stop", () => {
    writeFileSync(
      join(dir, "range.json"),
      JSON.stringify({ schemaVersion: 1, config: { proxy: { noProxy: ["10.0.0.0-10.0.0.255"] } } }),
    );
    const result = spawnSync(
      TSX,
      [resolve("scripts/generate.ts"), "--config", "range.json", "--out", "x"],
      { encoding: "utf8", cwd: dir },
    );
    // As the page's NO_PROXY box: the refused piece is said, the rest of the file is used.
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(
      /^refused: range\.json: proxy\.noProxy: .*Write 10\.0\.0\.0\/24, the CIDR range it is\.$/m,
    );
    expect(result.stderr).toMatch(
      /^generate: wrote \d+ files to x\/, without the 1 refused input/m,
    );
    expect(result.stderr).not.toMatch(/\.\.|\.;|\.\)\./);
  });

  it("reads NO_PROXY as the page's box does: plain prose or YAML refused whole, a valid piece kept", () => {
    const { config: loaded, certificateMessages } = loadConfig({
      config: writeConfig("no-proxy.json", {
        proxy: {
          enabled: true,
          httpProxy: "http://proxy.corp:3128",
          noProxy: ["all internal hosts please", ".corp, a/b", "noProxy:\n  - x.corp"],
        },
      }),
      certs: [],
    });
    expect(loaded.proxy.noProxy).toEqual([".corp"]);
    expect(certificateMessages.map((m) => `${m.level}: ${m.text}`)).toEqual([
      expect.stringMatching(
        /^refused: .*no-proxy\.json: proxy\.noProxy: This looks like a sentence/,
      ),
      expect.stringMatching(/^refused: .*proxy\.noProxy: This looks like YAML/),
      expect.stringMatching(/^refused: .*proxy\.noProxy: "a\/b" has a path/),
    ]);
  });

  it("leaves out a certificate in the file that is not one, as the page does, and exits 3", async () => {
    const keyDer = execFileSync("openssl", ["genpkey", "-algorithm", "ed25519", "-outform", "DER"]);
    const body = keyDer
      .toString("base64")
      .match(/.{1,64}/g)!
      .join("\n");
    const disguised = `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
    const file = join(dir, "disguised.json");
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        config: { certificates: [{ pem: disguised, label: "Not a certificate" }] },
      }),
    );
    const lines: string[] = [];
    const out = join(dir, "disguised.zip");
    const error = await run(["--config", file, "--out", out], (l) => lines.push(l)).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 3 });
    expect(lines.filter((l) => l.startsWith("refused:"))).toEqual([
      expect.stringMatching(/^refused: .*disguised\.json: .*Not a certificate/),
    ]);
    expect(existsSync(out)).toBe(true);
  });

  it("says a removed byte-order mark and Review's warnings, as the page does", () => {
    const file = join(dir, "bom.json");
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        config: { basics: { appDomain: "\uFEFFflows.example.com" } },
      }),
    );
    const { config: loaded, warnings } = loadConfig({ config: file, certs: [] });
    expect(loaded.basics.appDomain).toBe("flows.example.com");
    expect(warnings).toContain(
      "basics.appDomain: An invisible byte-order mark (U+FEFF) at the start of the value was removed: some editors and clipboards add it.",
    );
    expect(warnings).toContain(
      "review: The app domain is still the docs' example (flows.example.com): enter the domain your users will open.",
    );
  });

  it("reads --http-proxy in place of the file's URL, split and checked like it", () => {
    const file = join(dir, "bad-url.json");
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        config: { proxy: { enabled: true, httpProxy: "//p:1" } },
      }),
    );
    const { config: loaded, warnings } = loadConfig({
      config: file,
      certs: [],
      httpProxy: "http://bob:pw@proxy_1.corp:3128",
    });
    expect(loaded.proxy).toMatchObject({ httpProxy: "http://proxy_1.corp:3128", httpUser: "bob" });
    expect(warnings).toContain(
      "the password in --http-proxy is not used: in Kubernetes Secret mode install.sh asks for it at install time.",
    );
  });

  // Intentional change (issue 19): a refused --cert file used to stop the run before anything
  // was read further; now the command line keeps what the page keeps and says what it refused.
  it("refuses a private key given as a certificate, in the page's words", () => {
    const key = join(dir, "key.pem");
    execFileSync("openssl", ["genpkey", "-algorithm", "ed25519", "-out", key], { stdio: "ignore" });
    const { config: loaded, certificateMessages } = loadConfig({
      config: configPath,
      certs: [key],
    });
    expect(loaded.certificates).toEqual([]);
    expect(certificateMessages).toEqual([
      {
        level: "refused",
        text: expect.stringMatching(/^Block 1 of .*key\.pem \(PRIVATE KEY\) is a private key/),
      },
    ]);
  });

  it("writes what the page would keep, prints what it refused, and exits 3", async () => {
    const keyed = join(dir, "root-and-key.pem");
    const keyFile = join(dir, "root-key.pem");
    const pem = selfSignedCa({ subject: "/CN=Keyed Root", key: "ec", keyOut: keyFile });
    writeFileSync(keyed, pem + readFileSync(keyFile, "utf8"));
    const lines: string[] = [];
    const out = join(dir, "refused.zip");
    const error = await run(
      ["--config", configPath, "--cert", root, "--cert", keyed, "--out", out],
      (l) => lines.push(l),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 3,
      message: expect.stringMatching(/^wrote \d+ files .*1 refused input/),
    });
    expect(lines.filter((l) => !l.startsWith(REVIEW))).toEqual([
      expect.stringMatching(
        /^refused: .*root-and-key\.pem holds a private key \(block 2\) beside a certificate \(block 1\): the whole file was refused/,
      ),
    ]);
    expect(existsSync(out)).toBe(true);
  });

  it("prints the page's warnings, and with --strict writes nothing and fails", async () => {
    const leaf = join(dir, "leaf.pem");
    const leafKey = join(dir, "leaf.key");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-nodes",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-keyout",
        leafKey,
        "-subj",
        "/CN=svc.corp",
        "-days",
        "365",
        "-addext",
        "basicConstraints=critical,CA:FALSE",
        "-out",
        leaf,
      ],
      { stdio: "ignore" },
    );
    const lines: string[] = [];
    const out = join(dir, "warned");
    await run(["--config", configPath, "--cert", leaf, "--out", out], (l) => lines.push(l));
    // Review's standing warnings come first, as on the page (the configuration is a preset's).
    expect(lines.filter((l) => l.startsWith(REVIEW)).length).toBeGreaterThan(0);
    expect(lines.filter((l) => !l.startsWith(REVIEW))).toEqual([
      'warning: certificate 1 ("svc.corp"): A self-signed server certificate, not a CA: it only trusts that one server. If the server\'s certificate changes, trust breaks; prefer the CA that issues it.\n',
    ]);
    const strictOut = join(dir, "strict");
    const error = await run(
      ["--config", configPath, "--cert", leaf, "--strict", "--out", strictOut],
      () => {},
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 2,
      message: expect.stringMatching(
        /^--strict: \d+ warnings \(above\), so nothing was written\.$/,
      ),
    });
    expect(existsSync(strictOut)).toBe(false);
  });

  it("documents --strict and the exit statuses, and exits with them", () => {
    const usage = spawnSync("npx", ["tsx", "scripts/generate.ts", "--help"], { encoding: "utf8" });
    expect(usage.stdout).toMatch(/\[--strict\]/);
    expect(usage.stdout).toMatch(/exit status 0: written\. 2: nothing written .*--strict/s);
    const der = join(dir, "root.cer");
    execFileSync("openssl", ["x509", "-in", root, "-outform", "DER", "-out", der]);
    const result = spawnSync(
      "npx",
      [
        "tsx",
        "scripts/generate.ts",
        "--config",
        configPath,
        "--cert",
        der,
        "--cert",
        join(dir, "wizard-config.json"),
        "--out",
        join(dir, "spawned"),
      ],
      { encoding: "utf8" },
    );
    expect(result.stderr).toContain(
      'note: certificate 1 ("Generate Test Root"): Converted from binary DER to PEM.',
    );
    expect(result.stderr).toMatch(/refused: .*wizard-config\.json holds no certificate/);
    expect(result.status).toBe(3);
  });
});

describe("npm run generate: TLS checks", () => {
  it("warns, as Review does, when the CA set does not cover what the proxy presented", async () => {
    const pki = makePki();
    try {
      const corpRoot = pki.root("Corp Root CA");
      const inspection = pki.issue(corpRoot, "Corp Inspection CA G2", { ca: true });
      const leaf = pki.issue(inspection, "registry.useflows.com", {
        dnsNames: ["registry.useflows.com"],
      });
      const checked = (certificates: { pem: string; label: string }[]) => {
        const file = join(dir, `checks-${certificates.length}.json`);
        writeFileSync(
          file,
          wizardConfigFile(
            installPlan(
              configSchema.parse({
                certificates,
                tlsChecks: [{ host: "registry.useflows.com", chain: [leaf.pem, inspection.pem] }],
              }),
            ),
          ).contents,
        );
        return file;
      };
      const lines: string[] = [];
      await run(["--config", checked([]), "--out", join(dir, "c0.zip")], (l) => lines.push(l));
      expect(lines.join("")).toContain(
        `${REVIEW}TLS check registry.useflows.com:443: the Flows services' CA set does not cover what is presented. The chain ends at "Corp Inspection CA G2", issued by "Corp Root CA"`,
      );
      const covered: string[] = [];
      await run(
        [
          "--config",
          checked([{ pem: corpRoot.pem, label: "Corp Root CA" }]),
          "--out",
          join(dir, "c1.zip"),
        ],
        (l) => covered.push(l),
      );
      expect(covered.join("")).not.toContain("TLS check");
      // Only the intermediate: a path exists, but not for every program that trusts the set.
      const partly: string[] = [];
      await run(
        [
          "--config",
          checked([{ pem: inspection.pem, label: "Corp Inspection CA G2" }]),
          "--out",
          join(dir, "c2.zip"),
        ],
        (l) => partly.push(l),
      );
      const warned = partly.join("");
      expect(warned).toMatch(
        /warning: review: TLS check registry\.useflows\.com:443: the (agents'|Flows services') CA set is only partly covered\. The path ends at the intermediate CA "Corp Inspection CA G2", not at a self-signed root/,
      );
      expect(warned).toContain(
        'Add the root "Corp Root CA" (subject "O=Test PKI, CN=Corp Root CA"',
      );
    } finally {
      pki.cleanup();
    }
  });
});
