// The decisions every other part of the install plan starts from (lib/plan/install-plan.ts):
// which proxy, which images, which VPC, which certificate, which versions, which CA values, and
// what each agent receiver's NO_PROXY holds.
import type { Config } from "../config/schema";
import {
  agentEndpoints,
  certificateArn,
  clusterPlan,
  describeRepository,
  exposesGateway,
  imagePlan,
  proxyPlan,
  runtimeImage,
  upstreamVersions,
  vpcPlan,
  type ClusterPlan,
  type ImagePlan,
  type ProxyPlan,
  type UpstreamVersions,
  type VpcPlan,
} from "../config/derive";
import { caValues, type CaValues } from "../certs/ca-sets";
import { noProxyAdditions, type AgentReceiver, type NoProxyAddition } from "../no-proxy/receivers";

/** The decisions every other part of the plan starts from. */
export interface PlanDecisions {
  /** The validated configuration the plan was made from (settings no decision changes). */
  config: Config;
  /** The proxy as the receivers get it, or null when no proxy is configured. */
  proxy: ProxyPlan | null;
  images: ImagePlan;
  /** The repositories as a person reads them (a module-made mirror as a placeholder). */
  imageNames: { backend: string; agent: string; runtime: string };
  vpc: VpcPlan;
  /** The EKS cluster: created by the main module, or an existing one the user names. */
  cluster: ClusterPlan;
  /** cert_arn for the main module, or null when the module requests a certificate. */
  certificateArn: string | null;
  versions: UpstreamVersions;
  /** The one-line `custom_ca_certificates` value of each CA set. */
  ca: CaValues;
  /** The URLs the agents connect to. */
  endpoints: { backend: string; gateway: string };
  exposeGateway: boolean;
  /** The main module output applied with kubectl for the ingress class. */
  ingressManifest: "ingress_manifest" | "internal_ingress_manifest";
  /** NO_PROXY of each agent receiver: the user's list and what that agent must reach directly. */
  agentNoProxy: Record<AgentReceiver, { value: string; additions: NoProxyAddition[] }>;
}

/** The base decisions, each made once. */
export function planDecisions(config: Config): PlanDecisions {
  const vpc = vpcPlan(config);
  const images = imagePlan(config);
  const region = config.basics.awsRegion;
  const base = { config, vpc };
  return {
    config,
    proxy: proxyPlan(config),
    images,
    imageNames: {
      backend: describeRepository(images.backend, region),
      agent: describeRepository(images.agent, region),
      runtime: runtimeImage(config),
    },
    vpc,
    cluster: clusterPlan(config),
    certificateArn: certificateArn(config),
    versions: upstreamVersions(config),
    ca: caValues(config),
    endpoints: agentEndpoints(config),
    exposeGateway: exposesGateway(config),
    ingressManifest:
      config.network.ingressScheme === "internal"
        ? "internal_ingress_manifest"
        : "ingress_manifest",
    agentNoProxy: {
      ec2Agents: agentNoProxy(base, "ec2Agents"),
      kubernetesAgents: agentNoProxy(base, "kubernetesAgents"),
    },
  };
}

function agentNoProxy(plan: Pick<PlanDecisions, "config" | "vpc">, receiver: AgentReceiver) {
  const additions = noProxyAdditions(plan, receiver);
  return {
    value: [...plan.config.proxy.noProxy, ...additions.map((a) => a.entry)].join(","),
    additions,
  };
}
