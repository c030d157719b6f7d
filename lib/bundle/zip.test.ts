import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configSchema } from "../config/schema";
import { generateFiles } from "../generators/index";
import { buildBundleZip, buildZip, bundleFileName, bundleFolderName } from "./zip";

const config = configSchema.parse({
  basics: { appDomain: "flows.corp.example" },
  network: { ingressScheme: "internal" },
  proxy: { enabled: true, httpProxy: "http://proxy.corp:3128" },
});
const FOLDER = "flows-advanced-settings-flows.corp.example";

function writeTemp(bytes: Uint8Array): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), "zip-"));
  const path = join(dir, "bundle.zip");
  writeFileSync(path, bytes);
  return { dir, path };
}

describe("buildZip", () => {
  it("gives byte-identical zips for the same configuration", async () => {
    const a = await buildBundleZip(generateFiles(installPlan(config)), config.basics.appDomain);
    const b = await buildBundleZip(
      generateFiles(installPlan(structuredClone(config))),
      "flows.corp.example",
    );
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("holds every file with its contents, sorted, install.sh executable", async () => {
    const files = generateFiles(installPlan(config));
    const bytes = await buildZip(files);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(files.map((f) => f.path).sort());
    for (const file of files)
      expect(await zip.file(file.path)!.async("string")).toBe(file.contents);
    const { path } = writeTemp(bytes);
    const modes = execFileSync("python3", [
      "-c",
      "import sys,zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.filename, oct(i.external_attr >> 16), i.date_time)",
      path,
    ]).toString();
    expect(modes).toContain("install.sh 0o100755 (1980, 1, 1, 0, 0, 0)");
    expect(modes).toContain("helm/values.yaml 0o100644 (1980, 1, 1, 0, 0, 0)");
    execFileSync("python3", ["-m", "zipfile", "-t", path]);
  });

  it("names the download after the app domain", () => {
    expect(bundleFileName("flows.corp.example")).toBe(`${FOLDER}.zip`);
  });
});

describe("buildBundleZip", () => {
  it("unpacks into one folder named for the install, where sha256sum -c SHA256SUMS passes", async () => {
    const files = generateFiles(installPlan(config));
    const { dir, path } = writeTemp(await buildBundleZip(files, config.basics.appDomain));
    const into = join(dir, "x");
    execFileSync("unzip", ["-q", path, "-d", into]);
    expect(readdirSync(into)).toEqual([FOLDER]);
    const checked = execFileSync("sha256sum", ["-c", "SHA256SUMS"], {
      cwd: join(into, FOLDER),
      encoding: "utf8",
    });
    const ok = checked.trim().split("\n");
    expect(ok).toHaveLength(files.length - 1);
    for (const line of ok) expect(line).toMatch(/: OK$/);
    const zip = await JSZip.loadAsync(await buildBundleZip(files, config.basics.appDomain));
    expect(Object.keys(zip.files)).toEqual(files.map((f) => `${FOLDER}/${f.path}`).sort());
  });

  it("makes a safe folder name of any app domain: one component, no '..', no leading dash", () => {
    expect(bundleFolderName("Flows.Corp.Example")).toBe(FOLDER);
    expect(bundleFolderName("")).toBe("flows-advanced-settings-config");
    expect(bundleFolderName("../../etc")).toBe("flows-advanced-settings-etc");
    expect(bundleFolderName("a..b/ c$(x)")).toBe("flows-advanced-settings-a.b-c-x");
    for (const domain of ["-rf", "a/b", "ä.example", "x".repeat(400), "...", "a b"]) {
      const name = bundleFolderName(domain);
      expect(name, domain).toMatch(/^flows-advanced-settings-[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/);
      expect(name, domain).not.toContain("..");
      expect(name.length, domain).toBeLessThanOrEqual(130);
    }
  });
});
