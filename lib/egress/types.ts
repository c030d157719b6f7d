// One outbound destination, as the builders make it and the exports and the page read it.

export type EgressKind = "image" | "url" | "cidr" | "aws-api";

/**
 * Where a destination comes from: the product's documentation table ("documented"), a read of
 * the modules' and charts' sources ("observed"), or a choice made in the wizard ("configured":
 * a mirror or a custom runtime image instead of the documented default).
 */
export type EgressSource = "documented" | "observed" | "configured";

/** Who opens the connection: it decides whether a proxy applies. */
export type EgressClient =
  "flows-services" | "eks-nodes" | "agent-hosts" | "ec2-agents" | "kubernetes-agents";

export interface EgressDestination {
  id: string;
  /** What the destination is, as the docs name it: an image, a URL, an IP range or an AWS API. */
  target: string;
  kind: EgressKind;
  /**
   * Host names to allow (empty for IP ranges). `*.suffix` stands for every subdomain, and a
   * first label `ACCOUNT` for an AWS account id known only after `tofu apply`.
   */
  hosts: string[];
  /** IP ranges to allow (IPv4 and IPv6). */
  cidrs: string[];
  port: number;
  why: string;
  clients: EgressClient[];
  /** The clients, as a person reads them. */
  connectsFrom: string;
  /**
   * None of the clients reads the proxy variables (container runtimes, the agent host's
   * bootstrap): allow it on the firewall or NAT path, or reach it through a VPC endpoint.
   */
  direct: boolean;
  /** What is worth knowing beyond `why`: assumptions, routes, placeholders. */
  note?: string;
  source: EgressSource;
}
