// AWS identifiers the wizard asks for: VPC and subnet ids, an ACM certificate ARN, and what an
// ECR repository URL says about itself (account, region, the ARN the agent module needs).
// Each check returns null when the value is fine, or a sentence for the person who typed it.

const VPC_ID = /^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const SUBNET_ID = /^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const ACM_ARN =
  /^arn:(aws|aws-cn|aws-us-gov):acm:([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}):(\d{12}):certificate\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ECR_HOST =
  /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2})\.amazonaws\.com(\.cn)?$/;

export function checkVpcId(value: string): string | null {
  if (value === "") return "Enter the VPC's id, for example vpc-0a1b2c3d4e5f67890.";
  if (!VPC_ID.test(value))
    return "A VPC id is vpc- followed by 8 or 17 lower-case hex digits, for example vpc-0a1b2c3d4e5f67890.";
  return null;
}

export function checkSubnetId(value: string): string | null {
  if (!SUBNET_ID.test(value))
    return `"${value}" is not a subnet id: subnet- followed by 8 or 17 lower-case hex digits.`;
  return null;
}

/** A list of subnet ids: at least two (EKS and the load balancer need two availability zones). */
export function checkSubnetIds(values: readonly string[], which: string): string | null {
  if (values.length === 0) return `Enter the ${which} subnet ids, at least two.`;
  for (const value of values) {
    const error = checkSubnetId(value);
    if (error) return error;
  }
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return `${value} is listed twice.`;
    seen.add(value);
  }
  if (values.length < 2)
    return `Enter at least two ${which} subnets, in different availability zones: EKS and the load balancer need two.`;
  return null;
}

// EKS CreateCluster's `name`: "only alphanumeric characters (case-sensitive), hyphens, and
// underscores. It must start with an alphanumeric character and can't be longer than 100
// characters" (AWS SDK for Rust, aws-sdk-eks CreateClusterInput, from the EKS API model).
const EKS_CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
const SECURITY_GROUP_ID = /^sg-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

export function checkEksClusterName(value: string): string | null {
  if (value === "") return "Enter the name of the existing EKS cluster.";
  if (value.length > 100) return "An EKS cluster name is at most 100 characters.";
  if (!EKS_CLUSTER_NAME.test(value))
    return "An EKS cluster name holds letters, digits, hyphens and underscores, and starts with a letter or digit.";
  return null;
}

/** database_security_group_ids: at least one group that lets the cluster's nodes reach port 5432. */
export function checkSecurityGroupIds(values: readonly string[]): string | null {
  if (values.length === 0)
    return "Enter at least one security group for the database that lets the cluster's nodes in on port 5432.";
  const seen = new Set<string>();
  for (const value of values) {
    if (!SECURITY_GROUP_ID.test(value))
      return `"${value}" is not a security group id: sg- followed by 8 or 17 lower-case hex digits.`;
    if (seen.has(value)) return `${value} is listed twice.`;
    seen.add(value);
  }
  return null;
}

/** Splits pasted ids on commas, spaces, newlines and quotes (a Terraform list pastes too). */
export function splitIdList(text: string): string[] {
  return text
    .split(/[\s,;"'[\]]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export interface AcmArn {
  partition: string;
  region: string;
  account: string;
}

export function parseAcmArn(value: string): AcmArn | null {
  const match = ACM_ARN.exec(value);
  return match ? { partition: match[1]!, region: match[2]!, account: match[3]! } : null;
}

export function checkAcmArn(value: string): string | null {
  if (value === "")
    return "Enter the ARN of the certificate in ACM, for example arn:aws:acm:eu-central-1:123456789012:certificate/…";
  if (value.startsWith("arn:") && value.includes(":acm-pca:"))
    return "That is an ACM Private CA ARN: issue a certificate from it in ACM and enter the certificate's ARN (…:acm:…:certificate/…).";
  if (!parseAcmArn(value))
    return "An ACM certificate ARN looks like arn:aws:acm:REGION:ACCOUNT:certificate/UUID.";
  return null;
}

export interface EcrRepository {
  account: string;
  region: string;
  /** Registry host, e.g. 123456789012.dkr.ecr.eu-central-1.amazonaws.com. */
  registry: string;
  name: string;
  /** The ARN the agent pool module's IAM policy and private-ECR login need. */
  arn: string;
}

/** A repository URL in Amazon ECR (private), or null for any other registry. */
export function parseEcrRepository(repository: string): EcrRepository | null {
  const slash = repository.indexOf("/");
  if (slash < 0) return null;
  const registry = repository.slice(0, slash);
  const match = ECR_HOST.exec(registry);
  if (!match) return null;
  const [, account, region, china] = match;
  const partition = china ? "aws-cn" : region!.includes("-gov-") ? "aws-us-gov" : "aws";
  const name = repository.slice(slash + 1);
  return {
    account: account!,
    region: region!,
    registry,
    name,
    arn: `arn:${partition}:ecr:${region}:${account}:repository/${name}`,
  };
}
