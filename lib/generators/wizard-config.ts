// wizard-config.json: the configuration itself, re-importable, without secrets.
import { SCHEMA_VERSION, type Config } from "../config/schema";
import { hasCredentials, stripCredentials } from "../proxy/url";
import { WIZARD_NAME, WIZARD_VERSION } from "../version";
import type { GeneratedFile } from "./types";

export interface WizardConfigFile {
  schemaVersion: number;
  generator: string;
  /** Fields whose secret parts were left out (proxy credentials); the wizard asks for them. */
  secretsOmitted: string[];
  config: Config;
}

/** The configuration with proxy credentials removed, and the list of what was removed. */
export function withoutSecrets(config: Config): { config: Config; omitted: string[] } {
  const omitted = (["httpProxy", "httpsProxy"] as const)
    .filter((field) => hasCredentials(config.proxy[field]))
    .map((field) => `proxy.${field}`);
  return {
    omitted,
    config: {
      ...config,
      proxy: {
        ...config.proxy,
        httpProxy: stripCredentials(config.proxy.httpProxy),
        httpsProxy: stripCredentials(config.proxy.httpsProxy),
      },
    },
  };
}

export function wizardConfigFile(config: Config): GeneratedFile {
  const { config: safe, omitted } = withoutSecrets(config);
  const file: WizardConfigFile = {
    schemaVersion: SCHEMA_VERSION,
    generator: `${WIZARD_NAME}@${WIZARD_VERSION}`,
    secretsOmitted: omitted,
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
