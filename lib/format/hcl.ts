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

export function hclValue(value: HclValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return hclString(value);
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
