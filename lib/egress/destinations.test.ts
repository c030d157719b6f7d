import { describe, expect, it } from "vitest";
import { configSchema, type ConfigInput } from "../config/schema";
import { egressDestinations, egressHosts } from "./destinations";
import { imageRegistry, registryHosts } from "./registries";

const config = (input: ConfigInput) => configSchema.parse(input);

describe("egressDestinations", () => {
  it("lists the documented destinations for the default install", () => {
    const destinations = egressDestinations(config({}));
    expect(destinations.map((d) => d.target)).toEqual([
      "public.ecr.aws/w5z2f6e8/spacelift-flows-backend",
      "public.ecr.aws/w5z2f6e8/spacelift-flows-agent",
      "node:24-alpine",
      "Anthropic API",
      "https://registry.useflows.com/core",
      "https://registry.useflows.com/community",
      "https://github.com",
    ]);
    expect(destinations.find((d) => d.id === "anthropic")?.cidrs).toEqual([
      "160.79.104.0/23",
      "2607:6bc0::/48",
    ]);
    expect(destinations.every((d) => d.documented)).toBe(true);
  });

  it("replaces Docker Hub with the custom runtime image's registry", () => {
    const hosts = egressHosts(
      egressDestinations(
        config({ network: { egress: { runtimeImage: "registry.corp.example/node:24" } } }),
      ),
    );
    expect(hosts).toContain("registry.corp.example");
    expect(hosts.some((h) => h.endsWith("docker.io"))).toBe(false);
  });

  it("replaces Public ECR with the mirrors, and marks them as configured", () => {
    const destinations = egressDestinations(
      config({
        network: {
          egress: {
            mirror: "own",
            backendImageRepository: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/flows-backend",
            agentImageRepository: "mirror.corp.example:5000/flows-agent",
          },
        },
      }),
    );
    const backend = destinations.find((d) => d.id === "backend-image")!;
    expect(backend.hosts).toContain(
      "prod-eu-west-1-starport-layer-bucket.s3.eu-west-1.amazonaws.com",
    );
    expect(backend.documented).toBe(false);
    const agent = destinations.find((d) => d.id === "agent-image")!;
    expect(agent.hosts).toEqual(["mirror.corp.example"]);
    expect(agent.port).toBe(5000);
    expect(egressHosts(destinations)).not.toContain("public.ecr.aws");
  });

  it("leaves out agent and runtime images when no agents are installed", () => {
    const ids = egressDestinations(
      config({ basics: { agents: { ec2: false, kubernetes: false } } }),
    ).map((d) => d.id);
    expect(ids).not.toContain("agent-image");
    expect(ids).not.toContain("runtime-image");
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
});
