// Fakes for install.sh's tests: tofu, aws, kubectl, helm and docker on PATH that record every
// command line and what kubectl was given on its standard input, and answer just enough
// (`tofu output -raw`) for the script to run to its end.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const FAKE = `#!/usr/bin/env bash
d=$(dirname "$0")
{ printf '%s' "$(basename "$0")"; printf ' %s' "$@"; printf '\\n'; } >>"$d/argv.log"
env -0 >"$d/env-$(basename "$0")-$RANDOM$RANDOM"
if [ -n "\${SSL_CERT_FILE:-}" ]; then cp "$SSL_CERT_FILE" "$d/ca-file"; fi
case "$(basename "$0") $*" in
  "tofu -chdir=terraform output -raw eks_cluster_name") echo flows ;;
  "tofu -chdir=terraform output -raw "*) echo "{}" ;;
  "kubectl apply -f -"|"kubectl "*" apply -f -") cat >"$d/stdin-$RANDOM$RANDOM" ;;
  "aws ecr get-login-password"*) echo token ;;
  "aws eks describe-cluster"*nodeRoleArn*) echo arn:aws:iam::123456789012:role/flows-nodes ;;
  "aws eks describe-cluster"*subnetIds*) echo '[{"id": "subnet-0a1b2c3d"}]' ;;
  "aws eks describe-cluster"*clusterSecurityGroupId*) echo sg-0a1b2c3d ;;
  "docker login"*) cat >/dev/null ;;
esac
exit 0
`;

export interface InstallRun {
  status: number | null;
  stderr: string;
  /** Every command line the fakes saw, one per line: the program's name, then its arguments. */
  argv: string;
  /** What kubectl read on its standard input, one entry per `apply -f -`. */
  stdin: string[];
  /** A copy of the file SSL_CERT_FILE named while the tools ran (install.sh removes it), or null. */
  caFile: string | null;
  /** The environment each fake ran with, by program name. */
  env: Record<string, Record<string, string>>;
}

/** Runs install.sh with the fakes first on PATH, `env` added and the bundle's `files` beside it. */
export function runInstallSh(
  script: string,
  env: Record<string, string> = {},
  bundle: { path: string; contents: string }[] = [],
): InstallRun {
  const root = mkdtempSync(join(tmpdir(), "install-run-"));
  const bin = join(root, "bin");
  mkdirSync(bin);
  for (const tool of ["tofu", "aws", "kubectl", "helm", "docker"]) {
    writeFileSync(join(bin, tool), FAKE);
    chmodSync(join(bin, tool), 0o755);
  }
  writeFileSync(join(root, "install.sh"), script);
  for (const file of bundle) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.contents);
  }
  const run = spawnSync("bash", [join(root, "install.sh")], {
    input: "",
    encoding: "utf8",
    env: { PATH: `${bin}:/usr/bin:/bin`, HOME: root, NODE_ENV: "test", ...env },
  });
  const files = readdirSync(bin);
  const read = (name: string) => readFileSync(join(bin, name), "utf8");
  const envs: Record<string, Record<string, string>> = {};
  for (const name of files.filter((f) => f.startsWith("env-"))) {
    const tool = name.split("-")[1]!;
    envs[tool] = Object.fromEntries(
      read(name)
        .split("\0")
        .filter(Boolean)
        .map((e) => [e.slice(0, e.indexOf("=")), e.slice(e.indexOf("=") + 1)]),
    );
  }
  return {
    status: run.status,
    stderr: run.stderr,
    argv: files.includes("argv.log") ? read("argv.log") : "",
    stdin: files.filter((f) => f.startsWith("stdin-")).map(read),
    caFile: files.includes("ca-file") ? read("ca-file") : null,
    env: envs,
  };
}
