// helm/agent-values.yaml for the spacelift-flows-agent chart (agents inside Kubernetes): the
// plan's values for it, or the user's own values file with them merged in.
import { toYaml } from "../format/yaml";
import { mergedValuesFile } from "../merge/merge-sources";
import type { InstallPlan } from "../plan/install-plan";
import type { GeneratedFile } from "./types";

export function agentValuesFile(plan: InstallPlan): GeneratedFile | null {
  if (plan.chartValues.agent === null) return null;
  return mergedValuesFile<GeneratedFile>(
    {
      path: "helm/agent-values.yaml",
      language: "yaml",
      description: "Values for the spacelift-flows-agent Helm chart (agents inside Kubernetes).",
      contents: toYaml(
        plan.chartValues.agent,
        " Values for the spacelift-flows-agent chart. Proxy and CA variables go through agent.extraEnv:\n" +
          " the chart documents no setting of its own for them (see README.md, assumptions).",
      ),
    },
    plan.merge.agentValues,
  );
}
