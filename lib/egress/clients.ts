// Who opens each connection, and the destination builder that derives the rest from it.
import type { EgressClient, EgressDestination } from "./types";

export const CLIENT_LABELS: Record<EgressClient, string> = {
  "flows-services": "Flows services",
  "eks-nodes": "EKS nodes (containerd image pulls, not the pods' proxy)",
  "agent-hosts": "EC2 agent hosts (bootstrap script and Docker daemon, no proxy)",
  "ec2-agents": "agents on EC2",
  "kubernetes-agents": "agents in Kubernetes",
};

/** Clients that never read the proxy variables: container runtimes and the agent host's bootstrap. */
const DIRECT_CLIENTS: readonly EgressClient[] = ["eks-nodes", "agent-hosts"];

/** A destination with `connectsFrom` and `direct` derived from its clients. */
export function destination(
  fields: Omit<EgressDestination, "connectsFrom" | "direct">,
): EgressDestination {
  return {
    ...fields,
    connectsFrom: fields.clients.map((c) => CLIENT_LABELS[c]).join("; "),
    direct: fields.clients.every((c) => DIRECT_CLIENTS.includes(c)),
  };
}
