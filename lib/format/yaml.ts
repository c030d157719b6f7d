// YAML output goes through the `yaml` library, never string templates. Helm reads YAML 1.1, where
// an unquoted y/n/yes/no/on/off is a boolean and a bare `*` does not parse, so every string value
// that is not a plain word is double-quoted.
import { Document, Scalar, visit } from "yaml";

const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9._/-]*$/;
// The `yaml` library's YAML 1.1 float also reads an exponent alone ("e0", "E12") as a number.
const YAML11_SPECIAL = /^(y|n|yes|no|on|off|true|false|null|e[-+]?\d+)$/i;

/** True when a string can stand unquoted and every YAML 1.1 and 1.2 reader takes it as that string. */
export function isPlainWord(value: string): boolean {
  return PLAIN_WORD.test(value) && !YAML11_SPECIAL.test(value) && !value.endsWith(":");
}

/** Serializes a JSON-like value as a YAML document. */
export function toYaml(value: unknown, header?: string): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(key, node) {
      if (key === "key") return;
      if (typeof node.value === "string" && !isPlainWord(node.value))
        node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  if (header) doc.commentBefore = header;
  return doc.toString({
    lineWidth: 0,
    minContentWidth: 0,
    indentSeq: true,
    doubleQuotedMinMultiLineLength: Infinity,
    // A double-quoted string as JSON.stringify writes it (valid YAML: JSON's escapes are YAML's
    // too). The library's own writer walks the string character by character to swap in YAML's
    // shorter escapes (\a for \u0007) and to fold long lines, which lineWidth 0 turns off: the
    // same text for printable strings, and 2 ms of every preview with 50 certificates (the
    // nodes' certificate bundles are 130 kB of base64).
    doubleQuotedAsJSON: true,
  });
}
