// How the generated root module wires the two Flows modules: its variables (with the tfvars
// value where the wizard knows it), each module's arguments by upstream input name, and the
// outputs install.sh reads. Secrets are never values here: the license token comes from
// TF_VAR_license_token, the agent pool's id and token straight from the main module's outputs,
// and a proxy URL with a password from TF_VAR_* set by install.sh.
import { distinctHttpsProxy, HTTPS_PROXY_PLACEHOLDER } from "./ec2-inject";
import { hclString, type HclValue } from "../format/hcl";
import { AGENT_MODULE_PLAN_TIME_INPUTS, type TfType } from "../upstream/modules";
import type { PlanDecisions } from "./decisions";
import { AGENT_CA_VARIABLE, MAIN_MODULE_NAME } from "./names";

type WiringInputs = PlanDecisions & { ec2Inject: string | null };

export type Expression = HclValue | { raw: string };

/** A variable of the generated root module, and where its value comes from. */
export interface RootVariable {
  name: string;
  type: Exclude<TfType, "object" | "any">;
  description: string;
  /** The HCL default; absent means tofu asks for it (or TF_VAR_name). */
  default?: string;
  sensitive?: boolean;
  /** The value the wizard writes into the .auto.tfvars file; absent: TF_VAR_* or the default. */
  value?: HclValue;
}

const mainOutput = (name: string) => ({ raw: `module.${MAIN_MODULE_NAME}.${name}` });
const variable = (name: string) => ({ raw: `var.${name}` });

/** Every variable of the root module, with the tfvars value where the wizard knows it. */
function rootVariables(plan: WiringInputs): RootVariable[] {
  const { config, ca, vpc, images, ec2Inject, proxy } = plan;
  const certArn = plan.certificateArn;
  const ec2 = config.basics.agents.ec2;
  const vars: RootVariable[] = [
    {
      name: "app_domain",
      type: "string",
      description: "Domain the users open.",
      value: config.basics.appDomain,
    },
    {
      name: "aws_region",
      type: "string",
      description: "AWS region.",
      default: '"eu-central-1"',
      value: config.basics.awsRegion,
    },
    {
      name: "k8s_namespace",
      type: "string",
      description: "Namespace of the Flows release.",
      default: '"default"',
      value: config.basics.namespace,
    },
    {
      name: "organization_name",
      type: "string",
      description: "Your organization's name (set TF_VAR_organization_name).",
    },
    {
      name: "admin_email",
      type: "string",
      description: "The first admin's e-mail (set TF_VAR_admin_email).",
    },
    {
      name: "license_token",
      type: "string",
      description: "Flows license token (set TF_VAR_license_token).",
      sensitive: true,
    },
    {
      name: "custom_ca_certificates",
      type: "string",
      description: ca.split
        ? 'The Flows services\' CA set: base64 of {"caCertificates": [base64 PEM, …]}, one line.'
        : 'base64 of {"caCertificates": [base64 PEM, …]}, one line.',
      default: '""',
      value: ca.services,
    },
  ];
  if (ca.split && config.basics.agents.ec2)
    vars.push({
      name: AGENT_CA_VARIABLE,
      type: "string",
      description:
        "The EC2 agents' CA set (certificates scoped to agents or both): same format, one line.",
      default: '""',
      value: ca.agents,
    });
  if (vpc.existing)
    vars.push(
      {
        name: "vpc_id",
        type: "string",
        description: "The existing VPC Flows and its agents run in.",
        value: vpc.id,
      },
      {
        name: "private_subnet_ids",
        type: "list(string)",
        description: "Private subnets (two availability zones at least): EKS, RDS, agents.",
        value: vpc.privateSubnetIds,
      },
      {
        name: "public_subnet_ids",
        type: "list(string)",
        description: "Public subnets for an internet-facing load balancer.",
        default: "[]",
        value: vpc.publicSubnetIds,
      },
    );
  if (plan.cluster.existing)
    vars.push(
      {
        name: "eks_cluster_name",
        type: "string",
        description: "The existing EKS cluster Flows is installed into (EKS Auto Mode).",
        value: plan.cluster.name ?? "",
      },
      {
        name: "database_security_group_ids",
        type: "list(string)",
        description:
          "Security groups for the database that let the cluster's nodes in on TCP 5432 (the module adds no such rule without its own cluster).",
        value: plan.cluster.databaseSecurityGroupIds,
      },
    );
  if (certArn !== null)
    vars.push({
      name: "cert_arn",
      type: "string",
      description: "Existing ACM certificate for the load balancer (the module requests none).",
      value: certArn,
    });
  if (ec2) {
    const { backend, gateway } = plan.endpoints;
    vars.push(
      {
        name: "agent_backend_endpoint",
        type: "string",
        description: "URL the agents reach the backend at.",
        value: backend,
      },
      {
        name: "agent_gateway_endpoint",
        type: "string",
        description: "URL the agents reach the gateway at.",
        value: gateway,
      },
    );
    if (proxy?.ec2Agents) {
      // With a password in the Secret mode, install.sh sets TF_VAR_agent_http(s)_proxy; no
      // default, so a tofu run without it asks rather than leaving the agents without a proxy.
      const fromInstall = proxy.useSecret;
      vars.push({
        name: "agent_http_proxy",
        type: "string",
        description: "Proxy URL the module exports as HTTP_PROXY on the agent hosts.",
        sensitive: true,
        ...(fromInstall ? {} : { value: proxy.httpUrl }),
      });
      if (distinctHttpsProxy(proxy))
        vars.push({
          name: "agent_https_proxy",
          type: "string",
          description: "HTTPS proxy URL for the agents, put into agent_userdata_inject.",
          sensitive: true,
          ...(fromInstall ? {} : { value: proxy.httpsUrl }),
        });
      vars.push({
        name: "agent_userdata_inject",
        type: "string",
        description:
          "Bash run on each agent host before the agent starts: HTTPS_PROXY and NO_PROXY, dockerd's proxy, the agents' CAs in the host store.",
        ...(ec2Inject === null ? {} : { value: ec2Inject }),
      });
    }
    if (config.network.egress.runtimeImage !== "")
      vars.push({
        name: "flows_docker_runtime_image",
        type: "string",
        description: "Image for JavaScript runtimes (module default node:24-alpine).",
        value: config.network.egress.runtimeImage,
      });
    if (images.mirror === "own" && "literal" in images.agent)
      vars.push({
        name: "agent_ecr_repository_url",
        type: "string",
        description: "Mirror of the agent image (module default: Public ECR).",
        value: images.agent.literal,
      });
    if (images.mirror === "own" && images.agentArn && "literal" in images.agentArn)
      vars.push({
        name: "agent_ecr_repository_arn",
        type: "string",
        description: "ARN of the agent mirror in ECR: IAM pull rights and the private ECR login.",
        value: images.agentArn.literal,
      });
  }
  return vars;
}

function terraformVariables(variables: readonly RootVariable[]): [string, HclValue][] {
  return variables.filter((v) => v.value !== undefined).map((v) => [v.name, v.value!]);
}

function mainModuleArguments(plan: WiringInputs): [string, Expression][] {
  const { vpc } = plan;
  const args: [string, Expression][] = [
    ["source", plan.versions.mainModuleSource],
    ["app_domain", variable("app_domain")],
    ["organization_name", variable("organization_name")],
    ["admin_email", variable("admin_email")],
    ["license_token", variable("license_token")],
    ["aws_region", variable("aws_region")],
    ["k8s_namespace", variable("k8s_namespace")],
    ["custom_ca_certificates", variable("custom_ca_certificates")],
  ];
  if (vpc.existing)
    args.push(
      ["enable_vpc", false],
      ["vpc_id", variable("vpc_id")],
      ["private_subnet_ids", variable("private_subnet_ids")],
      ["public_subnet_ids", variable("public_subnet_ids")],
    );
  // upstream examples/with_existing_eks: enable_eks_cluster = false with eks_cluster_name.
  if (plan.cluster.existing)
    args.push(
      ["enable_eks_cluster", false],
      ["eks_cluster_name", variable("eks_cluster_name")],
      ["database_security_group_ids", variable("database_security_group_ids")],
    );
  if (plan.certificateArn !== null) args.push(["cert_arn", variable("cert_arn")]);
  if (plan.exposeGateway) args.push(["expose_gateway", true]);
  if (plan.images.mirror === "module-ecr") args.push(["enable_ecr", true]);
  return args;
}

function agentModuleArguments(plan: WiringInputs): [string, Expression][] | null {
  const { config, vpc, images, proxy } = plan;
  if (!config.basics.agents.ec2) return null;
  const agentCa = plan.ca.split ? AGENT_CA_VARIABLE : "custom_ca_certificates";
  const args: [string, Expression][] = [
    ["source", plan.versions.agentModuleSource],
    // The main module creates the default pool and hands its id and token to the backend.
    ["agent_pool_id", mainOutput("agent_pool_id")],
    ["agent_pool_token", mainOutput("agent_pool_token")],
    ["backend_endpoint", variable("agent_backend_endpoint")],
    ["gateway_endpoint", variable("agent_gateway_endpoint")],
    ["aws_region", variable("aws_region")],
    // The cluster's VPC and private subnets: without them the module builds a VPC of its own.
    ["reuse_vpc_id", vpc.existing ? variable("vpc_id") : mainOutput("vpc_id")],
    [
      "reuse_vpc_subnet_ids",
      vpc.existing ? variable("private_subnet_ids") : mainOutput("vpc_private_subnet_ids"),
    ],
    // Exported unquoted in bash: one line, no spaces (it is base64), or nothing at all.
    ["custom_ca_certificates", { raw: `var.${agentCa} == "" ? null : var.${agentCa}` }],
  ];
  if (proxy?.ec2Agents) {
    args.push(["http_proxy", variable("agent_http_proxy")]);
    args.push([
      "custom_userdata_inject",
      distinctHttpsProxy(proxy)
        ? {
            raw: `replace(var.agent_userdata_inject, ${hclString(HTTPS_PROXY_PLACEHOLDER)}, var.agent_https_proxy)`,
          }
        : variable("agent_userdata_inject"),
    ]);
  }
  if (config.network.egress.runtimeImage !== "")
    args.push(["flows_docker_runtime_image", variable("flows_docker_runtime_image")]);
  if (images.mirror === "module-ecr")
    args.push(
      ["ecr_repository_url", mainOutput("ecr_agent_repository_url")],
      ["ecr_repository_arn", mainOutput("ecr_agent_repository_arn")],
    );
  else if (images.mirror === "own" && "literal" in images.agent) {
    args.push(["ecr_repository_url", variable("agent_ecr_repository_url")]);
    if (images.agentArn) args.push(["ecr_repository_arn", variable("agent_ecr_repository_arn")]);
  }
  return args;
}

function readsOutputsAtPlan(agentModule: [string, Expression][] | null): boolean {
  const args = new Map(agentModule ?? []);
  return AGENT_MODULE_PLAN_TIME_INPUTS.some((input) => {
    const value = args.get(input);
    return (
      typeof value === "object" &&
      value !== null &&
      "raw" in value &&
      value.raw.startsWith(`module.${MAIN_MODULE_NAME}.`)
    );
  });
}

function rootOutputs(plan: WiringInputs): { name: string; sensitive: boolean }[] {
  const { config } = plan;
  const outputs = [
    { name: "config_secret_manifest", sensitive: true },
    { name: plan.ingressManifest, sensitive: false },
    { name: "eks_cluster_name", sensitive: false },
  ];
  if (config.basics.agents.kubernetes)
    outputs.push({ name: "agent_pool_secret_manifest", sensitive: true });
  if (plan.images.mirror === "module-ecr") {
    outputs.push({ name: "ecr_repository_url", sensitive: false });
    if (config.basics.agents.ec2 || config.basics.agents.kubernetes)
      outputs.push({ name: "ecr_agent_repository_url", sensitive: false });
  }
  return outputs;
}

export interface TerraformWiring {
  variables: RootVariable[];
  /** The tfvars the wizard knows, by variable name of the generated root module. */
  tfvars: [string, HclValue][];
  /** Arguments of module "spacelift_flows", by upstream variable name (plus `source`). */
  mainModule: [string, Expression][];
  /** Arguments of module "spacelift_flows_agent_pool", or null without EC2 agents. */
  agentModule: [string, Expression][] | null;
  /** Root outputs: name, whether sensitive. install.sh reads each with `tofu output -raw`. */
  outputs: { name: string; sensitive: boolean }[];
  /**
   * True when an agent pool input that decides a count upstream reads an output of the main
   * module: unknown until that module is applied, so the pool must be applied after it.
   */
  agentPoolReadsOutputsAtPlan: boolean;
}

export function terraformWiring(plan: WiringInputs): TerraformWiring {
  const variables = rootVariables(plan);
  const agentModule = agentModuleArguments(plan);
  return {
    variables,
    tfvars: terraformVariables(variables),
    mainModule: mainModuleArguments(plan),
    agentModule,
    outputs: rootOutputs(plan),
    agentPoolReadsOutputsAtPlan: readsOutputsAtPlan(agentModule),
  };
}
