import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildZip } from "../lib/bundle/zip";
import { configSchema } from "../lib/config/schema";
import { generateFiles } from "../lib/generators/index";
import { wizardConfigFile } from "../lib/generators/wizard-config";
import { selfSignedCa } from "../lib/testing/openssl";
import { loadConfig, run } from "./generate";

const dir = mkdtempSync(join(tmpdir(), "generate-"));
const root = join(dir, "root.pem");
writeFileSync(root, selfSignedCa({ subject: "/CN=Generate Test Root", days: 365, key: "ec" }));
const config = configSchema.parse({
  network: { ingressScheme: "internal" },
  proxy: { enabled: true, httpProxy: "http://proxy.corp:3128" },
});
const configPath = join(dir, "wizard-config.json");
writeFileSync(configPath, wizardConfigFile(config).contents);

describe("npm run generate", () => {
  it("writes the same zip bytes as the library for the same configuration", async () => {
    const out = join(dir, "bundle.zip");
    await run(["--config", configPath, "--cert", root, "--out", out]);
    const { config: loaded } = loadConfig({ config: configPath, certs: [root] });
    expect(loaded.certificates).toHaveLength(1);
    const expected = await buildZip(generateFiles(loaded));
    expect(Buffer.from(readFileSync(out)).equals(Buffer.from(expected))).toBe(true);
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

  it("refuses a private key given as a certificate", () => {
    const key = join(dir, "key.pem");
    execFileSync("openssl", ["genpkey", "-algorithm", "ed25519", "-out", key], { stdio: "ignore" });
    expect(() => loadConfig({ config: configPath, certs: [key] })).toThrow(/private key/i);
  });
});
