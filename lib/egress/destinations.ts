// The outbound destinations of an install: the documented ones (shared/domain.md, "Outbound
// destinations"), adjusted to the configuration (a custom runtime image or a mirror replaces
// Docker Hub / Public ECR), then what the modules' sources show the install also reaches.
import type { Config } from "../config/schema";
import {
  DEFAULT_AGENT_IMAGE,
  DEFAULT_BACKEND_IMAGE,
  DEFAULT_RUNTIME_IMAGE,
  type ImagePlan,
  type ProxyPlan,
} from "../config/derive";
import { CHART_IMAGE_TAGS } from "../upstream/charts";
import { agentHostBootstrapApis, flowsBucket } from "./aws-endpoints";
import { destination } from "./clients";
import { registryHosts, registryPort } from "./registries";
import type { EgressClient, EgressDestination } from "./types";

export type { EgressClient, EgressDestination, EgressKind, EgressSource } from "./types";

/** What the egress table reads of the install plan. */
export interface EgressInputs {
  config: Config;
  proxy: ProxyPlan | null;
  images: Pick<ImagePlan, "mirror" | "agentArn">;
  /** The repositories as a person reads them. */
  imageNames: { backend: string; agent: string; runtime: string };
  endpoints: { backend: string; gateway: string };
}

function imageDestination(
  id: string,
  image: string,
  defaultImage: string,
  why: string,
  clients: EgressClient[],
  extraNote?: string,
): EgressDestination {
  const registry = registryHosts(image);
  const documented = image === defaultImage;
  const notes = [
    documented ? undefined : `Configured in the wizard instead of ${defaultImage}.`,
    registry.note,
    extraNote,
  ].filter(Boolean);
  return destination({
    id,
    target: image,
    kind: "image",
    hosts: registry.hosts,
    cidrs: [],
    port: registryPort(image),
    why: `${why} (${registry.registry})`,
    clients,
    ...(notes.length > 0 ? { note: notes.join(" ") } : {}),
    source: documented ? "documented" : "configured",
  });
}

const FLOWS_SERVICES: EgressClient[] = ["flows-services"];

/** The documented destinations that are not images: the same for every install. */
const DOCUMENTED_SERVICES: EgressDestination[] = [
  destination({
    id: "anthropic",
    target: "Anthropic API",
    kind: "cidr",
    hosts: ["api.anthropic.com"],
    cidrs: ["160.79.104.0/23", "2607:6bc0::/48"],
    port: 443,
    why: "The built-in assistant",
    clients: FLOWS_SERVICES,
    note: "The docs give the IP ranges; the host name api.anthropic.com is Anthropic's API endpoint, added for proxies that filter by name.",
    source: "documented",
  }),
  destination({
    id: "registry-core",
    target: "https://registry.useflows.com/core",
    kind: "url",
    hosts: ["registry.useflows.com"],
    cidrs: [],
    port: 443,
    why: "Officially supported apps",
    clients: FLOWS_SERVICES,
    source: "documented",
  }),
  destination({
    id: "registry-community",
    target: "https://registry.useflows.com/community",
    kind: "url",
    hosts: ["registry.useflows.com"],
    cidrs: [],
    port: 443,
    why: "Community apps",
    clients: FLOWS_SERVICES,
    source: "documented",
  }),
  destination({
    id: "github",
    target: "https://github.com",
    kind: "url",
    hosts: ["github.com"],
    cidrs: [],
    port: 443,
    why: "Community apps are sourced from GitHub",
    clients: FLOWS_SERVICES,
    note: "Downloads may be redirected to other GitHub hosts (e.g. codeload.github.com): watch the proxy's log on first use.",
    source: "documented",
  }),
];

function agentImageNote(ec2: boolean, kubernetes: boolean): string | undefined {
  const notes: string[] = [];
  if (ec2)
    notes.push(
      "EC2 agent hosts pull it with Docker during the bootstrap, before any proxy variable exists: directly or through VPC endpoints, not through the proxy.",
    );
  if (kubernetes)
    notes.push(
      `Executor pods in Kubernetes use the same repository (tag ${CHART_IMAGE_TAGS.jsExecutor}).`,
    );
  return notes.length > 0 ? notes.join(" ") : undefined;
}

/** Agents reach the backend and the gateway through the public ALB, from their NAT. */
function publicEndpoints(
  endpoints: EgressInputs["endpoints"],
  clients: EgressClient[],
): EgressDestination[] {
  const row = (id: string, url: string, what: string) =>
    destination({
      id,
      target: url,
      kind: "url",
      hosts: [new URL(url).hostname],
      cidrs: [],
      port: 443,
      why: `Agents reach the ${what} through the internet-facing load balancer`,
      clients,
      note: "Agents inside the VPC reach the public load balancer through the NAT gateway, as any internet host.",
      source: "observed",
    });
  return [
    row("agent-backend", endpoints.backend, "backend"),
    row("agent-gateway", endpoints.gateway, "gateway"),
  ];
}

/** Every destination the configured install reaches, in a stable order: the documented first. */
export function egressDestinations(inputs: EgressInputs): EgressDestination[] {
  const { config, images, imageNames } = inputs;
  const { ec2, kubernetes } = config.basics.agents;
  const list: EgressDestination[] = [
    imageDestination(
      "backend-image",
      imageNames.backend,
      DEFAULT_BACKEND_IMAGE,
      "Backend services image",
      ["eks-nodes"],
      images.mirror === "module-ecr"
        ? "install.sh copies the images into the module's mirrors from public.ecr.aws, on the machine that runs it."
        : undefined,
    ),
  ];
  if (ec2 || kubernetes)
    list.push(
      imageDestination(
        "agent-image",
        imageNames.agent,
        DEFAULT_AGENT_IMAGE,
        "Agent image",
        [
          ...(ec2 ? (["agent-hosts"] as const) : []),
          ...(kubernetes ? (["eks-nodes"] as const) : []),
        ],
        agentImageNote(ec2, kubernetes),
      ),
    );
  // The EC2 module's runtime image; executor pods in Kubernetes use the agent repository instead.
  if (ec2)
    list.push(
      imageDestination(
        "runtime-image",
        imageNames.runtime,
        DEFAULT_RUNTIME_IMAGE,
        "JavaScript runtime image",
        ["agent-hosts"],
        "Pulled by the agent host's Docker daemon, which does not use the proxy.",
      ),
    );
  list.push(...DOCUMENTED_SERVICES, flowsBucket(config));
  const agentClients: EgressClient[] = [
    ...(ec2 ? (["ec2-agents"] as const) : []),
    ...(kubernetes ? (["kubernetes-agents"] as const) : []),
  ];
  if (agentClients.length > 0 && config.network.ingressScheme === "internet-facing")
    list.push(...publicEndpoints(inputs.endpoints, agentClients));
  if (ec2) list.push(...agentHostBootstrapApis(inputs));
  return list;
}

/** The EC2 agent host's bootstrap calls: reached before any proxy exists. */
export function bootstrapDestinations(
  destinations: readonly EgressDestination[],
): EgressDestination[] {
  return destinations.filter((d) => d.kind === "aws-api" && d.clients.includes("agent-hosts"));
}

/** Unique host names as written in the rows (wildcards and placeholders included), first-seen order. */
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
