import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import { configSchema, type ConfigInput } from "../config/schema";
import { bootstrapDestinations, egressDestinations, egressHosts } from "./destinations";
import { imageRegistry, registryHosts } from "./registries";

const config = (input: ConfigInput) => configSchema.parse(input);
const byId = (input: ConfigInput, id: string) =>
  egressDestinations(installPlan(config(input))).find((d) => d.id === id);
const ids = (input: ConfigInput) => egressDestinations(installPlan(config(input))).map((d) => d.id);

describe("egressDestinations", () => {
  it("lists the documented destinations first, in the docs' order, marked documented", () => {
    const destinations = egressDestinations(installPlan(config({})));
    const documented = destinations.filter((d) => d.source === "documented");
    expect(documented.map((d) => d.target)).toEqual([
      "public.ecr.aws/w5z2f6e8/spacelift-flows-backend",
      "public.ecr.aws/w5z2f6e8/spacelift-flows-agent",
      "node:24-alpine",
      "Anthropic API",
      "https://registry.useflows.com/core",
      "https://registry.useflows.com/community",
      "https://github.com",
    ]);
    expect(destinations.slice(0, documented.length)).toEqual(documented);
    expect(destinations.find((d) => d.id === "anthropic")?.cidrs).toEqual([
      "160.79.104.0/23",
      "2607:6bc0::/48",
    ]);
  });

  it("marks what was read from the modules' sources as observed", () => {
    const destinations = egressDestinations(installPlan(config({})));
    const observed = destinations.filter((d) => d.source === "observed").map((d) => d.id);
    expect(observed).toEqual([
      "s3",
      "agent-backend",
      "agent-gateway",
      "ec2-autoscaling",
      "ec2-secrets-manager",
      "ec2-ssm",
      "ec2-cloudwatch",
      "ec2-ecr-public-login",
    ]);
  });

  it("lists the AWS APIs the EC2 agent host's bootstrap calls, in the install's region", () => {
    const destinations = egressDestinations(
      installPlan(config({ basics: { awsRegion: "eu-west-1" } })),
    );
    const bootstrap = bootstrapDestinations(destinations);
    expect(bootstrap.flatMap((d) => d.hosts)).toEqual([
      "autoscaling.eu-west-1.amazonaws.com",
      "secretsmanager.eu-west-1.amazonaws.com",
      "ssm.eu-west-1.amazonaws.com",
      "ssmmessages.eu-west-1.amazonaws.com",
      "ec2messages.eu-west-1.amazonaws.com",
      "logs.eu-west-1.amazonaws.com",
      "monitoring.eu-west-1.amazonaws.com",
      "api.ecr-public.us-east-1.amazonaws.com",
    ]);
    for (const d of bootstrap) {
      expect(d.direct).toBe(true);
      expect(d.note).toContain(
        "before any proxy variable exists: it must be reachable directly or through a VPC endpoint, not through the proxy",
      );
    }
    // IMDS is link-local: never a row.
    expect(egressHosts(destinations).some((h) => h.includes("169.254"))).toBe(false);
  });

  it("has no bootstrap rows without EC2 agents", () => {
    const destinations = egressDestinations(
      installPlan(config({ basics: { agents: { ec2: false, kubernetes: true } } })),
    );
    expect(bootstrapDestinations(destinations)).toEqual([]);
    expect(destinations.map((d) => d.id)).not.toContain("runtime-image");
  });

  it("says the autoscaling API is in the agents' NO_PROXY only when they get the proxy", () => {
    const proxied = byId(
      { proxy: { enabled: true, httpProxy: "http://proxy.corp.example:3128" } },
      "ec2-autoscaling",
    );
    expect(proxied?.note).toContain("the wizard adds it to the agents' NO_PROXY");
    expect(byId({}, "ec2-autoscaling")?.note).not.toContain("NO_PROXY");
  });

  it("logs in to the private ECR of the install's region when the agent image has an ECR ARN", () => {
    const input: ConfigInput = {
      basics: { awsRegion: "eu-central-1" },
      network: { egress: { mirror: "module-ecr" } },
    };
    expect(ids(input)).not.toContain("ec2-ecr-public-login");
    expect(byId(input, "ec2-ecr-login")?.hosts).toEqual(["api.ecr.eu-central-1.amazonaws.com"]);
  });

  it("keeps the Public ECR login for an agent mirror outside ECR (the module logs in anyway)", () => {
    const input: ConfigInput = {
      network: { egress: { mirror: "own", agentImageRepository: "mirror.corp.example/agent" } },
    };
    expect(byId(input, "ec2-ecr-public-login")?.note).toContain("even for another registry");
  });

  it("pulls from the module's ECR mirrors instead of Public ECR", () => {
    const input: ConfigInput = {
      basics: { awsRegion: "eu-west-1", agents: { ec2: true, kubernetes: true } },
      network: { egress: { mirror: "module-ecr" } },
    };
    const expected = [
      "ACCOUNT.dkr.ecr.eu-west-1.amazonaws.com",
      "api.ecr.eu-west-1.amazonaws.com",
      "prod-eu-west-1-starport-layer-bucket.s3.eu-west-1.amazonaws.com",
    ];
    expect(byId(input, "backend-image")?.hosts).toEqual(expected);
    expect(byId(input, "agent-image")?.hosts).toEqual(expected);
    expect(byId(input, "backend-image")?.source).toBe("configured");
    expect(egressHosts(egressDestinations(installPlan(config(input))))).not.toContain(
      "public.ecr.aws",
    );
  });

  it("lists the Flows bucket's regional endpoint and bucket hosts", () => {
    const s3 = byId({ basics: { awsRegion: "us-west-2" } }, "s3");
    expect(s3?.hosts).toEqual(["s3.us-west-2.amazonaws.com", "*.s3.us-west-2.amazonaws.com"]);
    expect(s3?.clients).toEqual(["flows-services"]);
  });

  it("lists the app domain and its gateway for agents only behind an internet-facing ALB", () => {
    const base: ConfigInput = { basics: { appDomain: "flows.corp.example" } };
    expect(byId(base, "agent-backend")?.hosts).toEqual(["flows.corp.example"]);
    expect(byId(base, "agent-gateway")?.target).toBe("https://gateway.flows.corp.example");
    expect(ids({ ...base, network: { ingressScheme: "internal" } })).not.toContain("agent-backend");
    expect(ids({ basics: { agents: { ec2: false, kubernetes: false } } })).not.toContain(
      "agent-gateway",
    );
  });

  it("says image pulls and the bootstrap bypass the proxy, and the services may use it", () => {
    const destinations = egressDestinations(installPlan(config({})));
    const direct = destinations.filter((d) => d.direct).map((d) => d.id);
    expect(direct).toContain("backend-image");
    expect(direct).toContain("runtime-image");
    expect(direct).not.toContain("anthropic");
    expect(direct).not.toContain("agent-backend");
    expect(byId({}, "runtime-image")?.note).toContain(
      "Docker daemon, which does not use the proxy",
    );
  });

  it("replaces Docker Hub with the custom runtime image's registry", () => {
    const hosts = egressHosts(
      egressDestinations(
        installPlan(
          config({ network: { egress: { runtimeImage: "registry.corp.example/node:24" } } }),
        ),
      ),
    );
    expect(hosts).toContain("registry.corp.example");
    expect(hosts.some((h) => h.endsWith("docker.io"))).toBe(false);
  });

  it("replaces Public ECR with the mirrors, and marks them as configured", () => {
    const destinations = egressDestinations(
      installPlan(
        config({
          network: {
            egress: {
              mirror: "own",
              backendImageRepository: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/flows-backend",
              agentImageRepository: "mirror.corp.example:5000/flows-agent",
            },
          },
        }),
      ),
    );
    const backend = destinations.find((d) => d.id === "backend-image")!;
    expect(backend.hosts).toContain(
      "prod-eu-west-1-starport-layer-bucket.s3.eu-west-1.amazonaws.com",
    );
    expect(backend.source).toBe("configured");
    const agent = destinations.find((d) => d.id === "agent-image")!;
    expect(agent.hosts).toEqual(["mirror.corp.example"]);
    expect(agent.port).toBe(5000);
    expect(egressHosts(destinations)).not.toContain("public.ecr.aws");
  });

  it("leaves out agent and runtime images when no agents are installed", () => {
    const list = ids({ basics: { agents: { ec2: false, kubernetes: false } } });
    expect(list).not.toContain("agent-image");
    expect(list).not.toContain("runtime-image");
  });
});

describe("image registries", () => {
  it.each([
    ["node:24-alpine", "docker.io"],
    ["library/node", "docker.io"],
    ["localhost/x", "localhost"],
    ["registry.example.com:5000/a/b:1", "registry.example.com:5000"],
    ["public.ecr.aws/w5z2f6e8/spacelift-flows-agent", "public.ecr.aws"],
  ])("reads the registry of %s as %s", (image, registry) => {
    expect(imageRegistry(image)).toBe(registry);
  });

  it("names Docker Hub's pull hosts", () => {
    expect(registryHosts("node:24-alpine").hosts).toContain("registry-1.docker.io");
  });

  it("names Public ECR's layer storage next to public.ecr.aws", () => {
    expect(registryHosts("public.ecr.aws/w5z2f6e8/spacelift-flows-agent").hosts).toEqual([
      "public.ecr.aws",
      "d2glxqk2uabbnd.cloudfront.net",
      "d5l0dvt14r5h8.cloudfront.net",
    ]);
  });
});
