// SHA256SUMS: `sha256sum -c SHA256SUMS` checks every other file of the bundle.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { GeneratedFile } from "./types";

const utf8 = new TextEncoder();

// Most files stay the same from one keystroke to the next: their digests are remembered.
const digests = new Map<string, string>();
const MAX_REMEMBERED = 256;

function sha256Hex(text: string): string {
  let hex = digests.get(text);
  if (hex === undefined) {
    hex = bytesToHex(sha256(utf8.encode(text)));
    if (digests.size >= MAX_REMEMBERED) digests.delete(digests.keys().next().value!);
    digests.set(text, hex);
  }
  return hex;
}

/**
 * SHA256SUMS over the given files. Hashing ~300 KB (50 certificates) is most of a keystroke's
 * work, and the live preview rarely shows this file, so its text is computed when first read.
 */
export function checksumsFile(files: readonly GeneratedFile[]): GeneratedFile {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let text: string | undefined;
  return {
    path: "SHA256SUMS",
    language: "text",
    description: "SHA-256 of every other file: check with `sha256sum -c SHA256SUMS`.",
    get contents() {
      text ??= sorted.map((file) => `${sha256Hex(file.contents)}  ${file.path}`).join("\n") + "\n";
      return text;
    },
  };
}
