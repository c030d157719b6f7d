// NO_PROXY as each agent receives it: the user's list, plus what that agent needs to reach
// directly whatever the list says. Each addition carries its reason for the page and README.
import type { Config } from "../config/schema";
import type { VpcPlan } from "../config/derive";
import { parseVpcCidr } from "../proxy/vpc-cidr";
import { eksDefaultServiceCidr } from "./suggestions";
import { SOURCES } from "../receivers";

/** The EC2 instance metadata service, where the AWS CLI finds the instance's credentials. */
export const IMDS_ADDRESS = "169.254.169.254";

export type AgentReceiver = "ec2Agents" | "kubernetesAgents";

export interface NoProxyAddition {
  entry: string;
  reason: string;
}

/** What the additions read of the install plan. */
export interface ReceiverInputs {
  config: Config;
  vpc: Pick<VpcPlan, "cidr">;
}

function covers(list: readonly string[], host: string): boolean {
  return list.some(
    (entry) => entry === "*" || entry === host || (entry.startsWith(".") && host.endsWith(entry)),
  );
}

/** The Kubernetes service ranges EKS may have picked: one when the VPC's range is known. */
export function serviceCidrs({ config, vpc }: ReceiverInputs): string[] {
  const known = vpc.cidr;
  const typed = config.proxy.vpcCidr ? parseVpcCidr(config.proxy.vpcCidr) : null;
  const vpcCidr = known ?? (typed?.ok ? typed.cidr : null);
  return vpcCidr ? [eksDefaultServiceCidr(vpcCidr)] : ["172.20.0.0/16", "10.100.0.0/16"];
}

/**
 * An internal load balancer sits in the agents' own VPC: they reach Flows there directly, not
 * through a proxy that may have no route back into the VPC.
 */
function internalAppDomain(config: Config): NoProxyAddition[] {
  if (config.network.ingressScheme !== "internal") return [];
  const domain = config.basics.appDomain;
  const reason = `The internal load balancer (${domain}, gateway.${domain}) is in the agents' own VPC: they reach it directly, not through a proxy that may have no route back into the VPC.`;
  return [domain, `.${domain}`]
    .filter((entry) => !covers(config.proxy.noProxy, entry.replace(/^\./, "gateway.")))
    .map((entry) => ({ entry, reason }));
}

/** Entries added to one agent's NO_PROXY, with why; none when the list already covers them. */
export function noProxyAdditions(
  inputs: ReceiverInputs,
  receiver: AgentReceiver,
): NoProxyAddition[] {
  const { config } = inputs;
  const list = config.proxy.noProxy;
  if (receiver === "ec2Agents") {
    const host = `autoscaling.${config.basics.awsRegion}.amazonaws.com`;
    const imds: NoProxyAddition[] = covers(list, IMDS_ADDRESS)
      ? []
      : [
          {
            entry: IMDS_ADDRESS,
            reason: `The agent host's AWS CLI calls after the proxy variables are set (the lifecycle hook) look up the instance's credentials at ${IMDS_ADDRESS}, which no proxy can reach: AWS's CLI documentation says to exempt it on EC2 with a proxy (${SOURCES.awsCliProxy.ref}).`,
          },
        ];
    return [
      ...internalAppDomain(config),
      ...(covers(list, host)
        ? []
        : [
            {
              entry: host,
              reason:
                "The agent host's start-up script signals the auto scaling group (aws autoscaling complete-lifecycle-action) after the proxy variables are set; it reaches AWS directly, as its earlier AWS calls do, or the host is replaced.",
            },
          ]),

      ...imds,
    ];
  }
  const all = serviceCidrs(inputs);
  const reason =
    all.length === 1
      ? `The agent talks to the Kubernetes API at its service address (in ${all[0]}, EKS's default service range for this VPC): without it, client-go would send the API calls to the proxy.`
      : "The agent talks to the Kubernetes API at its service address, in one of EKS's two default service ranges, depending on the VPC's range: enter the VPC's range in the Proxy step to keep only the right one. Without it, client-go would send the API calls to the proxy.";
  return [
    ...internalAppDomain(config),
    ...all.filter((cidr) => !list.includes(cidr)).map((entry) => ({ entry, reason })),
  ];
}

/** The additions with one reason each: entries that share a reason are listed together. */
export function additionsByReason(
  additions: readonly NoProxyAddition[],
): { entries: string[]; reason: string }[] {
  const groups: { entries: string[]; reason: string }[] = [];
  for (const { entry, reason } of additions) {
    const group = groups.find((g) => g.reason === reason);
    if (group) group.entries.push(entry);
    else groups.push({ entries: [entry], reason });
  }
  return groups;
}
