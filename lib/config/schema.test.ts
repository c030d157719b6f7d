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
        vpc: { mode: "create", id: "", privateSubnetIds: [], publicSubnetIds: [] },
        cluster: { mode: "create", name: "", databaseSecurityGroupIds: [] },
        tls: { certificate: "request", certArn: "", privateDns: false },
        vpcChecklist: { privateSubnetsWithNat: false, securityGroups: false, privateAccess: false },
        egress: {
          restricted: false,
          runtimeImage: "",
          mirror: "public",
          backendImageRepository: "",
          agentImageRepository: "",
        },
      },
      proxy: {
        enabled: false,
        httpProxy: "",
        httpsProxy: "",
        httpUser: "",
        httpsUser: "",
        httpPassword: "",
        httpsPassword: "",
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
        tlsInspection: false,
        workstation: false,
      },
      versions: {
        mainModuleRef: "",
        agentModuleRef: "",
        flowsChartVersion: "",
        agentChartVersion: "",
      },
      gitops: { tool: "none" },
      certificates: [],
      tlsChecks: [],
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

  it("reads NO_PROXY as the page's editor does: split, normalized, de-duplicated", () => {
    const read = (noProxy: string[]) => configSchema.parse({ proxy: { noProxy } }).proxy.noProxy;
    expect(read(["a.example", "A.Example", "*.corp", "b.example c.example,d.example"])).toEqual([
      "a.example",
      ".corp",
      "b.example",
      "c.example",
      "d.example",
    ]);
    expect(issues({ proxy: { noProxy: ["a.example", "10.0.0.0-10.0.0.255"] } })).toEqual([
      { path: "proxy.noProxy.1", message: expect.stringMatching(/Write 10\.0\.0\.0\/24/) },
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

describe("where Flows runs, its certificate and its images", () => {
  const existing = (vpc: Record<string, unknown>, ingressScheme = "internal") =>
    parseConfig({ network: { ingressScheme, vpc: { mode: "existing", ...vpc } } });

  it("asks for an existing VPC's id and at least two private subnets", () => {
    const result = existing({});
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([
      "network.vpc.id",
      "network.vpc.privateSubnetIds",
    ]);
    expect(
      existing({
        id: "vpc-0a1b2c3d4e5f67890",
        privateSubnetIds: ["subnet-0a1b2c3d", "subnet-0a1b2c3e"],
      }).success,
    ).toBe(true);
  });

  it("says what is wrong with an id list, in the field's words", () => {
    const vpc = { id: "vpc-0a1b2c3d" };
    expect(
      issues({
        network: {
          ingressScheme: "internal",
          vpc: { mode: "existing", ...vpc, privateSubnetIds: ["subnet-0a1b2c3d"] },
        },
      })[0]!.message,
    ).toMatch(/at least two private subnets/);
    expect(
      issues({
        network: {
          ingressScheme: "internal",
          vpc: { mode: "existing", ...vpc, privateSubnetIds: ["subnet-0a1b2c3d", "sg-0a1b2c3d"] },
        },
      })[0]!.message,
    ).toBe('"sg-0a1b2c3d" is not a subnet id: subnet- followed by 8 or 17 lower-case hex digits.');
  });

  it("needs public subnets only for an internet-facing load balancer", () => {
    const vpc = { id: "vpc-0a1b2c3d", privateSubnetIds: ["subnet-0000000a", "subnet-0000000b"] };
    expect(existing(vpc, "internal").success).toBe(true);
    const result = existing(vpc, "internet-facing");
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([
      "network.vpc.publicSubnetIds",
    ]);
    expect(
      existing(
        { ...vpc, publicSubnetIds: ["subnet-0000000a", "subnet-0000000c"] },
        "internet-facing",
      ).success,
    ).toBe(false);
  });

  it("ignores the VPC fields while the module creates the VPC", () => {
    expect(
      parseConfig({ network: { vpc: { id: "nonsense", privateSubnetIds: ["x"] } } }).success,
    ).toBe(true);
  });

  describe("an existing EKS cluster", () => {
    const vpc = {
      mode: "existing",
      id: "vpc-0a1b2c3d",
      privateSubnetIds: ["subnet-0000000a", "subnet-0000000b"],
    };
    const withCluster = (cluster: Record<string, unknown>, vpcFields: object = vpc) =>
      parseConfig({
        network: {
          ingressScheme: "internal",
          vpc: vpcFields,
          cluster: { mode: "existing", ...cluster },
        },
      });
    const paths = (result: ReturnType<typeof parseConfig>) =>
      result.success ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);

    it("asks for the cluster's name and the database security groups", () => {
      expect(paths(withCluster({}))).toEqual([
        "network.cluster.name: Enter the name of the existing EKS cluster.",
        "network.cluster.databaseSecurityGroupIds: Enter at least one security group for the database that lets the cluster's nodes in on port 5432.",
      ]);
      expect(
        withCluster({ name: "corp-eks_1", databaseSecurityGroupIds: ["sg-0a1b2c3d"] }).success,
      ).toBe(true);
    });

    it("holds the name to EKS's rule: letters, digits, - and _, a letter or digit first, 100 at most", () => {
      const sg = { databaseSecurityGroupIds: ["sg-0a1b2c3d"] };
      for (const name of ["-eks", "my cluster", "eks.prod", "a".repeat(101)])
        expect(withCluster({ name, ...sg }).success, name).toBe(false);
      expect(withCluster({ name: "a".repeat(100), ...sg }).success).toBe(true);
    });

    it("refuses what is not a security group id, and repeats", () => {
      expect(
        paths(withCluster({ name: "eks", databaseSecurityGroupIds: ["subnet-0a1b2c3d"] })),
      ).toEqual([
        'network.cluster.databaseSecurityGroupIds: "subnet-0a1b2c3d" is not a security group id: sg- followed by 8 or 17 lower-case hex digits.',
      ]);
      expect(
        paths(
          withCluster({ name: "eks", databaseSecurityGroupIds: ["sg-0a1b2c3d", "sg-0a1b2c3d"] }),
        ),
      ).toEqual(["network.cluster.databaseSecurityGroupIds: sg-0a1b2c3d is listed twice."]);
    });

    it("needs the cluster's existing VPC: a new one would hold the database out of its reach", () => {
      const result = withCluster(
        { name: "eks", databaseSecurityGroupIds: ["sg-0a1b2c3d"] },
        { mode: "create" },
      );
      expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([
        "network.cluster.mode",
      ]);
    });

    it("ignores the cluster fields while the module creates the cluster", () => {
      expect(
        parseConfig({ network: { cluster: { name: "-bad-", databaseSecurityGroupIds: ["x"] } } })
          .success,
      ).toBe(true);
    });
  });

  it("checks the certificate ARN only when an existing certificate is chosen", () => {
    expect(parseConfig({ network: { tls: { certArn: "nope" } } }).success).toBe(true);
    expect(issues({ network: { tls: { certificate: "existing" } } })[0]!.path).toBe(
      "network.tls.certArn",
    );
    expect(
      issues({
        network: {
          tls: {
            certificate: "existing",
            certArn: "arn:aws:acm-pca:eu-central-1:123456789012:certificate-authority/x",
          },
        },
      })[0]!.message,
    ).toMatch(/Private CA ARN/);
    expect(
      parseConfig({
        network: {
          tls: {
            certificate: "existing",
            certArn:
              "arn:aws:acm:eu-central-1:123456789012:certificate/0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f",
          },
        },
      }).success,
    ).toBe(true);
  });

  it("wants at least one repository for the user's own registry", () => {
    expect(issues({ network: { egress: { mirror: "own" } } })[0]!.path).toBe(
      "network.egress.agentImageRepository",
    );
  });

  it("checks version overrides", () => {
    expect(issues({ versions: { mainModuleRef: "v1 && rm" } })[0]!.path).toBe(
      "versions.mainModuleRef",
    );
    expect(issues({ versions: { flowsChartVersion: "latest" } })[0]!.message).toBe(
      "Use an exact chart version such as 0.3.0.",
    );
    expect(
      parseConfig({ versions: { agentModuleRef: "v0.4.0", agentChartVersion: "0.3.1" } }).success,
    ).toBe(true);
  });
});
