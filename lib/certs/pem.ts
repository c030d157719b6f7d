// PEM text: the canonical form the configuration stores, and a tolerant scanner for what users
// paste (CRLF, BOM, text around the blocks, headers, missing final newline).
import { bytesToBase64, base64ToBytes } from "./custom-ca-value";

/** Canonical PEM of one DER certificate: LF, 64-column body, final newline (CANONICAL_PEM). */
export function toCanonicalPem(der: Uint8Array): string {
  const body = bytesToBase64(der).replace(/.{64}(?=.)/g, "$&\n");
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

export type PemBlock =
  | { position: number; label: string; ok: true; der: Uint8Array; encrypted: boolean }
  | { position: number; label: string; ok: false; error: string };

const BEGIN = /^-----BEGIN ([A-Z0-9 #]+)-----\s*$/;
const END = /^-----END ([A-Z0-9 #]+)-----\s*$/;
const HEADER = /^[A-Za-z-]+:/;
const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/;

/** Lists the PEM blocks of a text in order (1-based positions), never throwing. */
export function scanPemBlocks(text: string): PemBlock[] {
  const lines = unflatten(text.replace(/^\uFEFF/, "")).split(/\r\n|\r|\n/);
  const blocks: PemBlock[] = [];
  let open: { label: string; body: string[]; headers: string[] } | null = null;
  const close = (error: string | null) => {
    if (!open) return;
    const position = blocks.length + 1;
    const { label } = open;
    const body = open.body.join("");
    if (error) blocks.push({ position, label, ok: false, error });
    else if (body === "" || !BASE64_BODY.test(body) || body.length % 4 === 1)
      blocks.push({ position, label, ok: false, error: "its body is not valid base64" });
    else {
      const encrypted = open.headers.some((h) => /^Proc-Type:.*ENCRYPTED/i.test(h));
      blocks.push({ position, label, ok: true, der: base64ToBytes(pad(body)), encrypted });
    }
    open = null;
  };
  for (const raw of lines) {
    const line = raw.trim();
    const begin = BEGIN.exec(line);
    if (begin) {
      close("it has no END line (the file is cut off)");
      open = { label: begin[1]!, body: [], headers: [] };
      continue;
    }
    if (!open || line === "") continue;
    const end = END.exec(line);
    if (end) close(end[1] === open.label ? null : `it ends with "END ${end[1]}"`);
    else if (HEADER.test(line) && open.body.length === 0) open.headers.push(line);
    else open.body.push(line.replace(/\s+/g, ""));
  }
  close("it has no END line (the file is cut off)");
  return blocks;
}

/**
 * PEM that lost its line breaks: copied from JSON (literal `\n`) or from a UI that joined the
 * lines with spaces. Puts each BEGIN/END marker on its own line; the body's spaces are dropped.
 */
function unflatten(text: string): string {
  const literal = /-----BEGIN [^\n]*\\n/.test(text) ? text.replace(/(?:\\r)?\\n/g, "\n") : text;
  return literal.replace(/-----(BEGIN|END) [A-Z0-9 #]+-----/g, "\n$&\n");
}

function pad(body: string): string {
  return body + "=".repeat((4 - (body.length % 4)) % 4);
}
