// The values a GitOps release carries: exactly what install.sh passes with -f, that is the
// plan's chart values, or the user's own values file with them merged in (read as Helm reads it,
// YAML 1.1).
import { parse } from "yaml";
import type { InstallPlan } from "../../plan/install-plan";
import type { GitopsRelease } from "../../plan/gitops";

export function releaseValues(
  plan: Pick<InstallPlan, "chartValues" | "merge">,
  release: Pick<GitopsRelease, "chartKey">,
): Record<string, unknown> {
  const merged = release.chartKey === "flows" ? plan.merge.values : plan.merge.agentValues;
  if (merged?.ok) {
    const values: unknown = parse(merged.text, { version: "1.1" });
    if (values !== null && typeof values === "object" && !Array.isArray(values))
      return values as Record<string, unknown>;
  }
  return plan.chartValues[release.chartKey] ?? {};
}
