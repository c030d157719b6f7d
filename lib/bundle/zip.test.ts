import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configSchema } from "../config/schema";
import { generateFiles } from "../generators/index";
import { buildZip, bundleFileName } from "./zip";

const config = configSchema.parse({
  network: { ingressScheme: "internal" },
  proxy: { enabled: true, httpProxy: "http://proxy.corp:3128" },
});

describe("buildZip", () => {
  it("gives byte-identical zips for the same configuration", async () => {
    const a = await buildZip(generateFiles(installPlan(config)));
    const b = await buildZip(generateFiles(installPlan(structuredClone(config))));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("holds every file with its contents, sorted, install.sh executable", async () => {
    const files = generateFiles(installPlan(config));
    const bytes = await buildZip(files);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(files.map((f) => f.path).sort());
    for (const file of files)
      expect(await zip.file(file.path)!.async("string")).toBe(file.contents);
    const path = join(mkdtempSync(join(tmpdir(), "zip-")), "bundle.zip");
    writeFileSync(path, bytes);
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
    expect(bundleFileName("flows.corp.example")).toBe(
      "flows-advanced-settings-flows.corp.example.zip",
    );
  });
});
