// Every file of the bundle for an install plan: one generator per file, in one list.
import type { InstallPlan } from "../plan/install-plan";
import { agentValuesFile } from "./agent-values";
import { certFiles } from "./cert-files";
import { checksumsFile } from "./checksums";
import { egressFiles } from "./egress";
import { gitopsArgocdFiles } from "./gitops-argocd";
import { gitopsFluxFiles } from "./gitops-flux";
import { gitopsProxySecretFile } from "./gitops-proxy-secret";
import { gitopsReadmeFile } from "./gitops-readme";
import { helmValuesFile } from "./helm-values";
import { installShFile } from "./install-sh";
import { nodeClassFile } from "./node-class";
import { readmeFile } from "./readme";
import { preflightShFile } from "./preflight-sh";
import { mainTfFile, tfvarsFile } from "./terraform";
import type { GeneratedFile } from "./types";
import { verifyShFile } from "./verify-sh";
import { wizardConfigFile } from "./wizard-config";

export type { GeneratedFile } from "./types";

function byPath(a: GeneratedFile, b: GeneratedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** All files, sorted by path; README.md and SHA256SUMS describe the rest. */
export function generateFiles(plan: InstallPlan): GeneratedFile[] {
  const files: GeneratedFile[] = [
    helmValuesFile(plan),
    ...[agentValuesFile(plan), nodeClassFile(plan)].filter((f): f is GeneratedFile => f !== null),
    mainTfFile(plan),
    tfvarsFile(plan),
    installShFile(plan),
    wizardConfigFile(plan),
    ...certFiles(plan),
    verifyShFile(plan),
    preflightShFile(plan),
    ...egressFiles(plan),
    ...gitopsArgocdFiles(plan),
    ...gitopsFluxFiles(plan),
    ...[gitopsProxySecretFile(plan)].filter((f): f is GeneratedFile => f !== null),
  ];
  const gitopsReadme = gitopsReadmeFile(plan, files);
  if (gitopsReadme) files.push(gitopsReadme);
  files.push(readmeFile(plan, files));
  files.push(checksumsFile(files));
  return files.sort(byPath);
}
