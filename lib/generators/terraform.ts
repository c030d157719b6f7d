// terraform/main.tf (a root module with both Flows modules, wired to variables and to each other)
// and terraform/spacelift-flows.auto.tfvars (the wizard's values). Secrets are never written here:
// the license token comes from TF_VAR_license_token, the agent pool's id and token straight from
// the main module's outputs, and a proxy URL with a password from TF_VAR_* set by install.sh.
import type { Config } from "../config/schema";
import {
  agentEndpoints,
  certificateArn,
  exposesGateway,
  imagePlan,
  proxyPlan,
  upstreamVersions,
  vpcPlan,
} from "../config/derive";
import { caValues } from "../ca/ca-sets";
import { distinctHttpsProxy, ec2ProxyInject, HTTPS_PROXY_PLACEHOLDER } from "../agents/ec2-inject";
import { hclAttributes, hclString, type HclValue } from "../format/hcl";
import { AGENT_MODULE_PLAN_TIME_INPUTS, type TfType } from "../upstream/modules";
import type { GeneratedFile } from "./types";

export const MAIN_MODULE_NAME = "spacelift_flows";
export const AGENT_MODULE_NAME = "spacelift_flows_agent_pool";

export function ingressOutput(config: Config): "ingress_manifest" | "internal_ingress_manifest" {
  return config.network.ingressScheme === "internal"
    ? "internal_ingress_manifest"
    : "ingress_manifest";
}

type Expression = HclValue | { raw: string };

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

/** The agents' CA set, when it differs from the services' (lib/ca/ca-sets.ts). */
export const AGENT_CA_VARIABLE = "agent_custom_ca_certificates";

/** Every variable of the root module, with the tfvars value where the wizard knows it. */
export function rootVariables(config: Config): RootVariable[] {
  const ca = caValues(config);
  const plan = proxyPlan(config);
  const vpc = vpcPlan(config);
  const images = imagePlan(config);
  const certArn = certificateArn(config);
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
  if (certArn !== null)
    vars.push({
      name: "cert_arn",
      type: "string",
      description: "Existing ACM certificate for the load balancer (the module requests none).",
      value: certArn,
    });
  if (ec2) {
    const { backend, gateway } = agentEndpoints(config);
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
    if (plan?.ec2Agents) {
      // With a password in the Secret mode, install.sh sets TF_VAR_agent_http(s)_proxy; no
      // default, so a tofu run without it asks rather than leaving the agents without a proxy.
      const fromInstall = plan.useSecret;
      vars.push({
        name: "agent_http_proxy",
        type: "string",
        description: "Proxy URL the module exports as HTTP_PROXY on the agent hosts.",
        sensitive: true,
        ...(fromInstall ? {} : { value: plan.httpUrl }),
      });
      if (distinctHttpsProxy(plan))
        vars.push({
          name: "agent_https_proxy",
          type: "string",
          description: "HTTPS proxy URL for the agents, put into agent_userdata_inject.",
          sensitive: true,
          ...(fromInstall ? {} : { value: plan.httpsUrl }),
        });
      vars.push({
        name: "agent_userdata_inject",
        type: "string",
        description:
          "Bash run on each agent host before the agent starts: HTTPS_PROXY and NO_PROXY.",
        value: ec2ProxyInject(config),
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

/** The tfvars the wizard knows, by variable name of the generated root module. */
export function terraformVariables(config: Config): [string, HclValue][] {
  return rootVariables(config)
    .filter((v) => v.value !== undefined)
    .map((v) => [v.name, v.value!]);
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

/** Arguments of module "spacelift_flows", by upstream variable name (plus `source`). */
export function mainModuleArguments(config: Config): [string, Expression][] {
  const vpc = vpcPlan(config);
  const args: [string, Expression][] = [
    ["source", upstreamVersions(config).mainModuleSource],
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
  if (certificateArn(config) !== null) args.push(["cert_arn", variable("cert_arn")]);
  if (exposesGateway(config)) args.push(["expose_gateway", true]);
  if (imagePlan(config).mirror === "module-ecr") args.push(["enable_ecr", true]);
  return args;
}

/** Arguments of module "spacelift_flows_agent_pool", or null without EC2 agents. */
export function agentModuleArguments(config: Config): [string, Expression][] | null {
  if (!config.basics.agents.ec2) return null;
  const vpc = vpcPlan(config);
  const images = imagePlan(config);
  const plan = proxyPlan(config);
  const agentCa = caValues(config).split ? AGENT_CA_VARIABLE : "custom_ca_certificates";
  const args: [string, Expression][] = [
    ["source", upstreamVersions(config).agentModuleSource],
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
  if (plan?.ec2Agents) {
    args.push(["http_proxy", variable("agent_http_proxy")]);
    args.push([
      "custom_userdata_inject",
      distinctHttpsProxy(plan)
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

/**
 * True when an agent pool input that decides a count upstream reads an output of the main
 * module: unknown until that module is applied, so the pool must be applied after it.
 */
export function agentPoolReadsOutputsAtPlan(config: Config): boolean {
  const args = new Map(agentModuleArguments(config) ?? []);
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

/** Root outputs: name, whether sensitive. install.sh reads each with `tofu output -raw`. */
export function rootOutputs(config: Config): { name: string; sensitive: boolean }[] {
  const outputs = [
    { name: "config_secret_manifest", sensitive: true },
    { name: ingressOutput(config), sensitive: false },
    { name: "eks_cluster_name", sensitive: false },
  ];
  if (config.basics.agents.kubernetes)
    outputs.push({ name: "agent_pool_secret_manifest", sensitive: true });
  if (imagePlan(config).mirror === "module-ecr") {
    outputs.push({ name: "ecr_repository_url", sensitive: false });
    if (config.basics.agents.ec2 || config.basics.agents.kubernetes)
      outputs.push({ name: "ecr_agent_repository_url", sensitive: false });
  }
  return outputs;
}

function variableBlock(v: RootVariable): string {
  const lines = [`  type        = ${v.type}`, `  description = ${hclString(v.description)}`];
  if (v.default !== undefined) lines.push(`  default     = ${v.default}`);
  if (v.sensitive) lines.push(`  sensitive   = true`);
  return `variable "${v.name}" {\n${lines.join("\n")}\n}`;
}

function outputBlock(name: string, sensitive: boolean): string {
  const value = `module.${MAIN_MODULE_NAME}.${name}`;
  const lines = sensitive
    ? [`  value     = ${value}`, "  sensitive = true"]
    : [`  value = ${value}`];
  return `output "${name}" {\n${lines.join("\n")}\n}`;
}

const TERRAFORM_BLOCK = `terraform {
  required_version = ">= 1.5.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.0"
    }
  }
}`;

export function mainTfFile(config: Config): GeneratedFile {
  const blocks = [
    "# Root module generated by the Flows advanced-settings wizard. If you already have one,\n" +
      "# copy the module blocks below into yours and the values from the .auto.tfvars file.",
    TERRAFORM_BLOCK,
    'provider "aws" {\n  region = var.aws_region\n}',
    ...rootVariables(config).map(variableBlock),
    `module "${MAIN_MODULE_NAME}" {\n${hclAttributes(mainModuleArguments(config), "  ")}\n}`,
  ];
  const agentArgs = agentModuleArguments(config);
  if (agentArgs) {
    const note = agentPoolReadsOutputsAtPlan(config)
      ? "# The pool module decides on a VPC of its own from reuse_vpc_id when it plans: with the VPC\n# created in the same run, apply the main module first (install.sh does):\n#   tofu apply -target=module.spacelift_flows && tofu apply\n"
      : "";
    blocks.push(`${note}module "${AGENT_MODULE_NAME}" {\n${hclAttributes(agentArgs, "  ")}\n}`);
  }
  blocks.push(...rootOutputs(config).map((o) => outputBlock(o.name, o.sensitive)));
  return {
    path: "terraform/main.tf",
    language: "hcl",
    description:
      "Root module: the Flows module (and the EC2 agent pool module, in the same VPC), and the outputs install.sh reads.",
    contents: blocks.join("\n\n") + "\n",
  };
}
