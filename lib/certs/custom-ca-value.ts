// The `custom_ca_certificates` value both Terraform modules take: base64 of the compact JSON
// {"caCertificates": [...]}, each element the base64 of one PEM file. It must be one line: the
// agent module's user_data.tftpl (read at AGENT_MODULE in lib/upstream/sources.ts) exports it
// unquoted in bash.

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

/** base64 of the UTF-8 bytes of a text; PEM and the JSON around it are ASCII, the fast path. */
function textToBase64(text: string): string {
  return /^[\x00-\x7f]*$/.test(text) ? btoa(text) : bytesToBase64(utf8.encode(text));
}

// Every generator and the review need the values (one per module: lib/certs/ca-sets.ts); the
// preview regenerates on each keystroke, so the last few results are kept and reused while the
// certificates stay the same.
const recent: { pems: readonly string[]; value: string }[] = [];
const RECENT = 4;

/** The one-line value for a list of PEM certificates; empty when there are none. */
export function encodeCustomCaCertificates(pems: readonly string[]): string {
  if (pems.length === 0) return "";
  const known = recent.find(
    (entry) => entry.pems.length === pems.length && pems.every((pem, i) => pem === entry.pems[i]),
  );
  if (known) return known.value;
  const json = JSON.stringify({ caCertificates: pems.map(textToBase64) });
  const value = textToBase64(json);
  recent.unshift({ pems: [...pems], value });
  recent.length = Math.min(recent.length, RECENT);
  return value;
}

export type DecodedCustomCa =
  { ok: true; pems: string[]; wasWrapped: boolean } | { ok: false; error: string };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Reads a `custom_ca_certificates` value back into its PEM files, explaining what is wrong. */
export function decodeCustomCaCertificates(value: string): DecodedCustomCa {
  const trimmed = value.trim().replace(/^"|"$/g, "");
  const compact = trimmed.replace(/\s+/g, "");
  if (compact === "") return { ok: false, error: "The value is empty." };
  const wasWrapped = /\s/.test(trimmed);
  if (!BASE64.test(compact) || compact.length % 4 !== 0)
    return {
      ok: false,
      error: "The value is not base64: it should be one line of A–Z, a–z, 0–9, + and /.",
    };
  let json: unknown;
  try {
    json = JSON.parse(utf8Decoder.decode(base64ToBytes(compact)));
  } catch {
    return {
      ok: false,
      error: 'The value decodes, but not to JSON: expected {"caCertificates": [...]}.',
    };
  }
  const list = (json as { caCertificates?: unknown } | null)?.caCertificates;
  if (!Array.isArray(list) || list.some((item) => typeof item !== "string"))
    return { ok: false, error: 'The JSON inside has no "caCertificates" list of strings.' };
  const pems: string[] = [];
  for (const [index, item] of (list as string[]).entries()) {
    const element = item.replace(/\s+/g, "");
    try {
      if (!BASE64.test(element)) throw new Error("not base64");
      pems.push(utf8Decoder.decode(base64ToBytes(element)));
    } catch {
      return {
        ok: false,
        error: `Certificate ${index + 1} in the list is not base64 of a PEM file.`,
      };
    }
  }
  return { ok: true, pems, wasWrapped };
}
