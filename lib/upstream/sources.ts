// Where the facts in lib/upstream come from, and the versions the bundle pins. Read on
// 2026-11-26 from the newest snapshots of the three upstream repositories.
//
// Pins: a tag where one holds everything the generated code relies on, else a commit.
// - Main module: tag v0.2.0 (bd6d363) has every variable and output used here, but with
//   `enable_vpc = false` it indexes `database_security_group_ids[0]` (eks.tf), an empty list
//   unless the user brings a security group: the existing-VPC path fails. Commit 42fc736
//   ("feat: create security group", after v0.2.0) creates that group itself.
// - Agent pool module: `custom_userdata_inject` (commit 8ecbf12) and `name` (65da736) came
//   after v0.4.0, the newest tag; the proxy inject needs the former.
// - Charts: spacelift-flows and spacelift-flows-agent are both 0.3.0 at the commit read.

export interface ModuleSource {
  /** GitHub owner/name. */
  repo: string;
  /** The `source` address without `?ref=`. */
  source: string;
  /** The pinned ref: a tag or a full commit id. */
  ref: string;
  /** How the README names the pin. */
  refLabel: string;
  /** The commit the facts were read from. */
  readAt: string;
}

export const MAIN_MODULE: ModuleSource = {
  repo: "spacelift-io/terraform-aws-eks-spacelift-flows-selfhosted",
  source: "github.com/spacelift-io/terraform-aws-eks-spacelift-flows-selfhosted",
  ref: "42fc736a6810583536d52e786aa1fbe39f5f322f",
  refLabel: "commit 42fc736: v0.2.0 and the database security group an existing VPC needs",
  readAt: "42fc736a6810583536d52e786aa1fbe39f5f322f",
};

export const AGENT_MODULE: ModuleSource = {
  repo: "spacelift-io/terraform-aws-spacelift-flows-agentpool-ec2",
  source: "github.com/spacelift-io/terraform-aws-spacelift-flows-agentpool-ec2",
  ref: "9e76c3594e38c222210bc34f75160ffb10ea5f2f",
  refLabel: "commit 9e76c35: v0.4.0 and custom_userdata_inject",
  readAt: "9e76c3594e38c222210bc34f75160ffb10ea5f2f",
};

export const HELM_CHARTS = {
  repo: "spacelift-io/spacelift-helm-charts",
  readAt: "ba3c3f328c09eaba34cb8fddf5d14de5170f7af9",
  /** `helm repo add spacelift URL`. */
  repositoryUrl: "https://downloads.spacelift.io/helm",
} as const;

/** Tags of each module, with the commit each names (git tag at the snapshots read). */
export const MODULE_TAGS = {
  main: { "v0.1.0": "72f15a4", "v0.2.0": "bd6d363" },
  agent: { "v0.1.0": "c2d91e2", "v0.2.0": "7f27136", "v0.3.0": "878d72a", "v0.4.0": "e325509" },
} as const;

/** `module.source` with its pinned (or overridden) ref. */
export function moduleSource(module: ModuleSource, override = ""): string {
  return `${module.source}?ref=${override || module.ref}`;
}
