// What the user typed or pasted but has not added yet (a NO_PROXY entry, certificate text, the
// output of `openssl s_client` for the TLS check):
// not part of the configuration, but kept in the draft so a reload or a step change loses
// nothing. Never a secret: a private key is never stored, nor anything before an "@" (where a
// URL carries its password), and large pasted text stays in the page's memory only.

export interface DraftTyping {
  /** The NO_PROXY entry box. */
  noProxy: string;
  /** The certificate step's paste area. */
  certificatePaste: string;
  /** The TLS check's paste area: s_client output or a PEM chain (same rules as certificates). */
  tlsCheckPaste: string;
}

export const EMPTY_TYPING: DraftTyping = { noProxy: "", certificatePaste: "", tlsCheckPaste: "" };

/**
 * Pasted certificate text larger than this is not stored: about 150 certificates, far more than
 * a paste holds, and small enough to leave the browser's ~5 MB of storage to the configuration.
 */
export const MAX_KEPT_PASTE_CHARS = 256 * 1024;

export type PasteNotKept = "too-large" | "private-key";

const PRIVATE_KEY = /PRIVATE KEY/;
const BASE64_RUN = /[A-Za-z0-9+/]{40,}={0,2}/g;

function decodeBase64(run: string): string | null {
  try {
    return atob(run.slice(0, run.length - (run.length % 4)));
  } catch {
    return null;
  }
}

/** True when the text holds a private key: as PEM, or inside base64 (a Secret's tls.key, a value). */
function holdsPrivateKey(text: string, depth = 0): boolean {
  if (PRIVATE_KEY.test(text)) return true;
  if (depth >= 2) return false;
  // Line-wrapped base64 (GNU base64, a wrapped value) reads as one run once joined.
  const joined = text.replace(/\\n|[\s"]/g, "");
  for (const [run] of joined.matchAll(BASE64_RUN)) {
    const decoded = decodeBase64(run);
    if (decoded !== null && holdsPrivateKey(decoded, depth + 1)) return true;
  }
  return false;
}

/** Why pasted certificate text (or a TLS check's) is not kept in the draft, or null when it is. */
export function pasteNotKept(text: string): PasteNotKept | null {
  if (text.length > MAX_KEPT_PASTE_CHARS) return "too-large";
  if (holdsPrivateKey(text)) return "private-key";
  return null;
}

/**
 * A typed NO_PROXY text without anything up to its last "@": no entry has one, but a URL pasted
 * into the wrong box carries its password there, and a password may hold any separator.
 */
function withoutUserinfo(text: string): string {
  return text.slice(text.lastIndexOf("@") + 1);
}

/** What the draft stores of the unadded text, or null when there is nothing to store. */
export function typingForDraft(typing: DraftTyping): DraftTyping | null {
  const kept: DraftTyping = {
    noProxy: withoutUserinfo(typing.noProxy),
    certificatePaste: pasteNotKept(typing.certificatePaste) ? "" : typing.certificatePaste,
    tlsCheckPaste: pasteNotKept(typing.tlsCheckPaste) ? "" : typing.tlsCheckPaste,
  };
  return Object.values(kept).every((text) => text === "") ? null : kept;
}

/** The unadded text from a stored draft (untrusted): strings only, under the same rules. */
export function restoreTyping(value: unknown): DraftTyping {
  if (typeof value !== "object" || value === null) return EMPTY_TYPING;
  const v = value as Record<string, unknown>;
  const text = (key: keyof DraftTyping) => (typeof v[key] === "string" ? v[key] : "");
  const typing = {
    noProxy: text("noProxy"),
    certificatePaste: text("certificatePaste"),
    tlsCheckPaste: text("tlsCheckPaste"),
  };
  return typingForDraft(typing) ?? EMPTY_TYPING;
}
