// What the main module expects of an EKS cluster it did not create (enable_eks_cluster = false,
// eks_cluster_name), read at MAIN_MODULE.readAt (42fc736): the files named beside each fact.
// Review and the bundle README list them; the wizard cannot check them from the browser.

export interface ClusterExpectation {
  id: string;
  /** What the cluster (or the person installing) must have, as a sentence. */
  expectation: string;
  /** Why, from the upstream files. */
  why: string;
  /** The upstream file(s) at the pinned commit. */
  source: string;
}

export const EXISTING_CLUSTER_EXPECTATIONS: readonly ClusterExpectation[] = [
  {
    id: "auto-mode",
    expectation:
      "EKS Auto Mode, with its load balancing capability on (the module's own cluster has compute_config enabled).",
    why: "The ingress manifests the module outputs create IngressClassParams of API group eks.amazonaws.com and an IngressClass with controller eks.amazonaws.com/alb: only EKS Auto Mode serves them, so without it the Ingress never gets a load balancer.",
    source: "ingress.yaml.tftpl, internal_ingress.yaml.tftpl, eks.tf (compute_config)",
  },
  {
    id: "same-vpc",
    expectation:
      "It runs in the VPC you enter, and its nodes can reach the private subnets you enter.",
    why: "The module puts the database into private_subnet_ids of vpc_id; with enable_vpc left on it would build a second VPC that the cluster cannot reach.",
    source: "main.tf (module network, module database), examples/with_existing_infra",
  },
  {
    id: "database-security-groups",
    expectation:
      "The database security groups you enter let the cluster's nodes in on TCP 5432 (for example a rule from the cluster security group).",
    why: "The module adds its rule from the nodes to the database only when it creates the cluster (count = var.enable_eks_cluster ? 1 : 0); variables.tf says database_security_group_ids must be provided when enable_eks_cluster is false.",
    source: "security_group.tf, variables.tf (database_security_group_ids)",
  },
  {
    id: "admin-access",
    expectation:
      "The AWS identity that runs install.sh may administer the cluster (an access entry with cluster admin rights).",
    why: "install.sh applies manifests and Helm releases with kubectl and helm; the module's own cluster grants this through enable_cluster_creator_admin_permissions, an existing one does not.",
    source: "eks.tf (enable_cluster_creator_admin_permissions)",
  },
  {
    id: "capacity",
    expectation: "Room for the Flows services (the nodes or node pools to schedule them).",
    why: 'The upstream example asks for "an existing EKS cluster with appropriate node groups and capacity".',
    source: "examples/with_existing_eks/README.md",
  },
  {
    id: "outputs",
    expectation: "Nothing to do: install.sh finds it by name with aws eks update-kubeconfig.",
    why: "For an existing cluster the module's eks_cluster_endpoint and eks_cluster_certificate_authority_data outputs are empty strings, and eks_cluster_name is the name you enter.",
    source: "outputs.tf, eks.tf (local.cluster_name)",
  },
];
