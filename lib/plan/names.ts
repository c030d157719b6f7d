// Names the generated files share: one file says a name, every other one reads it here.
import { HELM_CHARTS } from "../upstream/sources";

/** `module "…"` of the main Flows module in the generated root module. */
export const MAIN_MODULE_NAME = "spacelift_flows";
/** `module "…"` of the EC2 agent pool module. */
export const AGENT_MODULE_NAME = "spacelift_flows_agent_pool";
/** The root variable for the agents' CA set, when it differs from the services' (lib/certs/ca-sets.ts). */
export const AGENT_CA_VARIABLE = "agent_custom_ca_certificates";
/** The agent chart's Helm release (the Flows release is named by the user). */
export const AGENT_RELEASE = "spacelift-flows-agent";
export const HELM_REPO_URL = HELM_CHARTS.repositoryUrl;
/** The IngressClass the main module's ingress manifests create. */
export const INGRESS_CLASS = "spacelift-flows";
export const SCHEME_ANNOTATION = "alb.ingress.kubernetes.io/scheme";
