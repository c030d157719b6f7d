// Warnings about the EC2 agent host's bootstrap, which runs before the wizard's inject and so
// without any proxy (lib/upstream/user-data.ts): what a configuration makes impossible there, and
// a runtime image the host's instance role may not pull.
import type { InstallPlan } from "../plan/install-plan";
import { parseEcrRepository } from "../config/aws";
import type { StandingWarning } from "./standing-warning";

/** The repository of an image reference: without its digest and tag. */
export function imageRepository(reference: string): string {
  const name = reference.split("@")[0]!;
  const slash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  return colon > slash ? name.slice(0, colon) : name;
}

/**
 * Restricted egress with the agents on the proxy: the bootstrap's ECR Public login (always
 * us-east-1) and, for the public image, its pull from public.ecr.aws come before any proxy
 * variable, and neither has a VPC endpoint.
 */
function bootstrapWarning(install: InstallPlan): StandingWarning[] {
  const { config, images } = install;
  if (!config.basics.agents.ec2 || !config.network.egress.restricted) return [];
  if (!install.proxy?.ec2Agents || images.agentArn !== null) return [];
  const publicImage =
    "literal" in images.agent && images.agent.literal.startsWith("public.ecr.aws/");
  return [
    {
      id: "ec2-bootstrap-without-proxy",
      step: "network",
      field: "network.egress.mirror",
      message: `Egress is restricted and the EC2 agents use the proxy, but the agent host's bootstrap runs before any proxy variable is set: it logs in to ECR Public (api.ecr-public.us-east-1.amazonaws.com)${publicImage ? " and pulls the agent image from public.ecr.aws" : ""} directly, and ECR Public has no VPC endpoint. Unless your firewall lets the agent subnets reach ${publicImage ? "these hosts" : "that host"} without the proxy, the hosts power off and are replaced forever. Mirror the agent image into Amazon ECR (the module's mirrors, or your own ECR repository): the host then logs in and pulls through ECR's VPC endpoints (api.ecr, dkr.ecr and S3).`,
    },
  ];
}

/**
 * A runtime image in Amazon ECR: the agent instance role may pull only ecr_repository_arn and
 * the repositories under it (agent module iam.tf @9e76c35), and the host logs in to the agent
 * image's registry only.
 */
function runtimeImageWarning(install: InstallPlan): StandingWarning[] {
  const { config, images } = install;
  const runtime = config.network.egress.runtimeImage;
  if (!config.basics.agents.ec2 || runtime === "") return [];
  const ecr = parseEcrRepository(imageRepository(runtime));
  if (!ecr) return [];
  const agentArn = images.agentArn && "literal" in images.agentArn ? images.agentArn.literal : null;
  if (agentArn !== null && (ecr.arn === agentArn || ecr.arn.startsWith(`${agentArn}/`))) return [];
  const where =
    images.mirror === "module-ecr"
      ? "the agent mirror the module creates (output ecr_agent_repository_url)"
      : agentArn !== null
        ? `the agent image's repository (${install.imageNames.agent})`
        : "the repository the agent image comes from, once that is in your Amazon ECR (Network step, image source)";
  return [
    {
      id: "ec2-runtime-image-pull",
      step: "network",
      field: "network.egress.runtimeImage",
      message: `The runtime image ${runtime} is in Amazon ECR, but the EC2 agent hosts' instance role may pull only the agent image's repository and the repositories under its name (the agent module's iam.tf), and the host logs in to that registry only: the runtime containers would never start. Push the runtime image to ${where} under its own tag, and name it here.`,
    },
  ];
}

export function agentHostWarnings(install: InstallPlan): StandingWarning[] {
  return [...bootstrapWarning(install), ...runtimeImageWarning(install)];
}
