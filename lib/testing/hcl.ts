// Reading HCL back in tests: @cdktf/hcl2json returns Terraform's JSON syntax, where strings are
// still templates (`$${` and `%%{` stand for a literal `${` and `%{`).
import { parse } from "@cdktf/hcl2json";

export function unescapeTemplate(text: string): string {
  let out = "";
  for (let i = 0; i < text.length;) {
    const three = text.slice(i, i + 3);
    if (three === "$${" || three === "%%{") {
      out += three.slice(1);
      i += 3;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/** Parses HCL and turns every string back into the literal value it stands for. */
export async function parseHcl(
  text: string,
  fileName = "main.tf",
): Promise<Record<string, unknown>> {
  const json = await parse(fileName, text);
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return unescapeTemplate(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(json) as Record<string, unknown>;
}
