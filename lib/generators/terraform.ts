// terraform/main.tf (a root module with both Flows modules, wired to variables) and
// terraform/spacelift-flows.auto.tfvars (the wizard's values). Secrets are never written here:
// license and agent pool tokens, and a proxy URL with credentials, come from TF_VAR_* variables.
import type { Config } from "../config/schema";
import { agentEndpoints, exposesGateway, proxyPlan, runtimeImage } from "../config/derive";
import { encodeCustomCaCertificates } from "../ca/custom-ca-value";
import { hclAttributes, type HclValue } from "../format/hcl";
import type { GeneratedFile } from "./types";

export const MAIN_MODULE_SOURCE =
  "github.com/spacelift-io/terraform-aws-eks-spacelift-flows-selfhosted?ref=main";
export const AGENT_MODULE_SOURCE =
  "github.com/spacelift-io/terraform-aws-spacelift-flows-agentpool-ec2?ref=main";

export function ingressOutput(config: Config): "ingress_manifest" | "internal_ingress_manifest" {
  return config.network.ingressScheme === "internal"
    ? "internal_ingress_manifest"
    : "ingress_manifest";
}

/** The tfvars the wizard knows, by variable name of the generated root module. */
export function terraformVariables(config: Config): [string, HclValue][] {
  const plan = proxyPlan(config);
  const ca = encodeCustomCaCertificates(config.certificates.map((c) => c.pem));
  const vars: [string, HclValue][] = [
    ["app_domain", config.basics.appDomain],
    ["aws_region", config.basics.awsRegion],
    ["k8s_namespace", config.basics.namespace],
    ["custom_ca_certificates", ca],
  ];
  if (config.basics.agents.ec2) {
    const { backend, gateway } = agentEndpoints(config);
    vars.push(["agent_backend_endpoint", backend], ["agent_gateway_endpoint", gateway]);
    // With credentials in the Secret mode the URL comes from TF_VAR_agent_http_proxy (install.sh).
    if (plan?.ec2Agents && !plan.useSecret) vars.push(["agent_http_proxy", plan.httpUrl]);
    if (config.network.egress.runtimeImage !== "")
      vars.push(["flows_docker_runtime_image", runtimeImage(config)]);
    if (config.network.egress.agentImageRepository !== "")
      vars.push(["agent_ecr_repository_url", config.network.egress.agentImageRepository]);
  }
  return vars;
}

export function tfvarsFile(config: Config): GeneratedFile {
  return {
    path: "terraform/spacelift-flows.auto.tfvars",
    language: "hcl",
    description:
      "The wizard's values for the root module in main.tf; tofu reads *.auto.tfvars by itself.",
    contents:
      "# Values from the Flows advanced-settings wizard. Secrets are not here: see README.md.\n" +
      hclAttributes(terraformVariables(config)) +
      "\n",
  };
}

interface VariableSpec {
  name: string;
  type: string;
  description: string;
  default?: string;
  sensitive?: boolean;
}

function variableBlock(v: VariableSpec): string {
  const lines = [`  type        = ${v.type}`, `  description = ${JSON.stringify(v.description)}`];
  if (v.default !== undefined) lines.push(`  default     = ${v.default}`);
  if (v.sensitive) lines.push(`  sensitive   = true`);
  return `variable "${v.name}" {\n${lines.join("\n")}\n}`;
}

function outputBlock(name: string, module: string, sensitive: boolean): string {
  const lines = sensitive
    ? [`  value     = module.${module}.${name}`, "  sensitive = true"]
    : [`  value = module.${module}.${name}`];
  return `output "${name}" {\n${lines.join("\n")}\n}`;
}

export function mainTfFile(config: Config): GeneratedFile {
  const ec2 = config.basics.agents.ec2;
  const variables: VariableSpec[] = [
    { name: "app_domain", type: "string", description: "Domain the users open." },
    { name: "aws_region", type: "string", description: "AWS region.", default: '"eu-central-1"' },
    {
      name: "k8s_namespace",
      type: "string",
      description: "Namespace of the Flows release.",
      default: '"default"',
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
      description: 'base64 of {"caCertificates": [base64 PEM, …]}, one line.',
      default: '""',
    },
  ];
  if (ec2)
    variables.push(
      {
        name: "agent_pool_id",
        type: "string",
        description: "Agent pool ID from Flows (set TF_VAR_agent_pool_id).",
      },
      {
        name: "agent_pool_token",
        type: "string",
        description: "Agent pool token (set TF_VAR_agent_pool_token).",
        sensitive: true,
      },
      {
        name: "agent_backend_endpoint",
        type: "string",
        description: "URL the agents reach the backend at.",
      },
      {
        name: "agent_gateway_endpoint",
        type: "string",
        description: "URL the agents reach the gateway at.",
      },
      {
        name: "agent_http_proxy",
        type: "string",
        description: "Proxy URL for the agents (no NO_PROXY in this module).",
        default: "null",
        sensitive: true,
      },
      {
        name: "flows_docker_runtime_image",
        type: "string",
        description: "Image for JavaScript runtimes (module default node:24-alpine).",
        default: "null",
      },
      {
        name: "agent_ecr_repository_url",
        type: "string",
        description: "Mirror of the agent image (module default: Public ECR).",
        default: "null",
      },
    );

  const mainArgs: [string, HclValue | { raw: string }][] = [
    ["source", MAIN_MODULE_SOURCE],
    ["app_domain", { raw: "var.app_domain" }],
    ["organization_name", { raw: "var.organization_name" }],
    ["admin_email", { raw: "var.admin_email" }],
    ["license_token", { raw: "var.license_token" }],
    ["aws_region", { raw: "var.aws_region" }],
    ["k8s_namespace", { raw: "var.k8s_namespace" }],
    ["custom_ca_certificates", { raw: "var.custom_ca_certificates" }],
  ];
  if (exposesGateway(config)) mainArgs.push(["expose_gateway", true]);

  const blocks = [
    "# Root module generated by the Flows advanced-settings wizard. If you already have one,\n" +
      "# copy the module arguments below into yours and the values from the .auto.tfvars file.",
    'terraform {\n  required_version = ">= 1.5.0"\n}',
    'provider "aws" {\n  region = var.aws_region\n}',
    ...variables.map(variableBlock),
    `module "spacelift_flows" {\n${hclAttributes(mainArgs, "  ")}\n}`,
  ];
  if (ec2) {
    const agentArgs: [string, HclValue | { raw: string }][] = [
      ["source", AGENT_MODULE_SOURCE],
      ["agent_pool_id", { raw: "var.agent_pool_id" }],
      ["agent_pool_token", { raw: "var.agent_pool_token" }],
      ["backend_endpoint", { raw: "var.agent_backend_endpoint" }],
      ["gateway_endpoint", { raw: "var.agent_gateway_endpoint" }],
      ["aws_region", { raw: "var.aws_region" }],
      // The module exports this unquoted in bash: one line, no spaces (it is base64).
      [
        "custom_ca_certificates",
        { raw: 'var.custom_ca_certificates == "" ? null : var.custom_ca_certificates' },
      ],
      ["http_proxy", { raw: "var.agent_http_proxy" }],
      ["flows_docker_runtime_image", { raw: "var.flows_docker_runtime_image" }],
    ];
    if (config.network.egress.agentImageRepository !== "")
      agentArgs.push(["ecr_repository_url", { raw: "var.agent_ecr_repository_url" }]);
    blocks.push(`module "spacelift_flows_agent_pool" {\n${hclAttributes(agentArgs, "  ")}\n}`);
  }
  blocks.push(outputBlock("config_secret_manifest", "spacelift_flows", true));
  blocks.push(outputBlock(ingressOutput(config), "spacelift_flows", false));
  if (config.basics.agents.kubernetes)
    blocks.push(outputBlock("agent_pool_secret_manifest", "spacelift_flows", true));
  return {
    path: "terraform/main.tf",
    language: "hcl",
    description:
      "Root module: the Flows module (and the EC2 agent pool module), and the outputs install.sh applies.",
    contents: blocks.join("\n\n") + "\n",
  };
}
