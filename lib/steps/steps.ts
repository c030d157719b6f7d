// The wizard's steps and which part of the configuration each one edits, so that a validation
// issue (a dotted path such as `proxy.httpProxy`) can be shown on the right step.

export const STEP_IDS = ["start", "basics", "network", "proxy", "certificates", "review"] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepInfo {
  id: StepId;
  title: string;
  /** The config section the step edits, or null for steps that edit none. */
  section: "basics" | "network" | "proxy" | "certificates" | null;
}

export const STEPS: readonly StepInfo[] = [
  { id: "start", title: "Start", section: null },
  { id: "basics", title: "Basics", section: "basics" },
  { id: "network", title: "Network", section: "network" },
  { id: "proxy", title: "Proxy", section: "proxy" },
  { id: "certificates", title: "Certificates", section: "certificates" },
  { id: "review", title: "Review", section: null },
];

export function isStepId(value: unknown): value is StepId {
  return typeof value === "string" && (STEP_IDS as readonly string[]).includes(value);
}

/** Config sections edited on a step that is not named after them. */
const SECTION_STEPS: Record<string, StepId> = { versions: "basics" };

/** The step whose fields hold a config path such as `network.egress.runtimeImage`. */
export function stepForPath(path: string): StepId | null {
  const section = path.split(".")[0] ?? "";
  return (
    STEPS.find((step) => step.section !== null && step.section === section)?.id ??
    SECTION_STEPS[section] ??
    null
  );
}

/** The steps that hold at least one of the issues, with how many each. */
export function errorsByStep(issues: readonly { path: string }[]): Partial<Record<StepId, number>> {
  const counts: Partial<Record<StepId, number>> = {};
  for (const issue of issues) {
    const step = stepForPath(issue.path);
    if (step) counts[step] = (counts[step] ?? 0) + 1;
  }
  return counts;
}

export function nextStep(step: StepId): StepId | null {
  return STEP_IDS[STEP_IDS.indexOf(step) + 1] ?? null;
}

export function previousStep(step: StepId): StepId | null {
  const index = STEP_IDS.indexOf(step);
  return index > 0 ? (STEP_IDS[index - 1] ?? null) : null;
}

/**
 * The file the preview shows on a step, until the user picks another tab there: what that step
 * changes most visibly.
 */
export function previewFileForStep(
  step: StepId,
  paths: readonly string[],
  restrictedEgress: boolean,
): string {
  const wanted: Record<StepId, string[]> = {
    start: ["helm/values.yaml"],
    basics: ["helm/values.yaml"],
    network: restrictedEgress
      ? ["egress-allowlist.md", "helm/values.yaml"]
      : ["terraform/spacelift-flows.auto.tfvars", "helm/values.yaml"],
    proxy: ["helm/values.yaml"],
    certificates: ["terraform/spacelift-flows.auto.tfvars"],
    review: ["install.sh"],
  };
  return wanted[step].find((path) => paths.includes(path)) ?? paths[0] ?? "";
}
