import { describe, expect, it } from "vitest";
import { installPlan } from "../plan";
import { parseTestConfig } from "../testing/config";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { receiver } from "../receivers";
import { installShFile } from "../generators/install-sh";
import { runInstallSh } from "../generators/install-sh-fakes";
import { generateFiles } from "../generators";
import { toolTargets } from "../generators/parts/preflight-targets";
import { preflightShFile } from "../generators/preflight-sh";
import { proxyPlan } from "../config/derive";
import { workstationEnvironment } from "./workstation-env";

const config = (workstation: boolean, withCa = true) =>
  parseTestConfig({
    basics: { awsRegion: "eu-west-1" },
    proxy: { enabled: true, httpProxy: "http://proxy.corp.example:3128", workstation },
    certificates: withCa
      ? TEST_CERTIFICATES.slice(0, 1).map(({ pem, label }) => ({ pem, label }))
      : [],
  });

describe("the workstation behind the proxy", () => {
  it("is off by default and without a proxy", () => {
    expect(installPlan(config(false)).commands.workstation).toBeNull();
    expect(
      installPlan(parseTestConfig({ proxy: { workstation: true } })).commands.workstation,
    ).toBeNull();
  });

  it("exports only variables the receivers table says each tool reads", () => {
    const env = workstationEnvironment(config(true), proxyPlan(config(true)))!;
    for (const variable of env.variables)
      for (const id of variable.readBy) {
        const r = receiver(id);
        const reads = [...r.proxyVariables.value.reads, r.caTrust.value].join(" ");
        expect(reads, `${variable.name} for ${id}`).toContain(variable.name);
      }
    // Every tool install.sh runs gets an HTTPS proxy, a NO_PROXY and, with certificates, a CA file.
    for (const id of [
      "workstation-tofu",
      "workstation-aws",
      "workstation-helm",
      "workstation-curl",
    ] as const) {
      const names = env.variables.filter((v) => v.readBy.includes(id)).map((v) => v.name);
      expect(
        names.some((n) => /^https_proxy$/i.test(n)),
        id,
      ).toBe(true);
      expect(
        names.some((n) => /^no_proxy$/i.test(n)),
        id,
      ).toBe(true);
      if (id !== "workstation-helm" && id !== "workstation-tofu")
        expect(
          names.some((n) => n.endsWith("CA_BUNDLE")),
          id,
        ).toBe(true);
    }
    expect(env.noProxy).toBe("localhost,127.0.0.1,.cluster.local,.eu-west-1.eks.amazonaws.com");
  });

  it("gives install.sh's tools the proxy, NO_PROXY and a CA file of the system's roots and the bundle's", () => {
    const plan = installPlan(config(true));
    const run = runInstallSh(installShFile(plan).contents, {}, generateFiles(plan));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    for (const tool of ["tofu", "aws", "kubectl", "helm"]) {
      const env = run.env[tool]!;
      expect(env).toMatchObject({
        HTTPS_PROXY: "http://proxy.corp.example:3128",
        https_proxy: "http://proxy.corp.example:3128",
        HTTP_PROXY: "http://proxy.corp.example:3128",
        http_proxy: "http://proxy.corp.example:3128",
        NO_PROXY: plan.commands.workstation!.noProxy,
        no_proxy: plan.commands.workstation!.noProxy,
      });
      expect(env.AWS_CA_BUNDLE).toBe(env.SSL_CERT_FILE);
      expect(env.CURL_CA_BUNDLE).toBe(env.SSL_CERT_FILE);
    }
    expect(run.caFile).toContain(TEST_CERTIFICATES[0]!.pem.trim());
    expect(run.caFile!.length).toBeGreaterThan(TEST_CERTIFICATES[0]!.pem.length);
    // Without the choice, install.sh sets no proxy for its tools.
    const directPlan = installPlan(config(false));
    const direct = runInstallSh(installShFile(directPlan).contents, {}, generateFiles(directPlan));
    expect(direct.status).toBe(0);
    expect(direct.env["tofu"]!.HTTPS_PROXY).toBeUndefined();
  });

  it("has preflight.sh try the tools with install.sh's NO_PROXY and trust", () => {
    const plan = installPlan(config(true));
    const targets = Object.values(toolTargets(plan)).flat();
    const tried = targets.filter((t) => "url" in t);
    expect(tried.length).toBeGreaterThan(0);
    for (const t of tried) expect(t).toMatchObject({ trust: "workstation" });
    const script = preflightShFile(plan).contents;
    expect(script).toContain("TRUST_workstation=");
    expect(script).toContain(".eu-west-1.eks.amazonaws.com");
    // Not behind the proxy: install.sh sets neither, so the tools are tried with this machine's
    // own proxy variables and trust store, not through the bundle's proxy with its CAs alone.
    const off = Object.values(toolTargets(installPlan(config(false)))).flat();
    const offTried = off.filter((t) => "url" in t);
    expect(offTried.length).toBeGreaterThan(0);
    // aws trusts AWS_CA_BUNDLE or its own bundled roots, not the machine's store (lib/receivers).
    for (const t of offTried)
      expect(t).toMatchObject({
        route: "environment",
        trust: t.label.startsWith("aws: ") ? "aws" : "system",
      });
  });

  it("sets no CA variable without certificates", () => {
    const env = workstationEnvironment(config(true, false), proxyPlan(config(true, false)))!;
    expect(env.variables.map((v) => v.name)).not.toContain("SSL_CERT_FILE");
  });
});
