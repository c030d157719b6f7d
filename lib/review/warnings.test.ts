import { installPlan } from "../plan";
import { parseTestConfig } from "../testing/config";
import { describe, expect, it } from "vitest";
import { defaultConfig, type ConfigInput } from "../config/schema";
import fc from "fast-check";
import { fakePem } from "../testing/arbitraries";
import { standingWarnings } from "./warnings";
import { configSummary, markErrors } from "./summary";

const ids = (input: ConfigInput) =>
  standingWarnings(installPlan(parseTestConfig(input))).map((w) => w.id);
const real = { basics: { appDomain: "flows.acme.io" } };

describe("standing warnings", () => {
  it("flags a CA value too large for the EC2 agent's user data, only when agents run on EC2", () => {
    const certificates = fc
      .sample(fakePem, { numRuns: 40, seed: 3 })
      .map((pem) => ({ pem, label: "x" }));
    expect(ids({ ...real, certificates })).toContain("ec2-user-data");
    expect(
      ids({
        ...real,
        certificates,
        basics: { ...real.basics, agents: { ec2: false, kubernetes: true } },
      }),
    ).not.toContain("ec2-user-data");
  });

  it("flags the docs' example domain until it is changed", () => {
    expect(standingWarnings(installPlan(defaultConfig)).map((w) => w.id)).toEqual([
      "example-domain",
    ]);
    expect(ids(real)).toEqual([]);
  });

  it("flags a private ingress until every VPC checklist item is confirmed", () => {
    const network = { ingressScheme: "internal" as const };
    expect(ids({ ...real, network })).toContain("vpc-checklist");
    const confirmed = { privateSubnetsWithNat: true, securityGroups: true, privateAccess: true };
    expect(ids({ ...real, network: { ...network, vpcChecklist: confirmed } })).toEqual([]);
  });

  it("asks only for the private way in when the module creates the VPC, for all three otherwise", () => {
    const vpcChecklist = { privateAccess: true };
    expect(ids({ ...real, network: { ingressScheme: "internal", vpcChecklist } })).toEqual([]);
    const vpc = {
      mode: "existing" as const,
      id: "vpc-0a1b2c3d",
      privateSubnetIds: ["subnet-0000000a", "subnet-0000000b"],
    };
    expect(ids({ ...real, network: { ingressScheme: "internal", vpc, vpcChecklist } })).toEqual([
      "vpc-checklist",
    ]);
  });

  it("flags a proxy whose NO_PROXY misses the cluster's own names", () => {
    const proxy = { enabled: true, httpProxy: "http://proxy.acme.internal:3128" };
    const warning = standingWarnings(installPlan(parseTestConfig({ ...real, proxy }))).find(
      (w) => w.id === "no-proxy-cluster",
    );
    expect(warning?.message).toMatch(/\.svc/);
    expect(warning?.message).not.toMatch(/\.cluster\.local/);
    expect(
      ids({ ...real, proxy: { ...proxy, noProxy: ["localhost", ".cluster.local", ".svc"] } }),
    ).toEqual([]);
  });

  it("flags proxy credentials written as plain values, not those kept in a Secret", () => {
    const proxy = {
      enabled: true,
      httpProxy: "http://u:p@proxy.acme.internal:3128",
      noProxy: [".cluster.local", ".svc"],
    };
    expect(ids({ ...real, proxy })).toEqual([]);
    expect(ids({ ...real, proxy: { ...proxy, credentials: "plain" } })).toEqual([
      "proxy-plain-credentials",
    ]);
  });

  it("flags a setup with no agents at all", () => {
    expect(ids({ basics: { ...real.basics, agents: { ec2: false, kubernetes: false } } })).toEqual([
      "no-agents",
    ]);
  });
});

describe("the summary of a configuration with errors", () => {
  it("says which line has an error instead of showing its stand-in as a choice", () => {
    const lines = configSummary(installPlan(parseTestConfig({})));
    const marked = markErrors(lines, [
      { path: "proxy.httpProxy", message: "Enter the proxy URL." },
      { path: "basics.appDomainX", message: "not a prefix match" },
    ]);
    expect(marked.find((l) => l.label === "Proxy")).toMatchObject({
      error: "Enter the proxy URL.",
      field: "proxy.httpProxy",
    });
    expect(marked.filter((l) => l.error)).toHaveLength(1);
    expect(markErrors(lines, [])).toEqual(lines);
  });
});
