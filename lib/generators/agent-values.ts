// helm/agent-values.yaml for the spacelift-flows-agent chart (agents inside Kubernetes).
// The chart has no proxy or CA settings of its own: the wizard sets the variables the EC2 module
// hands its agents (HTTP_PROXY…, FLOWS_ADDITIONAL_ROOT_CAS) through agent.extraEnv, an inference
// that the UI and the bundle README state as such.
import type { Config } from "../config/schema";
import { agentEndpoints, imagePlan, proxyPlan } from "../config/derive";
import { caValues } from "../ca/ca-sets";
import { receiverNoProxy } from "../no-proxy/receivers";
import { toYaml } from "../format/yaml";
import { proxyEnv, type EnvVar } from "./proxy-env";
import type { GeneratedFile } from "./types";

export function agentValues(config: Config): Record<string, unknown> {
  const plan = proxyPlan(config);
  const { backend, gateway } = agentEndpoints(config);
  const extraEnv: EnvVar[] = plan?.kubernetesAgents
    ? proxyEnv(plan, receiverNoProxy(config, "kubernetesAgents"))
    : [];
  const caValue = caValues(config).agents;
  if (caValue !== "") extraEnv.push({ name: "FLOWS_ADDITIONAL_ROOT_CAS", value: caValue });
  const values: Record<string, unknown> = {};
  // The user's own mirror (ECR mirrors made by the module: install.sh passes --set-string). The
  // executor pods use the same repository with the tag k8s-js-executor-latest.
  const images = imagePlan(config);
  if (
    images.mirror === "own" &&
    "literal" in images.agent &&
    config.network.egress.agentImageRepository !== ""
  ) {
    values.image = { repository: images.agent.literal };
    values.jsExecutorImage = { repository: images.agent.literal };
  }
  values.agent = {
    endpoint: backend,
    gatewayEndpoint: gateway,
    // Where the agent creates executor pods: its Role exists only in the release namespace.
    kubernetes: { namespace: config.basics.namespace },
    ...(extraEnv.length > 0 ? { extraEnv } : {}),
  };
  return values;
}

export function agentValuesFile(config: Config): GeneratedFile | null {
  if (!config.basics.agents.kubernetes) return null;
  return {
    path: "helm/agent-values.yaml",
    language: "yaml",
    description: "Values for the spacelift-flows-agent Helm chart (agents inside Kubernetes).",
    contents: toYaml(
      agentValues(config),
      " Values for the spacelift-flows-agent chart. Proxy and CA variables go through agent.extraEnv:\n" +
        " the chart documents no setting of its own for them (see README.md, assumptions).",
    ),
  };
}
