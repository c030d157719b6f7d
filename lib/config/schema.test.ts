// The schema's contract, spelled out: defaults, trimming, where each message lands and what it
// says. Pinned here because the schema is written with zod/mini, whose defaults (no built-in
// messages) differ from classic zod's.
import { describe, expect, it } from "vitest";
import { configSchema, defaultConfig, parseConfig } from "./schema";

const PEM = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";

function issues(input: unknown) {
  const result = parseConfig(input);
  if (result.success) throw new Error("expected the input to be refused");
  return result.issues;
}

describe("configSchema", () => {
  it("fills every default from an empty object", () => {
    expect(defaultConfig).toEqual({
      basics: {
        appDomain: "flows.example.com",
        namespace: "default",
        releaseName: "spacelift-flows",
        awsRegion: "eu-central-1",
        agents: { ec2: true, kubernetes: false },
      },
      network: {
        ingressScheme: "internet-facing",
        vpcChecklist: { privateSubnetsWithNat: false, securityGroups: false, privateAccess: false },
        egress: {
          restricted: false,
          runtimeImage: "",
          backendImageRepository: "",
          agentImageRepository: "",
        },
      },
      proxy: {
        enabled: false,
        httpProxy: "",
        httpsProxy: "",
        noProxy: ["localhost", "127.0.0.1", ".cluster.local"],
        receivers: {
          worker: true,
          gateway: true,
          server: true,
          ec2Agents: true,
          kubernetesAgents: true,
        },
        credentials: "secret",
        secretName: "spacelift-flows-proxy",
        vpcCidr: "",
      },
      certificates: [],
    });
  });

  it("does not share default arrays between parses", () => {
    const a = configSchema.parse({});
    a.proxy.noProxy.push("example.com");
    expect(configSchema.parse({}).proxy.noProxy).toEqual([
      "localhost",
      "127.0.0.1",
      ".cluster.local",
    ]);
  });

  it("trims text before checking it", () => {
    const config = configSchema.parse({
      basics: { appDomain: "  flows.acme.io\t", namespace: " flows " },
      proxy: { httpProxy: " http://proxy.internal:3128 ", vpcCidr: " 10.0.0.0/16 " },
    });
    expect(config.basics.appDomain).toBe("flows.acme.io");
    expect(config.basics.namespace).toBe("flows");
    expect(config.proxy.httpProxy).toBe("http://proxy.internal:3128");
    expect(config.proxy.vpcCidr).toBe("10.0.0.0/16");
  });

  it("puts each field's own message on its path", () => {
    expect(
      issues({
        basics: { appDomain: "https://flows.acme.io", awsRegion: "Frankfurt" },
        network: { egress: { runtimeImage: "UPPER/case:tag" } },
        proxy: { secretName: "Not_A_Name" },
      }).map((i) => i.path),
    ).toEqual([
      "basics.appDomain",
      "basics.awsRegion",
      "network.egress.runtimeImage",
      "proxy.secretName",
    ]);
    expect(issues({ basics: { appDomain: "https://flows.acme.io" } })[0]!.message).toBe(
      "Enter the domain only, without http:// or https://.",
    );
  });

  it("words type errors in English (imported files can hold anything)", () => {
    expect(issues({ basics: { appDomain: 5 } })).toEqual([
      { path: "basics.appDomain", message: "Invalid input: expected string, received number" },
    ]);
    expect(issues({ network: { ingressScheme: "public" } })[0]!.message).toMatch(
      /^Invalid option: expected one of "internet-facing"\|"internal"$/,
    );
    expect(issues({ proxy: { enabled: "yes" } })[0]).toEqual({
      path: "proxy.enabled",
      message: "Invalid input: expected boolean, received string",
    });
  });

  it("checks proxy URLs and the VPC range only when the proxy is on", () => {
    const proxy = { httpProxy: "socks5://proxy:1080", vpcCidr: "10.0.0.0" };
    expect(parseConfig({ proxy }).success).toBe(true);
    expect(issues({ proxy: { ...proxy, enabled: true } }).map((i) => i.path)).toEqual([
      "proxy.httpProxy",
      "proxy.vpcCidr",
    ]);
    expect(
      issues({ proxy: { enabled: true, httpProxy: "http://p:3128", httpsProxy: "p:3128" } }),
    ).toEqual([{ path: "proxy.httpsProxy", message: expect.any(String) }]);
  });

  it("refuses NO_PROXY duplicates and entries that are not in their normal form", () => {
    expect(issues({ proxy: { noProxy: ["a.example", "a.example"] } })).toEqual([
      { path: "proxy.noProxy.1", message: '"a.example" is listed twice.' },
    ]);
    expect(issues({ proxy: { noProxy: ["A.Example"] } })).toEqual([
      { path: "proxy.noProxy.0", message: 'Write "a.example" instead of "A.Example".' },
    ]);
  });

  it("limits list lengths with a sentence", () => {
    const noProxy = Array.from({ length: 201 }, (_, i) => `h${i}.example`);
    expect(issues({ proxy: { noProxy } })[0]!.message).toBe("NO_PROXY holds at most 200 entries.");
    const certificates = Array.from({ length: 201 }, () => ({ pem: PEM, label: "x" }));
    expect(issues({ certificates })[0]!.message).toBe(
      "At most 200 certificates fit in one configuration.",
    );
    expect(issues({ certificates: [{ pem: PEM, label: "x".repeat(201) }] })[0]).toEqual({
      path: "certificates.0.label",
      message: "A certificate label is at most 200 characters.",
    });
    expect(issues({ certificates: [{ pem: PEM.replace("\n", "\r\n"), label: "" }] })[0]!.path).toBe(
      "certificates.0.pem",
    );
  });
});
