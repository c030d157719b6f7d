// One reading of a wizard-config.json (or a share link given in its place) for the page's import
// box, a share link opened in the page, and `npm run generate`: the same text gives the same
// configuration, the same parts left out and the same sentences wherever it is read
// (read-core.ts; the page's way in, which loads the certificate library only when needed, is
// read-on-page.ts). The command line's own inputs (proxy URLs, certificate files, the clock)
// come as options; reading files and what to do with a partly invalid configuration stay with
// the caller.
import { CERTIFICATE_STEPS } from "./certificate-steps";
import { readWith, type ImportReading, type ReadOptions } from "./read-core";

export { MAX_CONFIG_FILE_BYTES } from "../share/wizard-config-file";
export type { ProxyFlags } from "./as-given";
export type { ImportedConfig, ImportReading, ReadOptions } from "./read-core";

/** Reads the text of a wizard-config.json, or a share link, with what was given beside it. */
export function readWizardConfig(text: string, options: ReadOptions = {}): ImportReading {
  // Never stops for certificate steps: it has them.
  return readWith(CERTIFICATE_STEPS, text, options) as ImportReading;
}
