import { describe, expect, it } from "vitest";
import { configSchema, defaultConfig } from "../config/schema";
import { outboundDestinations } from "./destinations";

describe("outbound destinations", () => {
  it("lists the public registries by default", () => {
    const list = outboundDestinations(defaultConfig).map((d) => d.destination);
    expect(list).toContain("node:24-alpine");
    expect(list).toContain("public.ecr.aws/w5z2f6e8/spacelift-flows-backend");
  });

  it("replaces a public image with the mirror or custom image that stands in for it", () => {
    const config = configSchema.parse({
      network: {
        egress: {
          restricted: true,
          runtimeImage: "registry.acme.io/node:24",
          agentImageRepository: "registry.acme.io/flows-agent",
        },
      },
    });
    const list = outboundDestinations(config).map((d) => d.destination);
    expect(list).toContain("registry.acme.io/node:24");
    expect(list).toContain("registry.acme.io/flows-agent");
    expect(list).not.toContain("node:24-alpine");
    expect(list).not.toContain("public.ecr.aws/w5z2f6e8/spacelift-flows-agent");
  });
});
