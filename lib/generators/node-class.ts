// kubernetes/node-class.yaml: the cluster nodes' own NodeClass (proxy, NO_PROXY, the services'
// CA set as certificate bundles) and a NodePool that uses it, preferred over the built-in
// general-purpose pool. Fields and limits: lib/upstream/node-class.ts. install.sh fills the
// placeholders (node role, subnets, cluster security group) from aws eks describe-cluster.
import type { InstallPlan } from "../plan/install-plan";
import {
  NODE_CLASS_FILE,
  NODE_CLASS_NAME,
  NODE_PLACEHOLDERS,
  NODE_POOL_NAME,
  type NodeTrust,
} from "../plan/node-trust";
import { toYaml } from "../format/yaml";
import { NODE_CLASS_FACTS, NODE_POOL_FACTS } from "../upstream/node-class";
import type { GeneratedFile } from "./types";

function nodeClass(nodes: NodeTrust): unknown {
  const spec: Record<string, unknown> = {
    role: NODE_PLACEHOLDERS.role,
    subnetSelectorTerms: NODE_PLACEHOLDERS.subnetTerms.slice(1, -1),
    securityGroupSelectorTerms: [{ id: NODE_PLACEHOLDERS.securityGroup }],
  };
  if (nodes.proxy)
    spec.advancedNetworking = {
      httpsProxy: nodes.proxy.httpsProxy,
      noProxy: nodes.proxy.noProxy,
    };
  if (nodes.certificateBundles.length > 0) spec.certificateBundles = nodes.certificateBundles;
  return {
    apiVersion: NODE_CLASS_FACTS.apiVersion,
    kind: NODE_CLASS_FACTS.kind,
    metadata: { name: NODE_CLASS_NAME },
    spec,
  };
}

function nodePool(nodes: NodeTrust): unknown {
  return {
    apiVersion: NODE_POOL_FACTS.apiVersion,
    kind: NODE_POOL_FACTS.kind,
    metadata: { name: NODE_POOL_NAME },
    spec: {
      weight: nodes.weight,
      template: {
        spec: {
          nodeClassRef: {
            group: NODE_POOL_FACTS.nodeClassRefGroup,
            kind: NODE_CLASS_FACTS.kind,
            name: NODE_CLASS_NAME,
          },
          requirements: [
            // x86_64 and on-demand: the images are copied for linux/amd64 (install.sh).
            { key: "kubernetes.io/arch", operator: "In", values: ["amd64"] },
            { key: "karpenter.sh/capacity-type", operator: "In", values: ["on-demand"] },
            { key: "eks.amazonaws.com/instance-category", operator: "In", values: ["c", "m", "r"] },
          ],
        },
      },
    },
  };
}

export function nodeClassFile(plan: InstallPlan): GeneratedFile | null {
  const nodes = plan.nodes;
  if (!nodes) return null;
  const header = [
    " The cluster nodes' NodeClass and NodePool (EKS Auto Mode). The nodes' container runtime",
    " pulls images with these settings, not with the pods' HTTP_PROXY or custom_ca_certificates.",
    ` install.sh fills ${NODE_PLACEHOLDERS.role}, the subnet terms and ${NODE_PLACEHOLDERS.securityGroup}`,
    " from aws eks describe-cluster (the cluster's node role, subnets and security group).",
  ].join("\n");
  return {
    path: NODE_CLASS_FILE,
    language: "yaml",
    description:
      "The cluster nodes' NodeClass (proxy and CA bundles for image pulls) and a NodePool preferred over the built-in one: install.sh fills in the cluster's node role, subnets and security group.",
    contents: `${toYaml(nodeClass(nodes), header)}---\n${toYaml(nodePool(nodes))}`,
  };
}
