import { installPlan } from "../plan";
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema } from "../config/schema";
import { generateFiles } from "../generators/index";
import type { GeneratedFile } from "../generators/types";
import {
  bastionSnippet,
  executableEntries,
  isBundleDirName,
  pasteSizeNote,
  zipFolder,
} from "./bastion";
import { buildBundleZip, buildZip, bundleFolderName } from "./zip";

const config = configSchema.parse({
  basics: { appDomain: "flows.corp.internal" },
  network: { ingressScheme: "internal" },
  proxy: { enabled: true, httpProxy: "http://proxy.corp.internal:3128" },
});
const files = generateFiles(installPlan(config));
const zip = await buildBundleZip(files, config.basics.appDomain);
const DIR = "flows-advanced-settings-flows.corp.internal";
/** The same files at the top of a zip, with no folder. */
const flat = await buildZip(files);
/** The same files in a folder whose name is not one the snippet may create. */
const oddZip = await buildZip(files, "bundle's $(x)/");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The directory the snippet ran in. */
  cwd: string;
  /** TMPDIR of the run: the snippet's temporary files go there and must be gone afterwards. */
  tmp: string;
}

/** Runs `script` with `shell` in a fresh directory, with PATH limited to `path` when given. */
function run(script: string, shell = "/bin/bash", path?: string): Run {
  const cwd = mkdtempSync(join(tmpdir(), "bastion-"));
  const tmp = join(cwd, ".tmp");
  mkdirSync(tmp);
  const result = spawnSync(shell, ["-c", script], {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      PATH: path ?? process.env.PATH ?? "",
      TMPDIR: tmp,
      HOME: cwd,
      LC_ALL: "C",
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, cwd, tmp };
}

function expectBundle(dir: string, expected: readonly GeneratedFile[]) {
  const listed: string[] = [];
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }))
      if (entry.isDirectory()) walk(join(at, entry.name), `${prefix}${entry.name}/`);
      else listed.push(prefix + entry.name);
  };
  walk(dir, "");
  expect(listed.sort()).toEqual(expected.map((f) => f.path).sort());
  for (const file of expected) {
    expect(readFileSync(join(dir, file.path), "utf8")).toBe(file.contents);
    const executable = (statSync(join(dir, file.path)).mode & 0o111) !== 0;
    expect(executable, file.path).toBe(Boolean(file.executable));
  }
}

/** A PATH holding only the tools named, as links to this machine's copies. */
function toolbox(tools: Record<string, string>): string {
  const bin = mkdtempSync(join(tmpdir(), "bastion-bin-"));
  for (const [name, target] of Object.entries(tools)) symlinkSync(target, join(bin, name));
  return bin;
}

function which(tool: string): string {
  const found = spawnSync("/bin/sh", ["-c", `command -v ${tool}`], { encoding: "utf8" });
  return found.stdout.trim();
}

const realPython = spawnSync("python3", ["-c", "import sys; print(sys.executable)"], {
  encoding: "utf8",
}).stdout.trim();

const BASICS = ["mktemp", "rm", "cat", "mkdir", "mv", "chmod"];

describe("bastionSnippet", () => {
  const snippet = bastionSnippet(zip);

  it("unpacks into the zip's own folder, the one unzip gives", () => {
    expect(snippet.dir).toBe(DIR);
    expect(zipFolder(zip)).toBe(bundleFolderName(config.basics.appDomain));
  });

  it("recreates every file of the bundle, install.sh executable, when run by bash", () => {
    const result = run(snippet.text);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expectBundle(join(result.cwd, DIR), files);
    expect(result.stdout).toContain("bundle.zip: OK");
    expect(result.stdout).toContain(`The bundle is in ${DIR}/`);
    expect(readdirSync(result.tmp)).toEqual([]);
  });

  it("runs under a plain POSIX sh (dash) too", () => {
    const result = run(snippet.text, "/usr/bin/dash");
    expect(result.status).toBe(0);
    expectBundle(join(result.cwd, DIR), files);
  });

  it("falls back to openssl, shasum and python3 -m zipfile where base64, sha256sum and unzip are missing", () => {
    const tools = Object.fromEntries(BASICS.map((t) => [t, which(t)]));
    const path = toolbox({
      ...tools,
      openssl: which("openssl"),
      shasum: which("shasum"),
      python3: realPython,
    });
    for (const missing of ["base64", "sha256sum", "unzip"])
      expect(existsSync(join(path, missing))).toBe(false);
    const result = run(snippet.text, "/bin/bash", path);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("bundle.zip: OK");
    // python3 -m zipfile drops the modes: the snippet sets install.sh's execute bit again.
    expectBundle(join(result.cwd, DIR), files);
  });

  it("stops on a damaged paste: the checksum fails and nothing is unpacked", () => {
    const lines = snippet.text.split("\n");
    const data = lines.findIndex((line) => line.startsWith("UEsDB"));
    const target = data + 3;
    const line = lines[target]!;
    // Still valid base64, one letter different: only the checksum can tell.
    lines[target] = (line[0] === "A" ? "B" : "A") + line.slice(1);
    const result = run(lines.join("\n"));
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain("bundle.zip: FAILED");
    expect(result.stderr).toContain("nothing was unpacked");
    expect(readdirSync(result.cwd)).toEqual([".tmp"]);
    expect(readdirSync(result.tmp)).toEqual([]);
  });

  it("stops on a paste that lost lines, and leaves the user's shell running", () => {
    const lines = snippet.text.split("\n");
    const data = lines.findIndex((line) => line.startsWith("UEsDB"));
    lines.splice(data + 1, 1);
    const result = run(`${lines.join("\n")}\necho shell still here`);
    expect(result.stdout).toContain("shell still here");
    expect(existsSync(join(result.cwd, DIR))).toBe(false);
  });

  it("refuses to overwrite a directory of that name", () => {
    const result = run(`mkdir ${DIR} && echo mine > ${DIR}/keep && ${snippet.text}`);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("already exists");
    expect(readdirSync(join(result.cwd, DIR))).toEqual(["keep"]);
  });

  it("is safe to paste at a prompt: no comments, history expansion or tabs, short data lines", () => {
    expect(snippet.text).not.toMatch(/[#!\t]/);
    const lines = snippet.text.split("\n");
    const start = lines.findIndex((line) => line.startsWith("UEsDB"));
    const end = lines.indexOf("FLOWS_BUNDLE_B64");
    expect(end).toBeGreaterThan(start);
    for (const line of lines.slice(start, end)) expect(line).toMatch(/^[A-Za-z0-9+/=]{1,76}$/);
    expect(snippet.bytes).toBe(Buffer.byteLength(snippet.text));
  });

  it("gives the zip's SHA-256 and the same snippet for the same zip", () => {
    const path = join(mkdtempSync(join(tmpdir(), "bastion-")), "b.zip");
    writeFileSync(path, zip);
    const expected = spawnSync("sha256sum", [path], { encoding: "utf8" }).stdout.split(" ")[0];
    expect(snippet.sha256).toBe(expected);
    expect(bastionSnippet(zip).text).toBe(snippet.text);
  });

  it("quotes a directory name with shell characters and refuses one that is a path", async () => {
    const odd = "bundle's $(x)";
    expect(isBundleDirName(odd)).toBe(false);
    expect(() => bastionSnippet(oddZip)).toThrow(RangeError);
    for (const bad of ["", ".", "..", "a/b", "-rf"]) expect(isBundleDirName(bad), bad).toBe(false);
    const result = run(bastionSnippet(await buildZip(files, "x=1,2@3/")).text);
    expect(result.status).toBe(0);
    expectBundle(join(result.cwd, "x=1,2@3"), files);
  });

  it("refuses a zip whose files are not in one folder", () => {
    expect(() => bastionSnippet(flat)).toThrow(/one folder/);
    expect(zipFolder(flat)).toBeNull();
    expect(zipFolder(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});

describe("executableEntries", () => {
  it("lists the entries written with an execute bit", () => {
    expect(executableEntries(zip).sort()).toEqual(
      files
        .filter((f) => f.executable)
        .map((f) => `${DIR}/${f.path}`)
        .sort(),
    );
  });

  it("lists nothing for bytes that are not a zip", () => {
    expect(executableEntries(new Uint8Array([1, 2, 3]))).toEqual([]);
    expect(executableEntries(new Uint8Array(0))).toEqual([]);
  });
});

describe("pasteSizeNote", () => {
  it("says a small snippet pastes in one go", () => {
    expect(pasteSizeNote(40 * 1024)).toEqual({
      tone: "info",
      size: "40 KB",
      text: "40 KB: small enough to paste in one go in most terminals.",
    });
    expect(pasteSizeNote(2560).size).toBe("2.5 KB");
  });

  it("warns above about 100 KB that some terminals struggle, and what then happens", () => {
    expect(pasteSizeNote(100 * 1024).tone).toBe("info");
    const note = pasteSizeNote(100 * 1024 + 1);
    expect(note.tone).toBe("warning");
    expect(note.text).toMatch(/over about 100 KB.*checksum fails and nothing is unpacked/);
  });

  it("says above 1 MB that it is large for a terminal paste, in MB", () => {
    const note = pasteSizeNote(3 * 1024 * 1024);
    expect(note.size).toBe("3.0 MB");
    expect(note.text).toMatch(/^3\.0 MB is large for a terminal paste/);
  });
});
