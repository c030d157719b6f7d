import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import { configSchema, type ConfigInput } from "../config/schema";
import { additionsByReason, noProxyAdditions, serviceCidrs } from "./receivers";

const parse = (input: ConfigInput) =>
  configSchema.parse({
    ...input,
    proxy: { enabled: true, httpProxy: "http://p:3128", ...input.proxy },
  });

describe("NO_PROXY per agent receiver", () => {
  it("adds the regional auto scaling endpoint for EC2 agents, unless the list covers it", () => {
    expect(installPlan(parse({})).agentNoProxy["ec2Agents"].value).toBe(
      "localhost,127.0.0.1,.cluster.local,autoscaling.eu-central-1.amazonaws.com,169.254.169.254",
    );
    expect(
      noProxyAdditions(
        installPlan(
          parse({ proxy: { noProxy: [".eu-central-1.amazonaws.com", "169.254.169.254"] } }),
        ),
        "ec2Agents",
      ),
    ).toEqual([]);
    expect(
      noProxyAdditions(installPlan(parse({ proxy: { noProxy: ["*"] } })), "ec2Agents"),
    ).toEqual([]);
  });

  it("keeps the instance metadata service out of the proxy for the host's AWS CLI, citing AWS", () => {
    const [imds] = noProxyAdditions(
      installPlan(parse({ proxy: { noProxy: [".amazonaws.com"] } })),
      "ec2Agents",
    );
    expect(imds!.entry).toBe("169.254.169.254");
    expect(imds!.reason).toContain(
      "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-proxy.html",
    );
    expect(
      noProxyAdditions(installPlan(parse({})), "kubernetesAgents").map((a) => a.entry),
    ).not.toContain("169.254.169.254");
  });

  it("keeps an internal load balancer in the agents' VPC out of the proxy", () => {
    const internal = parse({
      basics: { appDomain: "flows.acme.corp" },
      network: { ingressScheme: "internal" },
    });
    expect(noProxyAdditions(installPlan(internal), "ec2Agents").map((a) => a.entry)).toEqual([
      "flows.acme.corp",
      ".flows.acme.corp",
      "autoscaling.eu-central-1.amazonaws.com",
      "169.254.169.254",
    ]);
    expect(
      noProxyAdditions(installPlan(internal), "kubernetesAgents").map((a) => a.entry),
    ).toContain(".flows.acme.corp");
    const covered = parse({
      basics: { appDomain: "flows.acme.corp" },
      network: { ingressScheme: "internal" },
      proxy: { noProxy: [".acme.corp"] },
    });
    expect(noProxyAdditions(installPlan(covered), "ec2Agents").map((a) => a.entry)).toEqual([
      "autoscaling.eu-central-1.amazonaws.com",
      "169.254.169.254",
    ]);
  });

  it("adds the Kubernetes service range: the module VPC's one, or both EKS defaults when unknown", () => {
    expect(serviceCidrs(installPlan(parse({})))).toEqual(["172.20.0.0/16"]);
    const existing = parse({
      network: {
        vpc: {
          mode: "existing",
          id: "vpc-0a1b2c3d",
          privateSubnetIds: ["subnet-0000000a", "subnet-0000000b"],
          publicSubnetIds: ["subnet-0000000c", "subnet-0000000d"],
        },
      },
    });
    expect(serviceCidrs(installPlan(existing))).toEqual(["172.20.0.0/16", "10.100.0.0/16"]);
    expect(
      serviceCidrs(installPlan(parse({ ...existing, proxy: { vpcCidr: "192.168.0.0/20" } }))),
    ).toEqual(["10.100.0.0/16"]);
    const both = additionsByReason(noProxyAdditions(installPlan(existing), "kubernetesAgents"));
    expect(both).toHaveLength(1);
    expect(both[0]!.entries).toEqual(["172.20.0.0/16", "10.100.0.0/16"]);
  });
});
