// Facts that follow from a validated configuration, computed in one place so that every
// generator (and the UI) agrees on them.
import type { Config } from "./schema";
import { formatProxyUrl, parseProxyUrl, type ProxyUrl } from "../proxy/url";

export const PROXY_ENV_NAMES = ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY"] as const;
export type ProxyEnvName = (typeof PROXY_ENV_NAMES)[number];

export const DEFAULT_BACKEND_IMAGE = "public.ecr.aws/w5z2f6e8/spacelift-flows-backend";
export const DEFAULT_AGENT_IMAGE = "public.ecr.aws/w5z2f6e8/spacelift-flows-agent";
export const DEFAULT_RUNTIME_IMAGE = "node:24-alpine";

export interface ProxyPlan {
  http: ProxyUrl;
  https: ProxyUrl;
  /** Normalized URLs, credentials percent-encoded. */
  httpUrl: string;
  httpsUrl: string;
  /** The same URLs with the credentials left out (for links, logs and prompts). */
  httpUrlPublic: string;
  httpsUrlPublic: string;
  noProxy: string;
  hasCredentials: boolean;
  /** Credentials go to a Kubernetes Secret, never into a values file. */
  useSecret: boolean;
  secretName: string;
  /** Chart components (server, worker, gateway) that get the proxy variables. */
  components: ("server" | "worker" | "gateway")[];
  ec2Agents: boolean;
  kubernetesAgents: boolean;
}

/** The proxy as the generators apply it, or null when no proxy is configured. */
export function proxyPlan(config: Config): ProxyPlan | null {
  const { proxy, basics } = config;
  if (!proxy.enabled) return null;
  const http = parseProxyUrl(proxy.httpProxy);
  if (!http.ok) return null;
  const httpsParsed = proxy.httpsProxy === "" ? http : parseProxyUrl(proxy.httpsProxy);
  if (!httpsParsed.ok) return null;
  const hasCredentials = http.url.username !== "" || httpsParsed.url.username !== "";
  return {
    http: http.url,
    https: httpsParsed.url,
    httpUrl: http.normalized,
    httpsUrl: httpsParsed.normalized,
    httpUrlPublic: formatProxyUrl(http.url, false),
    httpsUrlPublic: formatProxyUrl(httpsParsed.url, false),
    noProxy: proxy.noProxy.join(","),
    hasCredentials,
    useSecret: hasCredentials && proxy.credentials === "secret",
    secretName: proxy.secretName,
    components: (["server", "worker", "gateway"] as const).filter((c) => proxy.receivers[c]),
    ec2Agents: basics.agents.ec2 && proxy.receivers.ec2Agents,
    kubernetesAgents: basics.agents.kubernetes && proxy.receivers.kubernetesAgents,
  };
}

/** Agents need the gateway reachable from outside the cluster's services: the ingress exposes it. */
export function exposesGateway(config: Config): boolean {
  return config.basics.agents.ec2 || config.basics.agents.kubernetes;
}

/** The URLs agents connect to. The gateway host follows the chart's ingress (gateway.APP_DOMAIN). */
export function agentEndpoints(config: Config): { backend: string; gateway: string } {
  return {
    backend: `https://${config.basics.appDomain}`,
    gateway: `https://gateway.${config.basics.appDomain}`,
  };
}

export function backendImageRepository(config: Config): string {
  return config.network.egress.backendImageRepository || DEFAULT_BACKEND_IMAGE;
}

export function agentImageRepository(config: Config): string {
  return config.network.egress.agentImageRepository || DEFAULT_AGENT_IMAGE;
}

export function runtimeImage(config: Config): string {
  return config.network.egress.runtimeImage || DEFAULT_RUNTIME_IMAGE;
}
