// The values each Helm chart gets from the wizard, as plain objects: what helm/values.yaml and
// helm/agent-values.yaml hold, and what a merge into the user's own values files applies.
// The agent chart has no proxy or CA settings of its own: the wizard sets the variables the EC2
// module hands its agents (HTTP_PROXY…, FLOWS_ADDITIONAL_ROOT_CAS) through agent.extraEnv, an
// inference that the UI and the bundle README state as such.
import type { ProxyPlan } from "../config/derive";
import type { PlanDecisions } from "./decisions";
import { INGRESS_CLASS, SCHEME_ANNOTATION } from "./names";

export type EnvVar =
  | { name: string; value: string }
  | { name: string; valueFrom: { secretKeyRef: { name: string; key: string } } };

export interface ChartValues {
  /** The spacelift-flows chart. */
  flows: Record<string, unknown>;
  /** The spacelift-flows-agent chart, or null when no agents run in Kubernetes. */
  agent: Record<string, unknown> | null;
}

/** HTTP_PROXY, HTTPS_PROXY (from the Secret when they carry credentials) and NO_PROXY. */
export function proxyEnv(proxy: ProxyPlan, noProxy: string): EnvVar[] {
  const fromSecret = (name: string): EnvVar => ({
    name,
    valueFrom: { secretKeyRef: { name: proxy.secretName, key: name } },
  });
  return [
    proxy.useSecret ? fromSecret("HTTP_PROXY") : { name: "HTTP_PROXY", value: proxy.httpUrl },
    proxy.useSecret ? fromSecret("HTTPS_PROXY") : { name: "HTTPS_PROXY", value: proxy.httpsUrl },
    { name: "NO_PROXY", value: noProxy },
  ];
}

type ValuesInputs = Pick<PlanDecisions, "config" | "proxy" | "images" | "exposeGateway">;

function flowsValues({ config, proxy, images, exposeGateway }: ValuesInputs) {
  const values: Record<string, unknown> = { appDomain: config.basics.appDomain };
  // The user's own mirror; ECR mirrors made by the module are only known after `tofu apply`, so
  // install.sh passes them with --set-string.
  if (
    images.mirror === "own" &&
    "literal" in images.backend &&
    config.network.egress.backendImageRepository !== ""
  )
    values.global = { image: { repository: images.backend.literal } };
  values.ingress = {
    enabled: true,
    className: INGRESS_CLASS,
    // The chart's own ALB example; annotation values are strings, numbers quoted.
    annotations: {
      "alb.ingress.kubernetes.io/healthcheck-port": "8080",
      "alb.ingress.kubernetes.io/healthcheck-path": "/health",
      "alb.ingress.kubernetes.io/healthcheck-interval-seconds": "10",
      [SCHEME_ANNOTATION]: config.network.ingressScheme,
    },
    exposeGateway,
  };
  for (const component of ["server", "worker", "gateway"] as const) {
    if (proxy?.components.includes(component))
      values[component] = { extraEnv: proxyEnv(proxy, proxy.noProxy) };
  }
  return values;
}

type AgentInputs = Pick<PlanDecisions, "config" | "proxy" | "images" | "endpoints" | "ca"> & {
  agentNoProxy: Pick<PlanDecisions["agentNoProxy"], "kubernetesAgents">;
};

function agentValues({ config, proxy, images, endpoints, ca, agentNoProxy }: AgentInputs) {
  if (!config.basics.agents.kubernetes) return null;
  const extraEnv: EnvVar[] = proxy?.kubernetesAgents
    ? proxyEnv(proxy, agentNoProxy.kubernetesAgents.value)
    : [];
  if (ca.agents !== "") extraEnv.push({ name: "FLOWS_ADDITIONAL_ROOT_CAS", value: ca.agents });
  const values: Record<string, unknown> = {};
  // The user's own mirror (ECR mirrors made by the module: install.sh passes --set-string). The
  // executor pods use the same repository with the tag k8s-js-executor-latest.
  if (
    images.mirror === "own" &&
    "literal" in images.agent &&
    config.network.egress.agentImageRepository !== ""
  ) {
    values.image = { repository: images.agent.literal };
    values.jsExecutorImage = { repository: images.agent.literal };
  }
  values.agent = {
    endpoint: endpoints.backend,
    gatewayEndpoint: endpoints.gateway,
    // Where the agent creates executor pods: its Role exists only in the release namespace.
    kubernetes: { namespace: config.basics.namespace },
    ...(extraEnv.length > 0 ? { extraEnv } : {}),
  };
  return values;
}

/** Both charts' values. */
export function chartValues(plan: ValuesInputs & AgentInputs): ChartValues {
  return { flows: flowsValues(plan), agent: agentValues(plan) };
}
