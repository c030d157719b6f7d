// HCL (Terraform/OpenTofu) literals. Template sequences `${` and `%{` are escaped by doubling
// their first character; control characters become escapes so a value never spans lines.

export type HclValue = string | number | boolean | null | readonly string[];

/** A quoted HCL string that evaluates to exactly `value` (HCL normalizes text to Unicode NFC). */
export function hclString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const next = value[i + 1];
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if ((ch === "$" || ch === "%") && next === "{") out += ch + ch;
    else {
      const code = ch.charCodeAt(0);
      out += code < 0x20 || code === 0x7f ? "\\u" + code.toString(16).padStart(4, "0") : ch;
    }
  }
  return out + '"';
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
