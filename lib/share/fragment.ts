// Recognising a share link, without the decoder: the page checks every address it opens, and
// the decoder (with its deflate library) loads only when there is a link to decode.

/** Accepts a whole URL, "#c=…" or "c=…"; line breaks that mail clients insert are ignored. */
export function extractFragment(text: string): string {
  const compact = text.replace(/\s+/g, "");
  const hash = compact.indexOf("#");
  return hash >= 0 ? compact.slice(hash + 1) : compact;
}

/** True when the text looks like it was meant to be a share link (so a UI can react to it). */
export function looksLikeShareLink(text: string): boolean {
  return extractFragment(text).startsWith("c=");
}
