// The AWS APIs an install calls, read from the modules' sources (observed, not documented):
// the EC2 agent host's bootstrap (user_data.tftpl of the agent module, see lib/upstream/user-data.ts)
// and the Flows services' bucket (outputs.tf of the main module: config.yaml's S3 endpoint).
import type { Config } from "../config/schema";
import type { ImagePlan, ProxyPlan } from "../config/derive";
import { AGENT_MODULE_FACTS } from "../upstream/modules";
import { destination } from "./clients";
import type { EgressDestination } from "./types";

/** Said in the note of each bootstrap row. */
const BEFORE_PROXY =
  "The agent host's bootstrap calls it before any proxy variable exists: it must be reachable directly or through a VPC endpoint, not through the proxy.";

function bootstrapApi(
  id: string,
  target: string,
  hosts: string[],
  why: string,
  note: string = BEFORE_PROXY,
): EgressDestination {
  return destination({
    id,
    target,
    kind: "aws-api",
    hosts,
    cidrs: [],
    port: 443,
    why,
    clients: ["agent-hosts"],
    note,
    source: "observed",
  });
}

/** What the EC2 agent host's bootstrap calls before the agent starts (IMDS is link-local: no row). */
export function agentHostBootstrapApis(inputs: {
  config: Config;
  proxy: ProxyPlan | null;
  images: Pick<ImagePlan, "agentArn">;
}): EgressDestination[] {
  const region = inputs.config.basics.awsRegion;
  const at = (service: string) => `${service}.${region}.amazonaws.com`;
  const proxied = inputs.proxy?.ec2Agents ?? false;
  const privateEcr = inputs.images.agentArn !== null;
  return [
    bootstrapApi(
      "ec2-autoscaling",
      "Amazon EC2 Auto Scaling API",
      [at("autoscaling")],
      "The agent host finds its auto scaling group and completes its lifecycle hooks (aws autoscaling)",
      `${BEFORE_PROXY} It is also called after the proxy variables are set (complete-lifecycle-action, and the poll for termination)${
        proxied ? ": the wizard adds it to the agents' NO_PROXY." : "."
      } VPC endpoint: com.amazonaws.${region}.autoscaling.`,
    ),
    bootstrapApi(
      "ec2-secrets-manager",
      "AWS Secrets Manager API",
      [at("secretsmanager")],
      `The agent host reads the pool id and token (aws secretsmanager get-secret-value, secret ${AGENT_MODULE_FACTS.credentialsSecretName})`,
    ),
    bootstrapApi(
      "ec2-ssm",
      "AWS Systems Manager APIs",
      [at("ssm"), at("ssmmessages"), at("ec2messages")],
      `The agent host reads the agent image tag (aws ssm get-parameter ${AGENT_MODULE_FACTS.imageTagParameter}); ssmmessages and ec2messages serve the SSM agent it starts (Session Manager)`,
    ),
    bootstrapApi(
      "ec2-cloudwatch",
      "Amazon CloudWatch Logs and metrics APIs",
      [at("logs"), at("monitoring")],
      `The CloudWatch agent the bootstrap starts ships the host's logs to ${AGENT_MODULE_FACTS.logGroup}, and memory and disk metrics`,
    ),
    privateEcr
      ? bootstrapApi(
          "ec2-ecr-login",
          "Amazon ECR API (login)",
          [at("api.ecr")],
          `The agent host logs in to the private ECR repository before pulling the agent image (aws ecr get-login-password --region ${region})`,
        )
      : bootstrapApi(
          "ec2-ecr-public-login",
          "Amazon ECR Public API (login)",
          ["api.ecr-public.us-east-1.amazonaws.com"],
          "The agent host logs in to Public ECR before pulling the agent image (aws ecr-public get-login-password --region us-east-1)",
          `${BEFORE_PROXY} Always us-east-1, whatever the install's region, so a VPC endpoint in your region does not serve it. The module logs in this way whenever the agent image has no ECR ARN, even for another registry, and a failed login stops the bootstrap.`,
        ),
  ];
}

/** The bucket the main module creates; config.yaml points the services at the regional endpoint. */
export function flowsBucket(config: Config): EgressDestination {
  const region = config.basics.awsRegion;
  return destination({
    id: "s3",
    target: "Amazon S3 (the Flows bucket)",
    kind: "aws-api",
    hosts: [`s3.${region}.amazonaws.com`, `*.s3.${region}.amazonaws.com`],
    cidrs: [],
    port: 443,
    why: `Flows services store files in the bucket the main module creates (config.yaml: endpoint s3.${region}.amazonaws.com)`,
    clients: ["flows-services"],
    note: `The bucket's own host is flows-XXXXXXXX.s3.${region}.amazonaws.com (narrow the wildcard to it once created). Whether the services' S3 client uses the proxy is not documented: allow it on the proxy and on the firewall or NAT path, or use an S3 gateway endpoint.`,
    source: "observed",
  });
}
