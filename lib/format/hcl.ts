// HCL (Terraform/OpenTofu) literals. Template sequences `${` and `%{` are escaped by doubling
// their first character; control characters become escapes so a value never spans lines.

export type HclValue = string | number | boolean | null | readonly string[];

const ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

/** A quoted HCL string that evaluates to exactly `value` (HCL normalizes text to Unicode NFC). */
export function hclString(value: string): string {
  const escaped = value.replace(/[\\"\n\r\t\u0000-\u001f\u007f]|[$%](?=\{)/g, (match) => {
    if (match === "$" || match === "%") return match + match;
    return ESCAPES[match] ?? "\\u" + match.charCodeAt(0).toString(16).padStart(4, "0");
  });
  return `"${escaped}"`;
}

/** Control characters a heredoc cannot carry as they are (tabs and newlines it can). */
const HEREDOC_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/**
 * A heredoc that evaluates to exactly `value`, for text of whole lines (a script): read as
 * written, with only `${` and `%{` escaped. Null when the value is not whole lines.
 */
export function hclHeredoc(value: string): string | null {
  if (!value.endsWith("\n") || HEREDOC_UNSAFE.test(value)) return null;
  const lines = value.slice(0, -1).split("\n");
  let delimiter = "EOT";
  for (let i = 1; lines.some((line) => line.trim() === delimiter); i++) delimiter = `EOT${i}`;
  const body = value.replace(/[$%](?=\{)/g, (match) => match + match);
  return `<<${delimiter}\n${body}${delimiter}`;
}

export function hclValue(value: HclValue): string {
  if (value === null) return "null";
  if (typeof value === "string")
    return (value.includes("\n") && hclHeredoc(value)) || hclString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `[${value.map(hclString).join(", ")}]`;
}

/** `name = value` lines with the `=` aligned as `tofu fmt` does; `raw` values are expressions. */
export function hclAttributes(
  attributes: readonly (readonly [string, HclValue | { raw: string }])[],
  indent = "",
): string {
  const width = Math.max(0, ...attributes.map(([name]) => name.length));
  return attributes
    .map(([name, value]) => {
      const rendered =
        typeof value === "object" && value !== null && "raw" in value
          ? value.raw
          : hclValue(value as HclValue);
      return `${indent}${name.padEnd(width)} = ${rendered}`;
    })
    .join("\n");
}
