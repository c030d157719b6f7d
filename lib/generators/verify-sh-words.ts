// Shell words for verify.sh's messages: every value quoted with lib/format/shell.ts.
import { shellQuote } from "../format/shell";

/** One single-quoted shell word, whatever the value holds. */
export const q = (value: string) => shellQuote(value, true);

/** A shell word: quoted text around one variable expansion, e.g. words("is ", "$X", ", expected y"). */
export const words = (before: string, expansion: string, after = "") =>
  `${q(before)}"${expansion}"${after === "" ? "" : q(after)}`;
