import { describe, expect, it } from "vitest";
import { parseTestConfig } from "../testing/config";
import { presetConfig } from "../testing/presets";
import { installPlan } from ".";
import { planWithoutMerge } from "./install-plan";

const plan = (input: unknown) => installPlan(parseTestConfig(input));
const ec2Proxy = {
  basics: { agents: { ec2: true, kubernetes: true } },
  proxy: { enabled: true, httpProxy: "http://proxy.corp.example:3128", noProxy: ["localhost"] },
};

// One test per decision: each part of the plan is decided once, here, for every reader.
describe("installPlan", () => {
  it("has no proxy when it is off, and the receivers it reaches when on", () => {
    expect(plan({}).proxy).toBeNull();
    const on = plan(ec2Proxy).proxy!;
    expect(on.httpUrl).toBe("http://proxy.corp.example:3128");
    expect(on.components).toEqual(["server", "worker", "gateway"]);
    expect(on.ec2Agents && on.kubernetesAgents).toBe(true);
  });

  it("gives each agent receiver its own NO_PROXY: the user's list plus what it must reach directly", () => {
    const p = plan(ec2Proxy);
    expect(p.agentNoProxy.ec2Agents.value).toBe(
      "localhost,autoscaling.eu-central-1.amazonaws.com,169.254.169.254",
    );
    expect(p.agentNoProxy.kubernetesAgents.value.split(",")).toContain("172.20.0.0/16");
    expect(p.agentNoProxy.ec2Agents.additions.map((a) => a.entry)).toEqual([
      "autoscaling.eu-central-1.amazonaws.com",
      "169.254.169.254",
    ]);
  });

  it("writes the EC2 inject only when EC2 agents get the proxy, from the EC2 NO_PROXY", () => {
    expect(plan({}).ec2Inject).toBeNull();
    expect(plan(ec2Proxy).ec2Inject).toContain(
      "export NO_PROXY='localhost,autoscaling.eu-central-1.amazonaws.com,169.254.169.254'",
    );
  });

  it("names the images: public by default, the module's mirrors as outputs", () => {
    expect(plan({}).imageNames.backend).toBe("public.ecr.aws/w5z2f6e8/spacelift-flows-backend");
    const mirrored = plan({ network: { egress: { mirror: "module-ecr" } } });
    expect(mirrored.images.backend).toEqual({ output: "ecr_repository_url" });
    expect(mirrored.imageNames.agent).toMatch(/^ACCOUNT\.dkr\.ecr\.eu-central-1\.amazonaws\.com\//);
  });

  it("uses the user's VPC when one is given, else the module's own", () => {
    expect(plan({}).vpc.existing).toBe(false);
    const existing = plan({
      network: {
        vpc: {
          mode: "existing",
          id: "vpc-0a1b2c3d",
          privateSubnetIds: ["subnet-0000000a", "subnet-0000000b"],
          publicSubnetIds: [],
        },
        ingressScheme: "internal",
      },
    });
    expect(existing.vpc).toMatchObject({ existing: true, id: "vpc-0a1b2c3d", cidr: null });
  });

  it("takes cert_arn only for an existing certificate", () => {
    expect(plan({}).certificateArn).toBeNull();
    const arn =
      "arn:aws:acm:eu-central-1:123456789012:certificate/0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f";
    expect(
      plan({ network: { tls: { certificate: "existing", certArn: arn } } }).certificateArn,
    ).toBe(arn);
  });

  it("pins the upstream versions and says which the user overrode", () => {
    const p = plan({ versions: { flowsChartVersion: "0.2.0" } });
    expect(p.versions.flowsChart).toBe("0.2.0");
    expect(p.versions.overridden).toEqual(["flowsChartVersion"]);
  });

  it("exposes the gateway and applies the internal ingress manifest where they are needed", () => {
    const internal = plan({ network: { ingressScheme: "internal" } });
    expect(internal.ingressManifest).toBe("internal_ingress_manifest");
    expect(plan({}).ingressManifest).toBe("ingress_manifest");
    expect(plan({ basics: { agents: { ec2: false, kubernetes: false } } }).exposeGateway).toBe(
      false,
    );
    expect(plan({}).endpoints.gateway).toBe("https://gateway.flows.example.com");
  });

  it("stages the agent pool after the main module when it reads the module's VPC at plan time", () => {
    const p = plan({});
    expect(p.terraform.agentPoolReadsOutputsAtPlan).toBe(true);
    expect(p.commands.agentPoolStaged).toBe(true);
    expect(p.commands.steps.map((s) => s.title)).toContain("EC2 agent pool (OpenTofu)");
  });

  it("gives the agent chart values only with agents in Kubernetes", () => {
    expect(plan({}).chartValues.agent).toBeNull();
    expect(plan(ec2Proxy).chartValues.agent).toMatchObject({
      agent: { kubernetes: { namespace: "default" } },
    });
  });

  it("lists the egress of the configured install", () => {
    const ids = plan({ basics: { awsRegion: "eu-west-1" } }).egress.map((d) => d.id);
    expect(ids).toContain("s3");
    expect(plan({ basics: { awsRegion: "eu-west-1" } }).egress.flatMap((d) => d.hosts)).toContain(
      "s3.eu-west-1.amazonaws.com",
    );
  });

  it("merges the user's values files only when given, and the page's plan never does", () => {
    const config = presetConfig("private-vpc");
    expect(installPlan(config).merge).toEqual({});
    const merged = installPlan(config, { values: "# ours\nreplicaCount: 2\n" });
    expect(merged.merge.values).toMatchObject({ ok: true });
    expect(planWithoutMerge(config).merge).toEqual({});
    expect(merged.chartValues).toEqual(installPlan(config).chartValues);
  });
});
