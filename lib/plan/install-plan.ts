// The install plan: every decision about one install, made once from a validated configuration
// and the user's own values files. The generators, Review, the TLS check, the egress table and
// the command line read it; none of them derives a decision again. Each part is computed by one
// function that names, in its parameter type, the parts of the plan it reads.
import type { Config } from "../config/schema";
import { ec2ProxyInject } from "./ec2-inject";
import { egressDestinations, type EgressDestination } from "../egress/destinations";
import type { MergeOutcome } from "../merge/merge-sources";
import { chartValues, type ChartValues } from "./chart-values";
import { planDecisions, type PlanDecisions } from "./decisions";
import { gitopsPlan, type GitopsPlan } from "./gitops";
import { installSteps, type InstallSteps } from "./install-steps";
import { nodeTrust, type NodeTrust } from "./node-trust";
import { terraformWiring, type TerraformWiring } from "./terraform-wiring";

export type { PlanDecisions } from "./decisions";

export interface InstallPlan extends PlanDecisions {
  /** The EC2 agent module's `custom_userdata_inject`, or null when EC2 agents get no proxy. */
  ec2Inject: string | null;
  /** The root module's variables, both modules' arguments and the outputs install.sh reads. */
  terraform: TerraformWiring;
  /** Every destination the install reaches, for the egress table, the checks and the scripts. */
  egress: EgressDestination[];
  /** The values each chart gets from the wizard (also what a merge applies). */
  chartValues: ChartValues;
  /** The user's own values files merged with `chartValues`, when given. */
  merge: MergeOutcome;
  /** The cluster nodes' own NodeClass and NodePool (proxy, CA bundles), or null when not needed. */
  nodes: NodeTrust | null;
  /** install.sh's variables, tools and steps, in order (also the README's and Review's). */
  commands: InstallSteps;
  /** The Helm releases and manifests handed to Argo CD or Flux, or null when install.sh installs them. */
  gitops: GitopsPlan | null;
}

/**
 * Every decision of the install but the merge with the user's values files (lib/plan/index.ts
 * adds it): what the page's views read, without loading the YAML library.
 */
export function planWithoutMerge(config: Config): InstallPlan {
  const base = planDecisions(config);
  const ec2Inject = ec2ProxyInject(base);
  const terraform = terraformWiring({ ...base, ec2Inject });
  const values = chartValues(base);
  const gitops = gitopsPlan(base);
  const nodes = nodeTrust(base);
  return {
    ...base,
    ec2Inject,
    terraform,
    egress: egressDestinations(base),
    chartValues: values,
    merge: {},
    nodes,
    commands: installSteps({ ...base, terraform, gitops, nodes }),
    gitops,
  };
}
