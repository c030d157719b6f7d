// The outbound destinations of an install (shared/domain.md, "Outbound destinations"), adjusted
// to the configuration: a custom runtime image or a mirror replaces Docker Hub / Public ECR.
import type { Config } from "../config/schema";
import {
  agentImageRepository,
  backendImageRepository,
  DEFAULT_AGENT_IMAGE,
  DEFAULT_BACKEND_IMAGE,
  DEFAULT_RUNTIME_IMAGE,
  runtimeImage,
} from "../config/derive";
import { registryHosts, registryPort } from "./registries";

export type EgressKind = "image" | "url" | "cidr";

export interface EgressDestination {
  id: string;
  /** What the destination is, as the docs name it: an image, a URL or an IP range. */
  target: string;
  kind: EgressKind;
  /** Host names to allow (empty for IP ranges). */
  hosts: string[];
  /** IP ranges to allow (IPv4 and IPv6). */
  cidrs: string[];
  port: number;
  why: string;
  /** Who opens the connection, which decides whether the pods' proxy applies. */
  connectsFrom: string;
  /** Set when something here is not from the product's documentation. */
  note?: string;
  /** False when the destination is a custom image or mirror instead of the documented default. */
  documented: boolean;
}

const NODES = "EKS nodes (containerd image pull, not the pods' proxy)";
const AGENT_HOSTS = "agent hosts (Docker image pull)";

function imageDestination(
  id: string,
  image: string,
  defaultImage: string,
  why: string,
  connectsFrom: string,
): EgressDestination {
  const registry = registryHosts(image);
  const documented = image === defaultImage;
  const notes = [
    documented ? undefined : `Configured in the wizard instead of ${defaultImage}.`,
    registry.note,
  ].filter(Boolean);
  return {
    id,
    target: image,
    kind: "image",
    hosts: registry.hosts,
    cidrs: [],
    port: registryPort(image),
    why: `${why} (${registry.registry})`,
    connectsFrom,
    ...(notes.length > 0 ? { note: notes.join(" ") } : {}),
    documented,
  };
}

/** Every destination the configured install reaches, in a stable order. */
export function egressDestinations(config: Config): EgressDestination[] {
  const { ec2, kubernetes } = config.basics.agents;
  const agentFrom = [ec2 ? AGENT_HOSTS : "", kubernetes ? NODES : ""].filter(Boolean).join("; ");
  const list: EgressDestination[] = [
    imageDestination(
      "backend-image",
      backendImageRepository(config),
      DEFAULT_BACKEND_IMAGE,
      "Backend services image",
      NODES,
    ),
  ];
  if (ec2 || kubernetes) {
    list.push(
      imageDestination(
        "agent-image",
        agentImageRepository(config),
        DEFAULT_AGENT_IMAGE,
        "Agent image",
        agentFrom,
      ),
      imageDestination(
        "runtime-image",
        runtimeImage(config),
        DEFAULT_RUNTIME_IMAGE,
        "JavaScript runtime image",
        "agents (runtime containers)",
      ),
    );
  }
  list.push(
    {
      id: "anthropic",
      target: "Anthropic API",
      kind: "cidr",
      hosts: ["api.anthropic.com"],
      cidrs: ["160.79.104.0/23", "2607:6bc0::/48"],
      port: 443,
      why: "The built-in assistant",
      connectsFrom: "Flows services",
      note: "The docs give the IP ranges; the host name api.anthropic.com is Anthropic's API endpoint, added for proxies that filter by name.",
      documented: true,
    },
    {
      id: "registry-core",
      target: "https://registry.useflows.com/core",
      kind: "url",
      hosts: ["registry.useflows.com"],
      cidrs: [],
      port: 443,
      why: "Officially supported apps",
      connectsFrom: "Flows services",
      documented: true,
    },
    {
      id: "registry-community",
      target: "https://registry.useflows.com/community",
      kind: "url",
      hosts: ["registry.useflows.com"],
      cidrs: [],
      port: 443,
      why: "Community apps",
      connectsFrom: "Flows services",
      documented: true,
    },
    {
      id: "github",
      target: "https://github.com",
      kind: "url",
      hosts: ["github.com"],
      cidrs: [],
      port: 443,
      why: "Community apps are sourced from GitHub",
      connectsFrom: "Flows services",
      note: "Downloads may be redirected to other GitHub hosts (e.g. codeload.github.com): watch the proxy's log on first use.",
      documented: true,
    },
  );
  return list;
}

/** Unique host names, in first-seen order. */
export function egressHosts(destinations: readonly EgressDestination[]): string[] {
  return [...new Set(destinations.flatMap((d) => d.hosts))];
}

/** Unique IP ranges, in first-seen order. */
export function egressCidrs(destinations: readonly EgressDestination[]): string[] {
  return [...new Set(destinations.flatMap((d) => d.cidrs))];
}

/** Unique ports other than 443 (a mirror on its own port). */
export function extraPorts(destinations: readonly EgressDestination[]): number[] {
  return [...new Set(destinations.map((d) => d.port).filter((p) => p !== 443))].sort(
    (a, b) => a - b,
  );
}
