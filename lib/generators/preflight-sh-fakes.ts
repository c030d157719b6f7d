// Fakes for preflight.sh's tests: the tools install.sh runs (present, doing nothing), a getent
// that answers from a fixed table instead of DNS, and a runner that does not block the event loop
// (the loopback proxy answers from this same process).
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const dir = mkdtempSync(join(tmpdir(), "preflight-sh-"));

/** Names under corp.example resolve privately, under public.example publicly; others not at all. */
const GETENT = `#!/usr/bin/env bash
[ "$1" = ahosts ] || exit 1
case $2 in
  *.corp.example) printf '10.20.30.40     STREAM %s\\n10.20.30.40     DGRAM\\nfd12:3456::1    STREAM\\n' "$2" ;;
  *.public.example) printf '203.0.113.7     STREAM %s\\n10.1.2.3        STREAM\\n' "$2" ;;
  *) exit 2 ;;
esac
`;

/** What preflight.sh itself runs: the only real programs on the tests' PATH. */
const NEEDED = [
  "bash",
  "curl",
  "openssl",
  "awk",
  "sed",
  "grep",
  "sort",
  "tr",
  "head",
  "cat",
  "mktemp",
  "mkdir",
  "rm",
];

/**
 * The whole PATH for a run: the programs preflight.sh needs (less `without`), getent, and the
 * named tools (each exits 0), so that what this machine has installed does not count.
 */
export function fakeTools(
  tools: readonly string[] = ["tofu", "aws", "helm", "kubectl"],
  without: readonly string[] = [],
): string {
  const bin = mkdtempSync(join(dir, "bin-"));
  for (const program of NEEDED.filter((p) => !without.includes(p)))
    symlinkSync(
      execFileSync("bash", ["-c", `command -v ${program}`], { encoding: "utf8" }).trim(),
      join(bin, program),
    );
  const write = (name: string, text: string) => {
    writeFileSync(join(bin, name), text);
    chmodSync(join(bin, name), 0o755);
  };
  write("getent", GETENT);
  for (const tool of tools) write(tool, "#!/bin/sh\nexit 0\n");
  return bin;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the script with bash, PATH from fakeTools, no terminal and no proxy variables. */
export function runScript(script: string, bin: string, env: Record<string, string> = {}) {
  const path = join(mkdtempSync(join(dir, "run-")), "preflight.sh");
  writeFileSync(path, script);
  const childEnv: Record<string, string> = {
    PATH: bin,
    HOME: process.env.HOME ?? dir,
    TMPDIR: dir,
    PREFLIGHT_TIMEOUT: "5",
    ...env,
  };
  return new Promise<Run>((resolve, reject) => {
    const child = spawn("bash", [path], {
      env: childEnv as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** The lines of one kind (PASS, FAIL, SKIP, INFO), without the prefix. */
export function lines(output: string, kind: string): string[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith(`${kind}  `))
    .map((line) => line.slice(kind.length + 2));
}
