// The ways a share link gets damaged between the Share button and the address bar, each with
// what a person can do about it. Every function returns the end of the sentence "This share
// link cannot be used: …" (no final full stop), or null when its kind of damage is not there.

/** The format marker at the start of every share link, `c=<format version>.`, not inside a word. */
const MARKER = /(?<![A-Za-z0-9])c=\d{1,9}\./;
/** The same, possibly percent-escaped: where the escapes that matter end. */
const ESCAPED_MARKER = /c(?:=|%3D)\d{1,9}(?:\.|%2E)/i;
const BASE64URL = /^[A-Za-z0-9_-]*/;
const OPENING = /^[\s"'`<([{“‘«„]+$/;
const CLOSING = /^["'`>)\]}”’»]*[.,;:!?]*["'`>)\]}”’»]*$/;
const OPEN_AGAIN = "then open the link again";

/** Percent-decoded as far as it goes (twice-escaped text too); invalid escapes stay as they are. */
export function percentDecoded(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round++) {
    const next = current.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
    if (next === current) break;
    current = next;
  }
  return current;
}

function quoted(text: string): string {
  const shown = text.length > 24 ? `${text.slice(0, 21)}…` : text;
  return `"${shown}"`;
}

/**
 * What follows a well-started payload (`c=1.AbC…`) and cannot belong to it: quotes or
 * punctuation copied with the link, a second link, parameters added by a tool.
 */
export function damagedTail(fragment: string): string | null {
  const marker = /^c=\d{1,9}\./.exec(fragment);
  if (!marker) return null; // the decoder explains a damaged marker itself
  const payload = fragment.slice(marker[0].length);
  const rest = payload.slice(BASE64URL.exec(payload)![0].length);
  if (rest === "") return null;
  const tail = percentDecoded(rest);
  // "=" and "." are not base64url: a second marker anywhere after the first is a second link.
  const second = /https?:|#|c=\d{1,9}\./i.exec(percentDecoded(payload));
  if (second)
    return `it holds more than one link, or a "#" after the configuration (${quoted(percentDecoded(payload).slice(second.index))} follows it). Keep only one link, from its start to the end of the "c=…" part, and open it again`;
  if (CLOSING.test(tail)) {
    const one = tail.length === 1;
    return `it ends with ${one ? "a character" : "characters"} that ${one ? "is" : "are"} not part of the link (${tail}): quotes, brackets or punctuation copied with it. Remove ${one ? "it" : "them"}, ${OPEN_AGAIN}`;
  }
  if (/^[&;?][^=]*=/.test(tail))
    return `something was added after the configuration (${quoted(tail)}), as some mail and chat tools do. Remove it, ${OPEN_AGAIN}`;
  return null; // a stray character inside: the decoder names it and its position
}

/**
 * A share link whose configuration does not come first after "#" (or, with `where` "no #", in
 * pasted text that has no "#"): escaped, quoted, behind a "/" or other text, or without its "#".
 */
export function damagedFragment(raw: string, where: "after #" | "no #"): string | null {
  const decoded = percentDecoded(raw);
  const found = MARKER.exec(decoded);
  if (!found) return null;
  const prefix = decoded.slice(0, found.index);
  const rawFound = /c=\d{1,9}\./.exec(raw);
  // The marker itself escaped (`c%3D1.`): every escape up to it must go.
  if (!rawFound) return damagedEscapes(raw);
  const rawPrefix = raw.slice(0, rawFound.index);
  if (prefix === "") return null;
  if (/^#+$/.test(prefix))
    return rawPrefix !== prefix
      ? damagedEscapes(raw)
      : `it has ${prefix.length + 1} "#" before "c=" (the "#" was typed or pasted twice). Remove the extra "#" so that the address reads …/#c=…, ${OPEN_AGAIN}`;
  if (/^\s+$/.test(prefix))
    return `it has a space between "#" and "c=". Remove the space so that the address reads …/#c=…, ${OPEN_AGAIN}`;
  if (OPENING.test(prefix))
    return `it is wrapped in quotes or brackets copied with the link (${prefix.trim()} at its start). Remove them at both ends, ${OPEN_AGAIN}`;
  if (rawPrefix !== prefix && /[#/:?]/.test(prefix)) return damagedEscapes(raw);
  if (where === "no #")
    return `the "#" before "c=" is missing (it reads ${quoted(`${prefix.slice(-12)}c=`)}). Put a "#" right before "c=", ${OPEN_AGAIN}`;
  return `it has ${quoted(prefix)} between "#" and "c=", but the wizard reads a configuration only right after "#". Remove ${quoted(prefix)} so that the address reads …/#c=…, ${OPEN_AGAIN}`;
}

/** The marker, or what comes before it, was percent-escaped (`%23c=`, `c%3D1.`). */
function damagedEscapes(raw: string): string {
  const end = ESCAPED_MARKER.exec(raw);
  const head = raw.slice(0, end ? end.index + end[0].length : 400);
  // A run like "%2523" is "#" escaped twice: named as one escape.
  const escapes = [
    ...new Set((head.match(/%(?:25)*[0-9A-Fa-f]{2}/g) ?? []).map((e) => e.toUpperCase())),
  ];
  if (escapes.length === 1 && percentDecoded(escapes[0]!) === "#")
    return `its "#" was percent-escaped as "${escapes[0]}" on the way (a tool that escapes links did this). Replace "${escapes[0]}" with "#" so that the address reads …/#c=…, ${OPEN_AGAIN}`;
  const meanings = escapes
    .slice(0, 6)
    .map((e, i) => `"${e}" ${i === 0 ? "stands " : ""}for "${percentDecoded(e)}"`);
  return `it was percent-escaped on the way (${meanings.join(", ")}). Replace each escape with the character it stands for so that the address reads …/#c=…, ${OPEN_AGAIN}`;
}

/** The configuration in the query string (`?c=1.…`, `&c=1.…`): the browser sent it to the server. */
export function payloadInQuery(beforeHash: string): string | null {
  const question = beforeHash.indexOf("?");
  if (question < 0) return null;
  const query = percentDecoded(beforeHash.slice(question + 1));
  const found = /(?:^|[&;])c=\d{1,9}\./.exec(query);
  if (!found) return null;
  const written = found[0].startsWith("c") ? "?c=" : `${found[0][0]}c=`;
  return `it carries the configuration in the query string (${quoted(written)}) instead of after "#": browsers send the query string to the web server, which may keep it in its logs, while the part after "#" never leaves the browser. Put the configuration after a "#" at the end of the address (…/#c=…), or ask for a new link from the Share button, ${OPEN_AGAIN}`;
}
