// What the operator's machine reaches when it runs install.sh: tofu (or terraform), the aws CLI,
// helm, docker for the module's ECR mirrors, and kubectl. Read from install.sh's steps, the main
// module at MAIN_MODULE.readAt (provider.tf: hashicorp/aws and hashicorp/random; eks.tf and
// main.tf: the registry modules terraform-aws-modules/vpc and /eks, and the AWS resource types),
// the agent module's resources, and the tools' registries as their documentation names them.
import type { Config } from "../config/schema";
import { DEFAULT_BACKEND_IMAGE, type ImagePlan } from "../config/derive";
import { AGENT_MODULE, HELM_CHARTS, MAIN_MODULE } from "../upstream/sources";
import { registryHosts } from "./registries";

/** What the operator's destinations read of the install plan. */
export interface OperatorInputs {
  config: Config;
  certificateArn: string | null;
  images: Pick<ImagePlan, "mirror">;
}

export type OperatorTool = "tofu" | "terraform" | "aws" | "helm" | "docker" | "kubectl";

export interface OperatorDestination {
  tool: OperatorTool;
  /** What the tool fetches or calls there. */
  what: string;
  /** The URL to try; null when it is known only after `tofu apply` (then `note` says why). */
  url: string | null;
  note?: string;
}

/** git's smart HTTP endpoint of a module's repository: what `tofu init` clones. */
const gitRefs = (repo: string) =>
  `https://github.com/${repo}.git/info/refs?service=git-upload-pack`;

function registries(config: Config): OperatorDestination[] {
  const repos = [MAIN_MODULE.repo, ...(config.basics.agents.ec2 ? [AGENT_MODULE.repo] : [])];
  const modules = repos.map((repo): Omit<OperatorDestination, "tool"> => ({
    what: `module source github.com/${repo}`,
    url: gitRefs(repo),
  }));
  // Registry modules (terraform-aws-modules/*) are downloaded from GitHub, whichever registry.
  return [
    ...[
      {
        what: "OpenTofu registry",
        url: "https://registry.opentofu.org/.well-known/terraform.json",
      },
      ...modules,
      {
        what: "provider archives (GitHub releases)",
        url: "https://release-assets.githubusercontent.com/",
        note: "tofu: the OpenTofu registry hands out GitHub release links, which redirect to release-assets.githubusercontent.com (objects.githubusercontent.com before 2025).",
      },
    ].map((d): OperatorDestination => ({ tool: "tofu", ...d })),
    ...[
      {
        what: "Terraform registry",
        url: "https://registry.terraform.io/.well-known/terraform.json",
      },
      ...modules,
      { what: "provider archives", url: "https://releases.hashicorp.com/" },
    ].map((d): OperatorDestination => ({ tool: "terraform", ...d })),
  ];
}

/** The AWS APIs tofu's AWS provider and the aws CLI call for this install, regional unless global. */
function awsApis({ config, certificateArn, images }: OperatorInputs): OperatorDestination[] {
  const region = config.basics.awsRegion;
  const at = (service: string) => `https://${service}.${region}.amazonaws.com/`;
  const apis: [string, string][] = [
    ["STS (credentials, aws_caller_identity)", at("sts")],
    ["EC2 (VPC, subnets, security groups)", at("ec2")],
    ["EKS (the cluster; aws eks update-kubeconfig)", at("eks")],
    ["IAM (roles and users; a global endpoint)", "https://iam.amazonaws.com/"],
    ["KMS (the module's key)", at("kms")],
    ["S3 (the module's buckets)", at("s3")],
    ["RDS (the database)", at("rds")],
    ["Secrets Manager", at("secretsmanager")],
    ["CloudWatch Logs (the cluster's log group)", at("logs")],
  ];
  if (certificateArn === null) apis.push(["ACM (the requested certificate)", at("acm")]);
  if (images.mirror === "module-ecr")
    apis.push(["ECR (the mirrors; aws ecr get-login-password)", at("api.ecr")]);
  if (config.basics.agents.ec2)
    apis.push(
      ["EC2 Auto Scaling (the agent pool)", at("autoscaling")],
      ["Systems Manager (the agent image tag parameter)", at("ssm")],
    );
  return apis.map(([what, url]) => ({ tool: "aws", what, url }));
}

/** install.sh copies the Flows images into the module's ECR mirrors with docker. */
function mirrorCopies({ config, images }: OperatorInputs): OperatorDestination[] {
  if (images.mirror !== "module-ecr") return [];
  const note =
    "Docker pulls and pushes go through the Docker daemon's own proxy settings (daemon.json or its service environment), not this shell's.";
  return [
    ...registryHosts(DEFAULT_BACKEND_IMAGE).hosts.map((host): OperatorDestination => ({
      tool: "docker",
      what: "pull from Amazon ECR Public",
      url: host === "public.ecr.aws" ? `https://${host}/v2/` : `https://${host}/`,
      note,
    })),
    {
      tool: "docker",
      what: "push to the module's ECR mirrors",
      url: null,
      note: `the registry ACCOUNT.dkr.ecr.${config.basics.awsRegion}.amazonaws.com is known after tofu apply (tofu output ecr_repository_url).`,
    },
  ];
}

/** Every destination of the operator's tools for this configuration, tofu's and terraform's both. */
export function operatorDestinations(inputs: OperatorInputs): OperatorDestination[] {
  return [
    ...registries(inputs.config),
    ...awsApis(inputs),
    { tool: "helm", what: "the chart repository", url: `${HELM_CHARTS.repositoryUrl}/index.yaml` },
    ...mirrorCopies(inputs),
    {
      tool: "kubectl",
      what: "the EKS API endpoint",
      url: null,
      note: "known after tofu apply (aws eks describe-cluster shows it); verify.sh checks the cluster then. kubectl and helm read HTTPS_PROXY too: a private endpoint belongs in NO_PROXY on this machine.",
    },
  ];
}
