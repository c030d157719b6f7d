// EKS Auto Mode NodeClass (eks.amazonaws.com/v1) and NodePool (karpenter.sh/v1): the fields the
// wizard writes and their documented limits. Read from the AWS EKS user guide's sources,
// github.com/awsdocs/amazon-eks-user-guide: latest/ug/automode/create-node-class.adoc at commit
// 0026c9df3e1fde9368f7832c14bc9b0e6c64285a ("Node Class Specification") and
// create-node-pool.adoc at 013856044148d6eeed4723027a45aa2180536bcb. AWS publishes no CRD schema
// for NodeClass (none found in its docs or repositories): lib/upstream/testing/
// eks-nodeclass-v1.documented.json is a JSON schema of exactly the documented fields. The
// NodePool is checked against Karpenter's own CRD (lib/upstream/testing/karpenter-nodepool-v1.json,
// kubernetes-sigs/karpenter v1.14.1).

export const NODE_CLASS_DOC =
  "AWS EKS user guide, Create a Node Class (create-node-class.adoc @0026c9d)";
export const NODE_POOL_DOC =
  "AWS EKS user guide, Create a Node Pool (create-node-pool.adoc @0138560)";

export const NODE_CLASS_FACTS = {
  apiVersion: "eks.amazonaws.com/v1",
  kind: "NodeClass",
  /** "Do not name your custom node class `default`." */
  forbiddenName: "default",
  /** spec.role: "IAM role for EC2 instances", by name (the example: `role: MyNodeRole`). Required. */
  role: "required: IAM role name",
  /** spec.subnetSelectorTerms: required; terms by `tags` or `id`. */
  subnetSelectorTerms: "required: [{id} | {tags}]",
  /** spec.securityGroupSelectorTerms: required; terms by `tags`, `id` or `name`. */
  securityGroupSelectorTerms: "required: [{id} | {name} | {tags}]",
  /** spec.advancedNetworking.httpsProxy: "Max 255 characters". */
  httpsProxyMaxLength: 255,
  /** spec.advancedNetworking.noProxy: "Max 50 entries", "Max 255 characters each". */
  noProxyMaxEntries: 50,
  noProxyEntryMaxLength: 255,
  /**
   * The documented noProxy example: loopback, the instance metadata service, ".internal" and
   * ".eks.amazonaws.com" ("Domains to exclude, put all VPC endpoints here").
   */
  documentedNoProxy: [
    "localhost",
    "127.0.0.1",
    "169.254.169.254",
    ".internal",
    ".eks.amazonaws.com",
  ],
  /**
   * spec.certificateBundles: [{name, data: "base64-encoded-cert-data"}]. The guide says no more
   * of the format; the wizard writes one bundle per certificate, data = base64 of its PEM file
   * (the placeholder's reading; an assumption: the guide gives no format beyond it).
   */
  certificateBundles: "[{name, data}]",
  /**
   * "If you change the Node IAM Role associated with a NodeClass, you will need to create a new
   * Access Entry. EKS automatically creates an Access Entry for the Node IAM Role during cluster
   * creation": reusing the cluster's node role (computeConfig.nodeRoleArn) needs no new entry.
   */
  accessEntry: "the cluster's node role already has one",
} as const;

export const NODE_POOL_FACTS = {
  apiVersion: "karpenter.sh/v1",
  kind: "NodePool",
  /** spec.template.spec.nodeClassRef: group eks.amazonaws.com, kind NodeClass, name. */
  nodeClassRefGroup: "eks.amazonaws.com",
  /**
   * spec.weight: Karpenter's CRD, "Weight is the priority given to the nodepool during
   * scheduling. A higher numerical weight indicates that this nodepool will be ordered ahead of
   * other nodepools with lower weights" (1–100; a pool without one counts as 0). The built-in
   * general-purpose pool cannot be modified (create-node-pool.adoc).
   */
  maxWeight: 100,
  /** The label every node of a pool carries (Karpenter's well-known label). */
  poolLabel: "karpenter.sh/nodepool",
} as const;

/** Where install.sh reads what the NodeClass must share with the cluster (aws eks describe-cluster). */
export const DESCRIBE_CLUSTER_QUERIES = {
  /** The node role EKS Auto Mode's built-in pools use (its access entry exists). */
  nodeRoleArn: "cluster.computeConfig.nodeRoleArn",
  /** The cluster's subnets, as NodeClass subnet terms. */
  subnetTerms: "cluster.resourcesVpcConfig.subnetIds[].{id: @}",
  /** The cluster security group (the module's database rule admits it: security_group.tf). */
  clusterSecurityGroupId: "cluster.resourcesVpcConfig.clusterSecurityGroupId",
} as const;
