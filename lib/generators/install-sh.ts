// install.sh: the plan's install steps (lib/plan/install-steps.ts) as one script, safe to read
// and to run.
import { shellQuote } from "../format/shell";
import type { InstallPlan } from "../plan/install-plan";
import type { GeneratedFile } from "./types";

export function installShFile(plan: InstallPlan): GeneratedFile {
  const { variables, tools, steps } = plan.commands;
  const header = [
    "#!/usr/bin/env bash",
    "# Spacelift Flows advanced settings: the install commands, in order. Read before running.",
    `# Needs: ${tools.join(", ")} (tofu, or terraform: replace the word).`,
    "# First, ./preflight.sh (read-only) checks the proxy, the CA certificates, DNS and these tools' registries.",
    "set -euo pipefail",
    'cd "$(dirname "$0")"',
    "",
    ...variables,
    "",
    `for tool in ${tools.join(" ")}; do`,
    '  command -v "$tool" >/dev/null 2>&1 || { echo "install.sh: $tool is not installed" >&2; exit 1; }',
    "done",
  ];
  const body = steps.flatMap((step, index) => [
    "",
    `# ${index + 1}. ${step.title}: ${step.why}`,
    `echo ${shellQuote(`==> ${index + 1}. ${step.title}`)}`,
    ...step.commands,
  ]);
  return {
    path: "install.sh",
    language: "shell",
    executable: true,
    description:
      "The commands in order: tofu, the cluster's kubeconfig, kubectl for the manifests, helm. Safe to read and to run.",
    contents: [
      ...header,
      ...body,
      "",
      "echo 'Done. Next: ./verify.sh (read-only checks).'",
      "",
    ].join("\n"),
  };
}
