// helm/agent-values.yaml for the spacelift-flows-agent chart (agents inside Kubernetes).
// The chart has no proxy or CA settings of its own: the wizard sets the variables the EC2 module
// hands its agents (HTTP_PROXY…, FLOWS_ADDITIONAL_ROOT_CAS) through agent.extraEnv, an inference
// that the UI and the bundle README state as such.
import type { Config } from "../config/schema";
import { agentEndpoints, proxyPlan } from "../config/derive";
import { encodeCustomCaCertificates } from "../ca/custom-ca-value";
import { toYaml } from "../format/yaml";
import { proxyEnv, type EnvVar } from "./proxy-env";
import type { GeneratedFile } from "./types";

export function agentValues(config: Config): Record<string, unknown> {
  const plan = proxyPlan(config);
  const { backend, gateway } = agentEndpoints(config);
  const extraEnv: EnvVar[] = plan?.kubernetesAgents ? proxyEnv(plan) : [];
  const caValue = encodeCustomCaCertificates(config.certificates.map((c) => c.pem));
  if (caValue !== "") extraEnv.push({ name: "FLOWS_ADDITIONAL_ROOT_CAS", value: caValue });
  const values: Record<string, unknown> = {};
  const mirror = config.network.egress.agentImageRepository;
  if (mirror !== "") values.image = { repository: mirror };
  values.agent = {
    endpoint: backend,
    gatewayEndpoint: gateway,
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
