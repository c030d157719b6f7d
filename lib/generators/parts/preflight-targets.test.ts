// What preflight.sh tries: the CA set, each destination's route, and the operator's tools.
import fc from "fast-check";
import { installPlan } from "../../plan";
import { describe, expect, it } from "vitest";
import { fakePem } from "../../testing/arbitraries";
import { parseTestConfig } from "../../testing/config";
import { preflightCaCertificates, serviceTargets, toolTargets } from "./preflight-targets";

describe("preflight.sh's targets", () => {
  it("verifies against every certificate of the bundle, in order", () => {
    const pems = fc.sample(fakePem, { numRuns: 3, seed: 7 });
    const config = parseTestConfig({ certificates: pems.map((pem) => ({ pem, label: "x" })) });
    expect(preflightCaCertificates(installPlan(config))).toEqual(pems);
  });

  it("leaves out what the proxy never carries: image pulls, the EC2 bootstrap, the install's own ALB", () => {
    const targets = serviceTargets(
      installPlan(parseTestConfig({ basics: { agents: { ec2: true } } })),
    );
    const skipped = targets.flatMap((t) => ("skip" in t ? [t.label] : []));
    expect(skipped).toEqual(
      expect.arrayContaining([
        "public.ecr.aws/w5z2f6e8/spacelift-flows-backend",
        "AWS Secrets Manager API",
        "https://flows.example.com",
      ]),
    );
    const tried = targets.flatMap((t) => ("url" in t ? [t.url] : []));
    expect(tried).toContain("https://registry.useflows.com/core");
    expect(
      tried.some((url) => url.includes("secretsmanager") || url.includes("flows.example.com")),
    ).toBe(false);
  });

  it("asks the AWS APIs this install calls, the chart repository, and skips the EKS endpoint", () => {
    const mirrored = toolTargets(
      installPlan(parseTestConfig({ network: { egress: { mirror: "module-ecr" } } })),
    );
    const urls = (list: typeof mirrored.aws) => list.flatMap((t) => ("url" in t ? [t.url] : []));
    expect(urls(mirrored.aws)).toContain("https://api.ecr.eu-central-1.amazonaws.com/");
    expect(urls(mirrored.aws)).toContain("https://acm.eu-central-1.amazonaws.com/");
    expect(urls(mirrored.docker)).toContain("https://public.ecr.aws/v2/");
    expect(urls(mirrored.helm)).toEqual(["https://downloads.spacelift.io/helm/index.yaml"]);
    expect(mirrored.kubectl).toEqual([
      expect.objectContaining({ skip: expect.stringMatching(/^known after tofu apply/) }),
    ]);
    const plain = toolTargets(
      installPlan(
        parseTestConfig({
          network: {
            tls: {
              certificate: "existing",
              certArn:
                "arn:aws:acm:eu-central-1:123456789012:certificate/12345678-1234-1234-1234-123456789012",
            },
          },
        }),
      ),
    );
    expect(urls(plain.aws).some((url) => url.includes("acm") || url.includes("api.ecr"))).toBe(
      false,
    );
    expect(plain.docker).toEqual([]);
  });
});
