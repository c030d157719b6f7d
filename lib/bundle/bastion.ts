// The "paste on the bastion" command: one shell snippet that recreates the bundle on a host where
// files cannot be copied, only text pasted into a terminal. The zip travels as base64 in a
// here-document, is checked against its SHA-256 before anything is unpacked, and lands in a new
// directory, whole or not at all: the zip's one folder, the same as `unzip` gives.
//
// Pasted into an interactive shell, so: everything runs in a subshell (`set -e` and `exit` end
// the subshell, never the user's terminal); no `#` (zsh does not take comments at its prompt),
// no `!` (bash's history expansion), no tabs (completion).
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { shellQuote } from "../format/shell";

/** Characters per base64 line; `openssl base64 -d` (the last fallback) reads up to 76. */
const LINE = 76;
/** Ends the here-document; `_` is not in the base64 alphabet, so no data line can end it. */
const END = "FLOWS_BUNDLE_B64";

/** Above this a paste is slow or garbled in some terminals (and over SSH sessions). */
export const SLOW_PASTE_BYTES = 100 * 1024;
/** Above this, copying the zip (or splitting the paste) is the better way. */
export const LARGE_PASTE_BYTES = 1024 * 1024;

export interface BastionSnippet {
  text: string;
  /** SHA-256 of the zip, hex. */
  sha256: string;
  /** Size of `text` in bytes (it is ASCII). */
  bytes: number;
  /** The directory it creates: the zip's folder. */
  dir: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // String.fromCharCode takes its arguments on the stack: go in slices.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += LINE) lines.push(text.slice(i, i + LINE));
  return lines;
}

/** A name the snippet may create in the current directory: one path component, not an option. */
export function isBundleDirName(name: string): boolean {
  return /^[A-Za-z0-9_.][A-Za-z0-9_.@%+=,-]*$/.test(name) && name !== "." && name !== "..";
}

interface ZipEntry {
  name: string;
  /** The Unix mode, from the upper half of the external attributes. */
  mode: number;
}

/** The entries of a zip, from its central directory (empty for bytes that are not a zip). */
function zipEntries(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= zip.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const mode = view.getUint32(at + 38, true) >>> 16;
    entries.push({ name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)), mode });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The entries of a zip whose Unix mode has an execute bit, from its central directory. An unzip
 * keeps those modes; `python3 -m zipfile -e` does not, so the snippet sets them again.
 */
export function executableEntries(zip: Uint8Array): string[] {
  return zipEntries(zip)
    .filter(({ name, mode }) => mode & 0o111 && !name.endsWith("/"))
    .map(({ name }) => name);
}

/** The one folder that holds every entry of the zip, or null (entries at the top, or several). */
export function zipFolder(zip: Uint8Array): string | null {
  const entries = zipEntries(zip);
  const top = entries[0]?.name.split("/")[0];
  if (top === undefined || top === "") return null;
  return entries.every(({ name }) => name.startsWith(`${top}/`)) ? top : null;
}

/**
 * The snippet that recreates `zip` in the current directory, unpacked as `unzip` would: the
 * zip's one folder (lib/bundle/zip.ts), made whole or not at all (see the top of this file).
 */
export function bastionSnippet(zip: Uint8Array): BastionSnippet {
  const dir = zipFolder(zip);
  if (dir === null) throw new RangeError("The zip does not hold its files in one folder.");
  if (!isBundleDirName(dir)) throw new RangeError(`Not a directory name for the bundle: ${dir}`);
  const hash = bytesToHex(sha256(zip));
  const d = shellQuote(dir, true);
  const executables = executableEntries(zip).filter((name) => !name.includes(".."));
  const chmod =
    executables.length > 0
      ? `; chmod +x ${executables.map((name) => `"$t/x/"${shellQuote(name, true)}`).join(" ")}`
      : "";
  const lines = [
    `( set -eu; d=${d}`,
    `if [ -e "$d" ]; then echo "$d already exists here: move it away, or paste in another directory." >&2; exit 1; fi`,
    `t=$(mktemp -d); trap 'rm -rf "$t"' EXIT`,
    `cat >"$t/b64" <<'${END}'`,
    ...wrap(toBase64(zip)),
    END,
    `base64 -d <"$t/b64" >"$t/bundle.zip" 2>/dev/null || base64 -D <"$t/b64" >"$t/bundle.zip" 2>/dev/null || openssl base64 -d <"$t/b64" >"$t/bundle.zip"`,
    `echo '${hash}  bundle.zip' >"$t/SHA256"`,
    `if command -v sha256sum >/dev/null 2>&1; then (cd "$t" && sha256sum -c SHA256); else (cd "$t" && shasum -a 256 -c SHA256); fi || { echo "The pasted text is damaged (SHA-256 differs): nothing was unpacked. Paste it again." >&2; exit 1; }`,
    `mkdir "$t/x"`,
    `if command -v unzip >/dev/null 2>&1; then unzip -q "$t/bundle.zip" -d "$t/x"; else python3 -m zipfile -e "$t/bundle.zip" "$t/x"${chmod}; fi`,
    `mv "$t/x/$d" "$d"`,
    `echo "The bundle is in $d/ (SHA-256 checked). Next: cd $d, then read README.md." )`,
  ];
  const text = lines.join("\n") + "\n";
  return { text, sha256: hash, bytes: text.length, dir };
}

export interface PasteSizeNote {
  tone: "info" | "warning";
  /** The size as a person reads it, e.g. "84 KB". */
  size: string;
  text: string;
}

function formatSize(bytes: number): string {
  if (bytes >= LARGE_PASTE_BYTES) return `${(bytes / LARGE_PASTE_BYTES).toFixed(1)} MB`;
  const kb = bytes / 1024;
  return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
}

/** What to expect when pasting a snippet of `bytes` into a terminal. */
export function pasteSizeNote(bytes: number): PasteSizeNote {
  const size = formatSize(bytes);
  if (bytes > LARGE_PASTE_BYTES)
    return {
      tone: "warning",
      size,
      text:
        `${size} is large for a terminal paste: it can take minutes, and many terminals and ` +
        "web consoles cut it short. Copy the zip to the host if there is any way to, or paste " +
        "in a terminal that handles large pastes (a local terminal over SSH rather than a browser console).",
    };
  if (bytes > SLOW_PASTE_BYTES)
    return {
      tone: "warning",
      size,
      text:
        `${size}: some terminals, and browser-based consoles, slow down or drop characters when ` +
        "a paste is over about 100 KB. If that happens the checksum fails and nothing is " +
        "unpacked: paste again, or use another terminal.",
    };
  return {
    tone: "info",
    size,
    text: `${size}: small enough to paste in one go in most terminals.`,
  };
}
