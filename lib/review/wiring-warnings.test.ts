import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import { configSchema, type ConfigInput } from "../config/schema";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { looksPrivateDomain, wiringWarnings } from "./wiring-warnings";
import { standingWarnings } from "./warnings";
import { parseTestConfig } from "../testing/config";

const ARN =
  "arn:aws:acm:eu-central-1:123456789012:certificate/0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f";
const warnings = (input: ConfigInput) => wiringWarnings(installPlan(configSchema.parse(input)));
const ids = (input: ConfigInput) => warnings(input).map((w) => w.id);

describe("wiring warnings", () => {
  it("knows private domains by their last labels", () => {
    for (const d of ["flows.corp", "flows.acme.internal", "a.b.local", "x.lan", "f.home.arpa"])
      expect(looksPrivateDomain(d)).toBe(true);
    for (const d of ["flows.acme.io", "corp.example.com", "internal.example.net"])
      expect(looksPrivateDomain(d)).toBe(false);
  });

  it("warns that a private domain needs an existing certificate, and points at the field", () => {
    expect(warnings({ basics: { appDomain: "flows.acme.internal" } })[0]).toMatchObject({
      id: "private-domain-certificate",
      step: "network",
      field: "network.tls.certificate",
    });
    expect(ids({ network: { tls: { privateDns: true } } })).toEqual(["private-domain-certificate"]);
    const withArn = {
      basics: { appDomain: "flows.acme.internal" },
      network: { tls: { certificate: "existing" as const, certArn: ARN } },
      certificates: [{ pem: TEST_CERTIFICATES[0]!.pem, label: "Corp Root" }],
    };
    expect(ids(withArn)).toEqual([]);
  });

  it("warns about a certificate from another region, and reminds that its CA must be trusted", () => {
    const tls = { certificate: "existing" as const, certArn: ARN };
    expect(ids({ basics: { awsRegion: "us-east-1" }, network: { tls } })).toEqual([
      "certificate-region",
      "certificate-issuer-ca",
    ]);
  });

  it("says when a non-ECR mirror must allow anonymous pulls", () => {
    expect(
      ids({ network: { egress: { mirror: "own", agentImageRepository: "registry.corp/agent" } } }),
    ).toEqual(["mirror-anonymous-pulls"]);
    expect(
      ids({
        network: {
          egress: {
            mirror: "own",
            agentImageRepository: "123456789012.dkr.ecr.eu-central-1.amazonaws.com/agent",
          },
        },
      }),
    ).toEqual([]);
    expect(ids({ network: { egress: { mirror: "module-ecr" } } })).toEqual([]);
  });

  it("warns about version overrides, naming what a known older tag lacks", () => {
    const agent = warnings({
      versions: { agentModuleRef: "v0.4.0" },
      proxy: { enabled: true, httpProxy: "http://p:3128" },
    });
    expect(agent.map((w) => w.id)).toEqual(["agent-module-ref"]);
    expect(agent[0]!.message).toMatch(/lacks custom_userdata_inject/);
    const main = warnings({
      versions: { mainModuleRef: "v0.2.0" },
      network: {
        vpc: {
          mode: "existing",
          id: "vpc-0a1b2c3d",
          privateSubnetIds: ["subnet-0000000a", "subnet-0000000b"],
        },
        ingressScheme: "internal",
      },
    });
    expect(main[0]!.message).toMatch(/database security group/);
    const chart = warnings({
      versions: { flowsChartVersion: "0.1.0", agentChartVersion: "0.3.1" },
    });
    expect(chart.map((w) => w.message)).toEqual([
      "spacelift-flows 0.1.0 is older than 0.2.0, which the generated values need (ingress.exposeGateway).",
      "spacelift-flows-agent 0.3.1 is not the version the wizard checked its values against (0.3.0).",
    ]);
  });

  it("warns when the EC2 agents' user data would pass 16 KB", () => {
    const certificates = Array.from({ length: 5 }, (_, i) => ({
      pem: TEST_CERTIFICATES[i % TEST_CERTIFICATES.length]!.pem,
      label: `Root ${i}`,
    }));
    expect(ids({ certificates })).toContain("ec2-user-data");
    expect(ids({ certificates, basics: { agents: { ec2: false, kubernetes: true } } })).toEqual([]);
  });
});

describe("a CA trusted by the services only, with the load balancer's own certificate", () => {
  const arn =
    "arn:aws:acm:eu-central-1:123456789012:certificate/0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f";
  const config = (scope: "both" | "services") =>
    parseTestConfig({
      basics: { agents: { ec2: true } },
      network: { tls: { certificate: "existing", certArn: arn } },
      certificates: [{ pem: TEST_CERTIFICATES[0].pem, label: "Corp Root", scope }],
    });

  it("warns that the agents may not trust the load balancer, and points at the scope", () => {
    const warning = standingWarnings(installPlan(config("services"))).find(
      (w) => w.id === "certificate-issuer-ca-agents",
    );
    expect(warning).toMatchObject({ step: "certificates", field: "certificates.0.scope" });
    expect(warning!.message).toContain('"Corp Root" is trusted by the services only');
    expect(standingWarnings(installPlan(config("both"))).map((w) => w.id)).not.toContain(
      "certificate-issuer-ca-agents",
    );
  });
});
