// Share links and configuration import: the public surface for the UI.
export {
  createShareLink,
  decodeShareLink,
  encodeShareLink,
  extractFragment,
  looksLikeShareLink,
  shareUrl,
  LONG_LINK_CHARACTERS,
  type ShareLink,
  type ShareLinkOptions,
} from "./link";
export { parseWizardConfigFile, MAX_CONFIG_FILE_BYTES } from "./wizard-config-file";
export { CREDENTIAL_FIELD_LABELS, withoutSecrets, type CredentialField } from "./secrets";
export type { DroppedPart, ImportResult, LoadedConfig } from "./types";
