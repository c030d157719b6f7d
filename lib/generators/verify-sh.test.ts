// verify.sh: bash -n and shellcheck clean for varied and adversarial configurations, and run
// against a fake kubectl that serves deployments built from the bundle's own values files.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { configSchema, type ConfigInput } from "../config/schema";
import { validConfig } from "../testing/arbitraries";
import { helmValues } from "./helm-values";
import { verifyShFile } from "./verify-sh";

const dir = mkdtempSync(join(tmpdir(), "verify-sh-"));

function lint(script: string): string {
  const path = join(dir, "lint.sh");
  writeFileSync(path, script);
  const syntax = spawnSync("bash", ["-n", path], { encoding: "utf8" });
  if (syntax.status !== 0) return syntax.stderr;
  const check = spawnSync("shellcheck", ["-s", "bash", path], { encoding: "utf8" });
  return check.status === 0 ? "" : check.stdout + check.stderr;
}

const PASSWORD = "s3cr'et $(id) `x` & ; !*";
const withSecret: ConfigInput = {
  network: { ingressScheme: "internal", egress: { restricted: true } },
  proxy: {
    enabled: true,
    httpProxy: `http://flows:${encodeURIComponent(PASSWORD).replace(/'/g, "%27")}@proxy.corp.example:3128`,
    noProxy: ["localhost", "127.0.0.1", ".cluster.local", "*", "[::1]:80", "10.0.0.0/16"],
  },
};

describe("verify.sh text", () => {
  it("passes bash -n and shellcheck for varied configurations", () => {
    for (const config of fc.sample(validConfig, 15))
      expect(lint(verifyShFile(config).contents)).toBe("");
  });

  it("passes them for a proxy password full of shell syntax, and holds no password", () => {
    const file = verifyShFile(configSchema.parse(withSecret));
    expect(lint(file.contents)).toBe("");
    expect(file.contents).not.toContain("s3cr");
    expect(file.executable).toBe(true);
  });

  it("counts failures without tripping set -e", () => {
    const text = verifyShFile(configSchema.parse({})).contents;
    expect(text).toContain("set -euo pipefail");
    expect(text).toContain("FAILURES=$((FAILURES + 1))");
    expect(text).not.toMatch(/\(\(FAILURES\+\+\)\)/);
  });
});

/** A kubectl that answers from files in `state`, records `run` overrides and prints pod output. */
function fakeCluster(state: Record<string, unknown>, podOutput: string): string {
  const bin = mkdtempSync(join(dir, "bin-"));
  for (const [name, value] of Object.entries(state))
    writeFileSync(join(bin, `${name}.json`), JSON.stringify(value));
  writeFileSync(join(bin, "pod-output.txt"), podOutput);
  writeFileSync(
    join(bin, "kubectl"),
    `#!/usr/bin/env bash
d=$(dirname "$0")
case "$1 $2" in
  "get namespace") exit 0 ;;
  "get deploy") if [[ "$*" == *spacelift-flows-agent* ]]; then cat "$d/agent.json"; else cat "$d/deploy.json"; fi ;;
  "get secret") cat "$d/secret-$3.json" 2>/dev/null || exit 1 ;;
  "get ingress") cat "$d/ingress.json" ;;
  "get ingressclass") cat "$d/ingressclass.json" ;;
  "get ingressclassparams") cat "$d/params.json" ;;
  run*) for a in "$@"; do case $a in --overrides=*) printf '%s' "\${a#--overrides=}" > "$d/overrides.json" ;; esac; done
        cat "$d/pod-output.txt" ;;
  *) echo "unexpected kubectl $*" >&2; exit 1 ;;
esac
`,
  );
  chmodSync(join(bin, "kubectl"), 0o755);
  return bin;
}

function deployments(values: Record<string, unknown>) {
  return {
    items: (["server", "worker", "gateway"] as const).map((component) => ({
      metadata: { labels: { "app.kubernetes.io/component": component } },
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: component,
                env: [
                  { name: "CONFIG_FILE", value: "/etc/flows/config.yaml" },
                  ...(((values[component] as { extraEnv?: unknown[] } | undefined)?.extraEnv ??
                    []) as unknown[]),
                ],
              },
            ],
          },
        },
      },
    })),
  };
}

function run(script: string, bin: string) {
  const path = join(dir, "verify.sh");
  writeFileSync(path, script);
  return spawnSync("bash", [path], {
    encoding: "utf8",
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      VERIFY_TLS_HOST: "git.corp.example",
    },
  });
}

describe("verify.sh against a fake cluster", () => {
  const config = configSchema.parse(withSecret);
  const internalIngress = {
    items: [
      {
        spec: { ingressClassName: "spacelift-flows" },
        metadata: { annotations: { "alb.ingress.kubernetes.io/scheme": "internal" } },
        status: {
          loadBalancer: {
            ingress: [{ hostname: "internal-k8s-abc.eu-central-1.elb.amazonaws.com" }],
          },
        },
      },
    ],
  };
  const healthy = {
    deploy: deployments(helmValues(config)),
    agent: { items: [] },
    "secret-spacelift-flows-proxy": { data: { HTTP_PROXY: "eA==", HTTPS_PROXY: "eA==" } },
    ingress: internalIngress,
    ingressclass: { spec: { parameters: { name: "spacelift-flows" } } },
    params: { spec: { scheme: "internal" } },
  };

  it("passes every check on an install made from the bundle's own values", () => {
    const bin = fakeCluster(
      healthy,
      "PASS https://github.com reachable via the proxy (HTTP 200)\n",
    );
    const result = run(verifyShFile(config).contents, bin);
    expect(result.stdout).not.toContain("FAIL");
    expect(result.stdout).toContain(
      "PASS  server: HTTP_PROXY is set (secret:spacelift-flows-proxy/HTTP_PROXY)",
    );
    expect(result.stdout).toContain("PASS  load balancer internal-k8s-abc");
    expect(result.stdout).toContain("PASS  from a pod: https://github.com");
    expect(result.status).toBe(0);
    // The probe pod takes HTTPS_PROXY from the same Secret, and gets the TLS host.
    const overrides = JSON.parse(readFileSync(join(bin, "overrides.json"), "utf8"));
    const container = overrides.spec.containers[0];
    expect(container.env).toContainEqual({
      name: "HTTPS_PROXY",
      valueFrom: { secretKeyRef: { name: "spacelift-flows-proxy", key: "HTTPS_PROXY" } },
    });
    expect(container.env).toContainEqual({ name: "VERIFY_TLS_HOST", value: "git.corp.example" });
    expect(container.command.slice(4)).toContain("https://registry.useflows.com/core");
  });

  it("fails with hints, counts every failure and exits 1", () => {
    const broken = {
      ...healthy,
      deploy: deployments({}),
      ingress: { items: [{ ...internalIngress.items[0], metadata: { annotations: {} } }] },
    };
    const bin = fakeCluster(
      broken,
      "FAIL https://github.com not reachable via the proxy: timeout\n",
    );
    const result = run(verifyShFile(config).contents, bin);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      "FAIL  server: HTTP_PROXY is missing, expected secret:spacelift-flows-proxy/HTTP_PROXY",
    );
    expect(result.stdout).toContain("alb.ingress.kubernetes.io/scheme is none, expected internal");
    expect(result.stdout).toMatch(
      /FAIL {2}from a pod: https:\/\/github.com.*\n {6}hint: Allow the host/,
    );
    const failures = result.stdout.split("\n").filter((l) => l.startsWith("FAIL")).length;
    expect(result.stdout).toContain(`verify.sh: ${failures} check(s) failed.`);
  });

  it("compares plain proxy URLs without printing their credentials", () => {
    const plain = configSchema.parse({
      ...withSecret,
      proxy: { ...withSecret.proxy, credentials: "plain" },
    });
    const bin = fakeCluster({ ...healthy, deploy: deployments(helmValues(plain)) }, "");
    const result = run(verifyShFile(plain).contents, bin);
    expect(result.stdout).toContain(
      "PASS  worker: HTTP_PROXY is set (value:http://proxy.corp.example:3128)",
    );
    expect(result.stdout).not.toContain("s3cr");
    expect(result.stdout).toContain("FAIL  probe pod ran");
  });
});
