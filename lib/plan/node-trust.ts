// The cluster's nodes behind the proxy (issue 26). EKS Auto Mode's built-in general-purpose pool
// uses the default NodeClass: no proxy, no extra CA. The nodes' container runtime pulls images
// with the NodeClass's settings, not the pods' HTTP_PROXY or custom_ca_certificates, so behind a
// TLS-inspecting proxy (there are CA certificates) or a proxy-only egress the cluster never pulls
// its images. Then the bundle adds a NodeClass carrying the services' CA set (and, for a
// proxy-only egress, the proxy and its NO_PROXY) and a NodePool preferred over the built-in one.
import { caSetCertificates } from "../certs/ca-sets";
import { NODE_CLASS_FACTS, NODE_POOL_FACTS } from "../upstream/node-class";
import type { PlanDecisions } from "./decisions";

/** What install.sh fills in once the cluster exists (aws eks describe-cluster). */
export const NODE_PLACEHOLDERS = {
  role: "__NODE_ROLE__",
  /** Stands for the whole list of subnet terms, quotes included. */
  subnetTerms: '"__SUBNET_TERMS__"',
  securityGroup: "__CLUSTER_SECURITY_GROUP__",
  /** A proxy URL whose password install.sh reads (Secret mode). */
  httpsProxy: "__HTTPS_PROXY_URL__",
} as const;

export const NODE_CLASS_NAME = "spacelift-flows-nodes";
export const NODE_POOL_NAME = "spacelift-flows-nodes";

export interface NodeTrust {
  /** Why the nodes need their own NodeClass: TLS inspection (CAs), a proxy-only egress, or both. */
  reasons: ("ca" | "proxy")[];
  /** One bundle per certificate of the services' set: data is base64 of its PEM. */
  certificateBundles: { name: string; data: string }[];
  /** The node proxy, or null when the nodes reach the internet without one. */
  proxy: {
    /** The URL the file holds: the real one, or NODE_PLACEHOLDERS.httpsProxy for install.sh. */
    httpsProxy: string;
    filledByInstall: boolean;
    noProxy: string[];
    /** The user's entries past the NodeClass's 50: the nodes go to the proxy for those hosts. */
    dropped: string[];
  } | null;
  weight: number;
}

function base64(text: string): string {
  // A PEM is ASCII (lib/certs/pem.ts writes it), which btoa takes as it is; anything else is
  // encoded as UTF-8 first.
  if (/^[\x00-\x7f]*$/.test(text)) return btoa(text);
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The nodes' NO_PROXY: what they must reach directly first, then the user's list, 50 at most. */
function nodeNoProxy(plan: Pick<PlanDecisions, "config" | "vpc">) {
  const required: string[] = NODE_CLASS_FACTS.documentedNoProxy.filter((e) => e !== ".internal");
  const cidr = plan.vpc.cidr ?? (plan.config.proxy.vpcCidr || null);
  if (cidr) required.push(cidr);
  const entries: string[] = [];
  const dropped: string[] = [];
  for (const entry of [...required, ...plan.config.proxy.noProxy]) {
    if (entries.includes(entry)) continue;
    if (
      entries.length >= NODE_CLASS_FACTS.noProxyMaxEntries ||
      entry.length > NODE_CLASS_FACTS.noProxyEntryMaxLength
    )
      dropped.push(entry);
    else entries.push(entry);
  }
  return { entries, dropped };
}

export function nodeTrust(plan: Pick<PlanDecisions, "config" | "proxy" | "vpc">): NodeTrust | null {
  const { config, proxy } = plan;
  const certificates = caSetCertificates(config.certificates, "services");
  const proxyOnly = config.network.egress.restricted && proxy !== null;
  if (certificates.length === 0 && !proxyOnly) return null;
  const reasons: NodeTrust["reasons"] = [];
  if (certificates.length > 0) reasons.push("ca");
  if (proxyOnly) reasons.push("proxy");
  let nodeProxy: NodeTrust["proxy"] = null;
  if (proxyOnly && proxy) {
    const filledByInstall = proxy.useSecret && proxy.https.username !== "";
    const { entries, dropped } = nodeNoProxy(plan);
    nodeProxy = {
      httpsProxy: filledByInstall ? NODE_PLACEHOLDERS.httpsProxy : proxy.httpsUrl,
      filledByInstall,
      noProxy: entries,
      dropped,
    };
  }
  return {
    reasons,
    certificateBundles: certificates.map((c, i) => ({
      name: `flows-ca-${i + 1}`,
      data: base64(c.pem),
    })),
    proxy: nodeProxy,
    weight: NODE_POOL_FACTS.maxWeight,
  };
}

/** The bundle file with both manifests (its generator: lib/generators/node-class.ts). */
export const NODE_CLASS_FILE = "kubernetes/node-class.yaml";
