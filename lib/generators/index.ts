// Every file of the bundle for a configuration: one generator per file, in one list.
import type { Config } from "../config/schema";
import { agentValuesFile } from "./agent-values";
import { certFiles } from "./cert-files";
import { checksumsFile } from "./checksums";
import { egressFiles } from "./egress";
import { helmValuesFile } from "./helm-values";
import { installShFile } from "./install-sh";
import { readmeFile } from "./readme";
import { preflightShFile } from "./preflight-sh";
import { mainTfFile, tfvarsFile } from "./terraform";
import type { GeneratedFile } from "./types";
import { verifyShFile } from "./verify-sh";
import { wizardConfigFile } from "./wizard-config";
import { withMergedValues } from "../merge/merge-sources";

export type { GeneratedFile } from "./types";

export interface GenerateOptions {
  /** The user's existing values files, to merge the wizard's settings into (issue 7). */
  mergeSources?: { values?: string; agentValues?: string };
}

function byPath(a: GeneratedFile, b: GeneratedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** All files, sorted by path; README.md and SHA256SUMS describe the rest. */
export function generateFiles(config: Config, options: GenerateOptions = {}): GeneratedFile[] {
  const generated: GeneratedFile[] = [
    helmValuesFile(config),
    ...[agentValuesFile(config)].filter((f): f is GeneratedFile => f !== null),
    mainTfFile(config),
    tfvarsFile(config),
    installShFile(config),
    wizardConfigFile(config),
    ...certFiles(config),
    verifyShFile(config),
    preflightShFile(config),
    ...egressFiles(config),
  ];
  // The user's own values files, when given, replace the generated ones (merged, comments kept).
  const files = withMergedValues(generated, config, options.mergeSources);
  files.push(readmeFile(config, files));
  files.push(checksumsFile(files));
  return files.sort(byPath);
}
