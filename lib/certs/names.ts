// Distinguished names as people read them: `CN=Example Root, O="Example, Inc."`, values as
// written in the certificate. @peculiar/x509's `subject` string follows RFC 4514 and escapes
// (`O=Example\, Inc.`, `CN=\"Quoted\"`): right for machines, noise on a card or in a README.
import type { x509 } from "./x509";

/** Control characters shown as their Unicode pictures (␊ for a line feed), never raw. */
function visible(value: string): string {
  return value.replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));
}

/** A value is quoted only when a comma or an edge space would blur where it ends. */
function shown(value: string): string {
  const text = visible(value);
  return /,|^\s|\s$/.test(text) ? `"${text}"` : text;
}

/** The name in certificate order, attributes joined by ", ", a multi-valued RDN by " + ". */
export function displayName(name: x509.Name): string {
  return name
    .toJSON()
    .map((rdn) =>
      Object.entries(rdn)
        .flatMap(([type, values]) => values.map((value) => `${type}=${shown(value)}`))
        .join(" + "),
    )
    .join(", ");
}
