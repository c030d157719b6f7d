import { installPlan } from "../plan";
import { parseTestConfig } from "../testing/config";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { proxyPlan } from "../config/derive";
import { encodeUserinfo, formatProxyUrl } from "../proxy/url";
import { adversarialString, validConfig } from "../testing/arbitraries";
import { installShFile } from "./install-sh";
import { runInstallSh } from "./install-sh-fakes";
import { generateFiles } from "./index";
import { TEST_CERTIFICATES } from "../testing/certificates";

const dir = mkdtempSync(join(tmpdir(), "install-sh-"));

function shellcheck(script: string): string {
  const path = join(dir, "install.sh");
  writeFileSync(path, script);
  const result = spawnSync("shellcheck", ["-s", "bash", path], { encoding: "utf8" });
  return result.status === 0 ? "" : result.stdout + result.stderr;
}

describe("install.sh", () => {
  it("runs the steps in order with the ingress manifest of the chosen scheme", () => {
    const text = installShFile(
      installPlan(parseTestConfig({ network: { ingressScheme: "internal" } })),
    ).contents;
    const order = [
      "set -euo pipefail",
      "tofu -chdir=terraform apply",
      "internal_ingress_manifest | kubectl apply -f -",
      "helm upgrade --install",
    ];
    const positions = order.map((needle) => text.indexOf(needle));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain(" ingress_manifest |");
  });

  it("passes bash -n and shellcheck for varied configurations", () => {
    for (const config of fc.sample(validConfig, 12)) {
      const script = installShFile(installPlan(config)).contents;
      execFileSync("bash", ["-n"], { input: script });
      expect(shellcheck(script)).toBe("");
    }
  });

  it("creates the proxy Secret from a password read at run time, never from the bundle", () => {
    const config = parseTestConfig({
      proxy: { enabled: true, httpProxy: "http://bob:hunter2@proxy.corp:3128" },
    });
    const script = installShFile(installPlan(config)).contents;
    expect(script).not.toContain("hunter2");
    expect(script).toContain("| kubectl apply -f -");
    expect(script).not.toContain("--from-literal");
    expect(script).toContain("read -r -s -p");
  });

  it("rebuilds exactly the normalized proxy URL from any password (bash urlencode)", () => {
    fc.assert(
      fc.property(
        adversarialString.filter((s) => s.length > 0 && !s.includes("\u0000")),
        (password) => {
          const config = parseTestConfig({
            proxy: {
              enabled: true,
              httpProxy: `http://bob:${encodeUserinfo(password)}@proxy.corp:3128`,
            },
          });
          const step = installPlan(config).commands.steps[0]!;
          const out = execFileSync(
            "bash",
            ["-c", `set -euo pipefail\n${step.commands.join("\n")}\nprintf '%s' "$HTTP_PROXY_URL"`],
            {
              env: { ...process.env, FLOWS_PROXY_PASSWORD: password },
            },
          ).toString();
          // In Secret mode the bundle knows no password: install.sh puts the typed one in place.
          expect(out).toBe(formatProxyUrl({ ...proxyPlan(config)!.http, password }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("stops with a message, not silently, when it must ask for the password but has no terminal", () => {
    const config = parseTestConfig({
      proxy: { enabled: true, httpProxy: "http://bob:secret@proxy.corp:3128" },
    });
    const step = installPlan(config).commands.steps[0]!;
    const env = { ...process.env };
    delete env.FLOWS_PROXY_PASSWORD;
    const run = spawnSync("bash", ["-c", `set -euo pipefail\n${step.commands.join("\n")}`], {
      input: "",
      encoding: "utf8",
      env,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "install.sh: set FLOWS_PROXY_PASSWORD to the password of proxy user bob (no terminal to ask it on)",
    );
  });
});

describe("install.sh and secrets", () => {
  const password = "p@ss w'rd$(id)&%;!*";
  const httpsPassword = "other:secret/+";
  const forms = (secret: string) => [secret, encodeUserinfo(secret), encodeURIComponent(secret)];

  it("puts no proxy password on any command line: the Secret reaches kubectl on its standard input", () => {
    const config = parseTestConfig({
      network: { egress: { mirror: "module-ecr" } },
      basics: { agents: { ec2: true, kubernetes: true } },
      proxy: {
        enabled: true,
        httpProxy: "http://bob@proxy.corp:3128",
        httpsProxy: "http://alice@proxy2.corp:3129",
      },
    });
    const run = runInstallSh(installShFile(installPlan(config)).contents, {
      FLOWS_PROXY_PASSWORD: password,
      FLOWS_HTTPS_PROXY_PASSWORD: httpsPassword,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.argv).toContain("helm upgrade --install");
    for (const secret of [...forms(password), ...forms(httpsPassword)])
      expect(run.argv).not.toContain(secret);
    const plan = proxyPlan(config)!;
    const secrets = run.stdin.map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(secrets).toContainEqual({
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "spacelift-flows-proxy", namespace: "default" },
      type: "Opaque",
      stringData: {
        HTTP_PROXY: formatProxyUrl({ ...plan.http, password }),
        HTTPS_PROXY: formatProxyUrl({ ...plan.https, password: httpsPassword }),
      },
    });
  });

  it.each([
    ["none", false],
    ["none", true],
    ["flux", false],
    ["flux", true],
    ["argocd", true],
  ] as const)(
    "puts no proxy password on any command line with GitOps %s, workstation behind the proxy %s, and the nodes' NodeClass",
    (tool, workstation) => {
      const config = parseTestConfig({
        basics: { agents: { ec2: true, kubernetes: true } },
        network: { egress: { restricted: true } },
        proxy: {
          enabled: true,
          httpProxy: "http://bob@proxy.corp:3128",
          credentials: "secret",
          workstation,
        },
        certificates: TEST_CERTIFICATES.slice(0, 1).map(({ pem, label }) => ({ pem, label })),
        gitops: { tool },
      });
      const plan = installPlan(config);
      // The NodeClass step (issue 26) and the GitOps steps (issue 27) run beside the whole bundle.
      expect(plan.nodes).not.toBeNull();
      const run = runInstallSh(
        installShFile(plan).contents,
        { FLOWS_PROXY_PASSWORD: password },
        generateFiles(plan),
      );
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      for (const secret of forms(password)) expect(run.argv).not.toContain(secret);
      // The password did reach its readers, on their standard input.
      expect(run.stdin.join("\n")).toContain(encodeUserinfo(password));
    },
  );
});
