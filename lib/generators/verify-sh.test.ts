// verify.sh: bash -n and shellcheck clean for varied and adversarial configurations, and run
// against a fake kubectl that serves deployments built from the bundle's own values files.
import { parseTestConfig } from "../testing/config";
import { installPlan } from "../plan";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validConfig } from "../testing/arbitraries";

import { verifyShFile } from "./verify-sh";
import {
  config,
  deployments,
  fakeCluster,
  healthy,
  internalIngress,
  lint,
  run,
  withSecret,
} from "./verify-sh-fakes";

describe("verify.sh text", () => {
  it("passes bash -n and shellcheck for varied configurations", () => {
    for (const config of fc.sample(validConfig, 15))
      expect(lint(verifyShFile(installPlan(config)).contents)).toBe("");
  });

  it("passes them for a proxy password full of shell syntax, and holds no password", () => {
    const file = verifyShFile(installPlan(parseTestConfig(withSecret)));
    expect(lint(file.contents)).toBe("");
    expect(file.contents).not.toContain("s3cr");
    expect(file.executable).toBe(true);
  });

  it("counts failures without tripping set -e", () => {
    const text = verifyShFile(installPlan(parseTestConfig({}))).contents;
    expect(text).toContain("set -euo pipefail");
    expect(text).toContain("FAILURES=$((FAILURES + 1))");
    expect(text).not.toMatch(/\(\(FAILURES\+\+\)\)/);
  });
});

describe("verify.sh against a fake cluster", () => {
  it("passes every check on an install made from the bundle's own values", () => {
    const bin = fakeCluster(
      healthy,
      "PASS https://github.com reachable via the proxy (HTTP 200)\n",
    );
    const result = run(verifyShFile(installPlan(config)).contents, bin);
    expect(result.stdout).not.toContain("FAIL");
    expect(result.stdout).toContain(
      "PASS  server: HTTP_PROXY is set (secret:spacelift-flows-proxy/HTTP_PROXY)",
    );
    expect(result.stdout).toContain("PASS  load balancer internal-k8s-abc");
    expect(result.stdout).toContain(
      "PASS  ingress class spacelift-flows uses EKS Auto Mode's load balancing (controller eks.amazonaws.com/alb)",
    );
    expect(result.stdout).toContain(
      "PASS  ingress class spacelift-flows takes its parameters from EKS Auto Mode's IngressClassParams",
    );
    expect(result.stdout).toContain(
      "PASS  agents on EC2: 1 host(s) of flows-agent-pool in service",
    );
    expect(result.stdout).toContain(
      "INFO  agents on EC2, recent scaling activity: InProgress: Launching a new EC2 instance: i-2",
    );
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
    const result = run(verifyShFile(installPlan(config)).contents, bin);
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
    const plain = parseTestConfig({
      ...withSecret,
      proxy: { ...withSecret.proxy, credentials: "plain" },
    });
    const bin = fakeCluster(
      { ...healthy, deploy: deployments(installPlan(plain).chartValues.flows) },
      "",
    );
    const result = run(verifyShFile(installPlan(plain)).contents, bin);
    expect(result.stdout).toContain(
      "PASS  worker: HTTP_PROXY is set (value:http://proxy.corp.example:3128)",
    );
    expect(result.stdout).not.toContain("s3cr");
    expect(result.stdout).toContain("FAIL  probe pod ran");
    // The probe pod's proxy URL (with its password) went to a Secret on kubectl's standard input:
    // the overrides on kubectl run's command line name the Secret, and hold no password.
    const overrides = readFileSync(join(bin, "overrides.json"), "utf8");
    expect(overrides).not.toContain("s3cr");
    const env = JSON.parse(overrides).spec.containers[0].env;
    expect(env).toContainEqual({
      name: "HTTPS_PROXY",
      valueFrom: {
        secretKeyRef: { name: expect.stringMatching(/^flows-verify-/), key: "HTTPS_PROXY" },
      },
    });
    const applied = JSON.parse(readFileSync(join(bin, "applied.json"), "utf8"));
    expect(applied).toMatchObject({
      kind: "Secret",
      stringData: { HTTPS_PROXY: expect.stringContaining("s3cr") },
    });
    expect(readFileSync(join(bin, "deleted.txt"), "utf8").trim()).toBe(applied.metadata.name);
  });

  it("reports an ingress class that is not EKS Auto Mode's, in EKS Auto Mode's words", () => {
    const lbc = {
      ...healthy,
      ingressclass: {
        spec: {
          controller: "ingress.k8s.aws/alb",
          parameters: {
            apiGroup: "elbv2.k8s.aws",
            kind: "IngressClassParams",
            name: "spacelift-flows",
          },
        },
      },
    };
    const script = verifyShFile(installPlan(config)).contents;
    const result = run(script, fakeCluster(lbc, ""));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      "FAIL  ingress class spacelift-flows has controller ingress.k8s.aws/alb, expected eks.amazonaws.com/alb (EKS Auto Mode)",
    );
    expect(result.stdout).toContain(
      "FAIL  ingress class spacelift-flows has parameters elbv2.k8s.aws/IngressClassParams, expected eks.amazonaws.com/IngressClassParams (EKS Auto Mode)",
    );
    expect(result.stdout).toMatch(/hint: .*tofu output -raw internal_ingress_manifest/);
    expect(script).not.toContain("AWS Load Balancer Controller");
  });

  it("reports a missing ingress class once, with the manifest that creates it", () => {
    const result = run(
      verifyShFile(installPlan(config)).contents,
      fakeCluster({ ...healthy, ingressclass: {} }, ""),
    );
    const lines = result.stdout
      .split("\n")
      .filter((l) => l.includes("ingress class spacelift-flows"));
    expect(lines.filter((l) => l.startsWith("FAIL"))).toEqual([
      "FAIL  ingress class spacelift-flows exists",
      "FAIL  ingress class spacelift-flows uses scheme unknown, expected internal",
    ]);
  });
});
