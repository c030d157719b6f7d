// NO_PROXY suggestions beyond the documented starting point. Each one adds or removes entries
// in `proxy.noProxy`, which stays the single truth: a suggestion is "on" when all its entries
// are in the list.
import type { Config } from "../config/schema";
import { parseVpcCidr } from "../proxy/vpc-cidr";

export interface NoProxySuggestion {
  id: string;
  /** Normalized entries, as parseNoProxyEntry returns them. */
  entries: string[];
  /** One line for the person deciding whether to turn it on. */
  reason: string;
  /** Set when the suggestion rests on something the wizard cannot know for sure. */
  assumption?: string;
}

export interface SuggestionOptions {
  /** The VPC's CIDR as the user typed it; ignored when it is not a valid range. */
  vpcCidr?: string;
}

/** The VPC the main module creates when `enable_vpc` is true (modules/network/main.tf). */
export const MODULE_VPC_CIDR = "10.0.0.0/16";

/**
 * EKS picks the service range when the cluster is created without one: 172.20.0.0/16 when the
 * VPC lies in 10.0.0.0/8, else 10.100.0.0/16 (AWS documents the two ranges; the rule for
 * choosing between them is AWS's observed behaviour, hence an assumption).
 */
export function eksDefaultServiceCidr(vpcCidr: string): string {
  return vpcCidr.startsWith("10.") ? "172.20.0.0/16" : "10.100.0.0/16";
}

/** The suggestions that fit this configuration, in the order the UI shows them. */
export function noProxySuggestions(
  config: Config,
  options: SuggestionOptions = {},
): NoProxySuggestion[] {
  const region = config.basics.awsRegion;
  const domain = config.basics.appDomain;
  const vpc = options.vpcCidr ? parseVpcCidr(options.vpcCidr) : null;
  const vpcCidr = vpc?.ok ? vpc.cidr : MODULE_VPC_CIDR;
  const serviceCidr = eksDefaultServiceCidr(vpcCidr);
  const suggestions: NoProxySuggestion[] = [
    {
      id: "svc",
      entries: [".svc"],
      reason: "Pods often call services as NAME.NAMESPACE.svc, without the .cluster.local suffix.",
    },
    {
      id: "service-cidr",
      entries: [serviceCidr],
      reason:
        "Kubernetes service IPs (ClusterIPs), for clients that connect to a service by address.",
      assumption: `EKS's default service range for a VPC in ${vpcCidr} is ${serviceCidr} (it uses 10.100.0.0/16 or 172.20.0.0/16). Check yours with: aws eks describe-cluster --name CLUSTER --query cluster.kubernetesNetworkConfig.serviceIpv4Cidr`,
    },
  ];
  if (vpc?.ok)
    suggestions.push({
      id: "vpc-cidr",
      entries: [vpc.cidr],
      reason: "Addresses inside the VPC (database, internal load balancers) are reached directly.",
    });
  suggestions.push({
    id: "instance-metadata",
    entries: ["169.254.169.254"],
    reason: "The EC2 instance metadata service (IAM credentials); a proxy cannot reach it.",
  });
  if (config.network.ingressScheme === "internal")
    suggestions.push({
      id: "app-domain",
      entries: [domain, `.${domain}`],
      reason: `The private install itself (${domain} and gateway.${domain}) sits behind an internal load balancer in the VPC.`,
    });
  suggestions.push(
    {
      id: "s3-endpoint",
      entries: [`s3.${region}.amazonaws.com`, `.s3.${region}.amazonaws.com`],
      reason: `S3 in ${region} through a gateway VPC endpoint: the buckets are reached without the proxy.`,
    },
    {
      id: "aws-regional-endpoints",
      entries: [`.${region}.amazonaws.com`],
      reason: `Every regional AWS API in ${region}, when you reach them through interface VPC endpoints.`,
    },
  );
  return suggestions;
}

/** True when every entry of the suggestion is in the list. */
export function isSuggestionOn(noProxy: readonly string[], suggestion: NoProxySuggestion): boolean {
  return suggestion.entries.every((entry) => noProxy.includes(entry));
}

/** The list with the suggestion's entries added (at the end, no duplicates) or removed. */
export function toggleSuggestion(
  noProxy: readonly string[],
  suggestion: NoProxySuggestion,
  on: boolean,
): string[] {
  if (!on) return noProxy.filter((entry) => !suggestion.entries.includes(entry));
  return [...noProxy, ...suggestion.entries.filter((entry) => !noProxy.includes(entry))];
}
