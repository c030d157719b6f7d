// helm/values.yaml for the spacelift-flows chart: the plan's values for it, or the user's own
// values file with them merged in.
import { toYaml } from "../format/yaml";
import { mergedValuesFile } from "../merge/merge-sources";
import type { InstallPlan } from "../plan/install-plan";
import type { GeneratedFile } from "./types";

export function helmValuesFile(plan: InstallPlan): GeneratedFile {
  return mergedValuesFile<GeneratedFile>(
    {
      path: "helm/values.yaml",
      language: "yaml",
      description: "Values for the spacelift-flows Helm chart: ingress scheme, proxy variables.",
      contents: toYaml(
        plan.chartValues.flows,
        " Values for the spacelift-flows chart (helm upgrade --install … -f helm/values.yaml).",
      ),
    },
    plan.merge.values,
  );
}
