// Facts that follow from a validated configuration, computed in one place so that every
// generator (and the UI) agrees on them.
import type { Config, ImageMirror } from "./schema";
import { parseEcrRepository } from "./aws";
import { MAIN_MODULE_FACTS } from "../upstream/modules";
import { CHARTS } from "../upstream/charts";
import { AGENT_MODULE, MAIN_MODULE, moduleSource } from "../upstream/sources";
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
  /** A user name is set: the proxy wants credentials. */
  hasCredentials: boolean;
  /** Credentials go to a Kubernetes Secret, never into a values file. */
  useSecret: boolean;
  /** Plain values mode with a user name but no password typed (it is never stored: after a reload it is gone). */
  passwordMissing: boolean;
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
  const httpParsed = parseProxyUrl(proxy.httpProxy);
  if (!httpParsed.ok) return null;
  const httpsParsed = proxy.httpsProxy === "" ? httpParsed : parseProxyUrl(proxy.httpsProxy);
  if (!httpsParsed.ok) return null;
  const sameProxy = proxy.httpsProxy === "";
  const httpUser = proxy.httpUser;
  const httpsUser = sameProxy ? proxy.httpUser : proxy.httpsUser;
  const hasCredentials = httpUser !== "" || httpsUser !== "";
  // A GitOps bundle never holds a password (Git keeps every revision): the URLs come from AWS
  // Secrets Manager into the Secret, whatever the credentials choice says.
  const useSecret =
    hasCredentials && (proxy.credentials === "secret" || config.gitops.tool !== "none");
  // In Secret mode the password is asked at install time: never part of a generated file.
  const password = (user: string, typed: string) => (user === "" || useSecret ? "" : typed);
  const http: ProxyUrl = {
    ...httpParsed.url,
    username: httpUser,
    password: password(httpUser, proxy.httpPassword),
  };
  const https: ProxyUrl = {
    ...httpsParsed.url,
    username: httpsUser,
    password: password(httpsUser, sameProxy ? proxy.httpPassword : proxy.httpsPassword),
  };
  return {
    http,
    https,
    httpUrl: formatProxyUrl(http),
    httpsUrl: formatProxyUrl(https),
    httpUrlPublic: formatProxyUrl(http, false),
    httpsUrlPublic: formatProxyUrl(https, false),
    noProxy: proxy.noProxy.join(","),
    hasCredentials,
    useSecret,
    passwordMissing:
      !useSecret &&
      ((httpUser !== "" && http.password === "") || (httpsUser !== "" && https.password === "")),
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

/** A value known when the bundle is made, or an output of the main module read at install time. */
export type Known<Output extends string> = { literal: string } | { output: Output };

export interface ImagePlan {
  mirror: ImageMirror;
  /** spacelift-flows chart: global.image.repository (tag "latest"). */
  backend: Known<"ecr_repository_url">;
  /** Agent module ecr_repository_url, agent chart image.repository and jsExecutorImage.repository. */
  agent: Known<"ecr_agent_repository_url">;
  /**
   * The agent module's ecr_repository_arn: set for a private ECR repository (IAM pull rights and
   * `aws ecr get-login-password`), null for public ECR and other registries (anonymous pulls).
   */
  agentArn: Known<"ecr_agent_repository_arn"> | null;
  /** The user's repositories outside ECR: they must allow anonymous pulls. */
  anonymousRegistries: string[];
}

/** Where every image comes from, as the charts, the modules and install.sh use it. */
export function imagePlan(config: Config): ImagePlan {
  const { mirror, backendImageRepository, agentImageRepository } = config.network.egress;
  if (mirror === "module-ecr")
    return {
      mirror,
      backend: { output: "ecr_repository_url" },
      agent: { output: "ecr_agent_repository_url" },
      agentArn: { output: "ecr_agent_repository_arn" },
      anonymousRegistries: [],
    };
  const own = mirror === "own";
  const backend = (own && backendImageRepository) || DEFAULT_BACKEND_IMAGE;
  const agent = (own && agentImageRepository) || DEFAULT_AGENT_IMAGE;
  const ecr = parseEcrRepository(agent);
  return {
    mirror,
    backend: { literal: backend },
    agent: { literal: agent },
    agentArn: ecr ? { literal: ecr.arn } : null,
    anonymousRegistries: [backend, agent].filter(
      (repository, index, all) =>
        own &&
        !repository.startsWith("public.ecr.aws/") &&
        parseEcrRepository(repository) === null &&
        all.indexOf(repository) === index,
    ),
  };
}

/** The repository as a person reads it: the module's outputs get a descriptive placeholder. */
export function describeRepository(repository: Known<string>, region: string): string {
  if ("literal" in repository) return repository.literal;
  const name =
    repository.output === "ecr_repository_url"
      ? "spacelift-flows-XXXXXXXX"
      : "spacelift-flows-agent-XXXXXXXX";
  return `ACCOUNT.dkr.ecr.${region}.amazonaws.com/${name}`;
}

export function runtimeImage(config: Config): string {
  return config.network.egress.runtimeImage || DEFAULT_RUNTIME_IMAGE;
}

export interface ClusterPlan {
  /** false: the main module creates an EKS Auto Mode cluster (its output names it). */
  existing: boolean;
  /** The existing cluster's name (eks_cluster_name), or null when the module creates one. */
  name: string | null;
  /** database_security_group_ids for an existing cluster; empty when the module creates one. */
  databaseSecurityGroupIds: string[];
}

export function clusterPlan(config: Config): ClusterPlan {
  const { cluster } = config.network;
  if (cluster.mode === "existing")
    return {
      existing: true,
      name: cluster.name,
      databaseSecurityGroupIds: cluster.databaseSecurityGroupIds,
    };
  return { existing: false, name: null, databaseSecurityGroupIds: [] };
}

export interface VpcPlan {
  /** false: the main module creates the VPC (enable_vpc = true, its outputs name it). */
  existing: boolean;
  id: string;
  privateSubnetIds: string[];
  publicSubnetIds: string[];
  /** The VPC's range when the wizard knows it (the module's own VPC), for NO_PROXY and egress. */
  cidr: string | null;
}

export function vpcPlan(config: Config): VpcPlan {
  const { vpc } = config.network;
  if (vpc.mode === "existing")
    return {
      existing: true,
      id: vpc.id,
      privateSubnetIds: vpc.privateSubnetIds,
      publicSubnetIds: vpc.publicSubnetIds,
      cidr: null,
    };
  return {
    existing: false,
    id: "",
    privateSubnetIds: [],
    publicSubnetIds: [],
    cidr: MAIN_MODULE_FACTS.vpcCidr,
  };
}

/** cert_arn for the main module, or null when the module requests a certificate itself. */
export function certificateArn(config: Config): string | null {
  const { tls } = config.network;
  return tls.certificate === "existing" && tls.certArn !== "" ? tls.certArn : null;
}

export interface UpstreamVersions {
  mainModuleSource: string;
  agentModuleSource: string;
  flowsChart: string;
  agentChart: string;
  /** Which of them the user changed from the pins the wizard's output was checked against. */
  overridden: ("mainModuleRef" | "agentModuleRef" | "flowsChartVersion" | "agentChartVersion")[];
}

export function upstreamVersions(config: Config): UpstreamVersions {
  const v = config.versions;
  return {
    mainModuleSource: moduleSource(MAIN_MODULE, v.mainModuleRef),
    agentModuleSource: moduleSource(AGENT_MODULE, v.agentModuleRef),
    flowsChart: v.flowsChartVersion || CHARTS.flows.version,
    agentChart: v.agentChartVersion || CHARTS.agent.version,
    overridden: (
      ["mainModuleRef", "agentModuleRef", "flowsChartVersion", "agentChartVersion"] as const
    ).filter((key) => v[key] !== ""),
  };
}
