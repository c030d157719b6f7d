import { describe, expect, it } from "vitest";
import { configSchema } from "../config/schema";
import { parseNoProxyEntry } from "../proxy/no-proxy";
import { parseVpcCidr } from "../proxy/vpc-cidr";
import {
  eksDefaultServiceCidr,
  isSuggestionOn,
  noProxySuggestions,
  toggleSuggestion,
} from "./suggestions";

const privateConfig = configSchema.parse({
  basics: { appDomain: "flows.corp.example", awsRegion: "us-east-1" },
  network: { ingressScheme: "internal" },
});

describe("noProxySuggestions", () => {
  it("gives every suggestion a one-line reason and normalized entries", () => {
    for (const suggestion of noProxySuggestions(privateConfig, { vpcCidr: "10.20.0.0/16" })) {
      expect(suggestion.reason).not.toMatch(/\n/);
      expect(suggestion.reason.length).toBeGreaterThan(10);
      for (const entry of suggestion.entries) {
        const parsed = parseNoProxyEntry(entry);
        expect(parsed.ok && parsed.entry).toBe(entry);
      }
    }
  });

  it("suggests .svc, instance metadata, S3 in the region and the service range as an assumption", () => {
    const byId = new Map(noProxySuggestions(privateConfig).map((s) => [s.id, s]));
    expect(byId.get("svc")?.entries).toEqual([".svc"]);
    expect(byId.get("instance-metadata")?.entries).toEqual(["169.254.169.254"]);
    expect(byId.get("s3-endpoint")?.entries).toEqual([
      "s3.us-east-1.amazonaws.com",
      ".s3.us-east-1.amazonaws.com",
    ]);
    expect(byId.get("service-cidr")?.entries).toEqual(["172.20.0.0/16"]);
    expect(byId.get("service-cidr")?.assumption).toMatch(/describe-cluster/);
  });

  it("offers the VPC range only when one is entered, and picks the service range from it", () => {
    expect(noProxySuggestions(privateConfig).some((s) => s.id === "vpc-cidr")).toBe(false);
    const withVpc = noProxySuggestions(privateConfig, { vpcCidr: "192.168.0.0/16" });
    expect(withVpc.find((s) => s.id === "vpc-cidr")?.entries).toEqual(["192.168.0.0/16"]);
    expect(withVpc.find((s) => s.id === "service-cidr")?.entries).toEqual(["10.100.0.0/16"]);
    const invalid = noProxySuggestions(privateConfig, { vpcCidr: "not a cidr" });
    expect(invalid.some((s) => s.id === "vpc-cidr")).toBe(false);
  });

  it("suggests the app domain only for a private install", () => {
    const domain = noProxySuggestions(privateConfig).find((s) => s.id === "app-domain");
    expect(domain?.entries).toEqual(["flows.corp.example", ".flows.corp.example"]);
    const publicConfig = configSchema.parse({});
    expect(noProxySuggestions(publicConfig).some((s) => s.id === "app-domain")).toBe(false);
  });
});

describe("EKS service range", () => {
  it("is 172.20.0.0/16 inside 10.0.0.0/8 and 10.100.0.0/16 elsewhere", () => {
    expect(eksDefaultServiceCidr("10.0.0.0/16")).toBe("172.20.0.0/16");
    expect(eksDefaultServiceCidr("172.31.0.0/16")).toBe("10.100.0.0/16");
  });

  it("parses the VPC range or explains what to type", () => {
    expect(parseVpcCidr(" 10.0.0.0/016 ")).toEqual({ ok: true, cidr: "10.0.0.0/16" });
    expect(parseVpcCidr("10.0.0.1")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/CIDR/),
    });
  });
});

describe("toggleSuggestion", () => {
  const s3 = noProxySuggestions(privateConfig).find((s) => s.id === "s3-endpoint")!;

  it("adds the missing entries at the end without duplicates and removes them again", () => {
    const start = ["localhost", "s3.us-east-1.amazonaws.com"];
    const on = toggleSuggestion(start, s3, true);
    expect(on).toEqual(["localhost", "s3.us-east-1.amazonaws.com", ".s3.us-east-1.amazonaws.com"]);
    expect(isSuggestionOn(on, s3)).toBe(true);
    expect(isSuggestionOn(start, s3)).toBe(false);
    expect(toggleSuggestion(on, s3, false)).toEqual(["localhost"]);
  });

  it("keeps a list the schema accepts", () => {
    let list = configSchema.parse({}).proxy.noProxy;
    for (const suggestion of noProxySuggestions(privateConfig, { vpcCidr: "10.0.0.0/16" }))
      list = toggleSuggestion(list, suggestion, true);
    const parsed = configSchema.safeParse({ proxy: { noProxy: list } });
    expect(parsed.success).toBe(true);
  });
});
