// The shell recipe, for the bundle README, that rebuilds `custom_ca_certificates` from the
// bundle's certs/*.pem so a reviewer can check the value. Portable: GNU base64 wraps at 76
// columns and macOS base64 does not, so every base64 output goes through `tr -d '\n'`; jq's
// own newline is removed the same way (the value is the compact JSON, no trailing newline).
import { shellQuote } from "../format/shell";

/** Shell commands (no Markdown fence) to run in the bundle's root; prints the one-line value. */
export function customCaRecipe(
  fileNames: readonly string[],
  variable = "custom_ca_certificates",
): string {
  if (fileNames.length === 0) return `# No certificates: ${variable} is empty.\n`;
  const args = fileNames.map(
    (name, i) => `  --arg c${i + 1} "$(base64 < ${shellQuote(`certs/${name}`)} | tr -d '\\n')" \\`,
  );
  const list = fileNames.map((_, i) => `$c${i + 1}`).join(", ");
  return [
    `# Rebuild ${variable} from certs/ (same output with GNU and macOS base64).`,
    "jq -cn \\",
    ...args,
    `  '{caCertificates: [${list}]}' | tr -d '\\n' | base64 | tr -d '\\n' > ${variable}.txt`,
    "# One line, no spaces: compare it with the value in the Terraform files.",
    `cat ${variable}.txt`,
    "",
  ].join("\n");
}
