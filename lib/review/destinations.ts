// The outbound destinations a restricted network must allow (shared/domain.md), adjusted to
// the configuration: a mirror or custom image replaces the public registry it stands in for.
import type { Config } from "../config/schema";
import { agentImageRepository, backendImageRepository, runtimeImage } from "../config/derive";

export interface Destination {
  destination: string;
  kind: string;
  why: string;
}

export function outboundDestinations(config: Config): Destination[] {
  const { egress } = config.network;
  return [
    {
      destination: backendImageRepository(config),
      kind: egress.backendImageRepository ? "image, your mirror" : "image, AWS Public ECR",
      why: "backend services (server, worker, gateway)",
    },
    {
      destination: agentImageRepository(config),
      kind: egress.agentImageRepository ? "image, your mirror" : "image, AWS Public ECR",
      why: "agents",
    },
    {
      destination: runtimeImage(config),
      kind: egress.runtimeImage ? "image, your registry" : "image, Docker Hub",
      why: "JavaScript runtimes started by agents",
    },
    {
      destination: "160.79.104.0/23, 2607:6bc0::/48",
      kind: "CIDR, Anthropic API",
      why: "the built-in assistant",
    },
    {
      destination: "https://registry.useflows.com/core",
      kind: "URL",
      why: "officially supported apps",
    },
    { destination: "https://registry.useflows.com/community", kind: "URL", why: "community apps" },
    {
      destination: "https://github.com",
      kind: "URL",
      why: "community apps are sourced from GitHub",
    },
  ];
}
