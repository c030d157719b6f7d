// wizard-config.json: the configuration itself, re-importable, without secrets.
import { SCHEMA_VERSION, type Config } from "../config/schema";
import type { InstallPlan } from "../plan/install-plan";
import { withoutSecrets } from "../share/secrets";
import { WIZARD_NAME, WIZARD_VERSION } from "../version";
import type { GeneratedFile } from "./types";

export interface WizardConfigFile {
  schemaVersion: number;
  generator: string;
  /** Secret fields that held something left out (proxy passwords); the wizard asks for them. */
  secretsOmitted: string[];
  config: Config;
}

export function wizardConfigFile(install: InstallPlan): GeneratedFile {
  const { config } = install;
  const { config: safe, omittedSecrets } = withoutSecrets(config);
  const file: WizardConfigFile = {
    schemaVersion: SCHEMA_VERSION,
    generator: `${WIZARD_NAME}@${WIZARD_VERSION}`,
    secretsOmitted: omittedSecrets,
    config: safe,
  };
  return {
    path: "wizard-config.json",
    language: "json",
    description:
      "This configuration, without secrets: import it into the wizard to change it later.",
    contents: JSON.stringify(file, null, 2) + "\n",
  };
}
