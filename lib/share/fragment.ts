// Recognising a share link, without the decoder: the page checks every address it opens, and
// the decoder (with its deflate library) loads only when there is a link to decode. A link that
// was recognisably meant as a share link but got damaged on its way (escaped, quoted, put in the
// query string, …) is named as damaged, with what is wrong and how to repair it: it is never
// repaired silently, and nothing from it is loaded.
import { damagedFragment, damagedTail, payloadInQuery } from "./damaged-link";

export type LinkReading =
  /** `fragment` is the part after "#" (or the pasted payload): `c=…`. */
  | { kind: "link"; fragment: string }
  /** `problem` completes "This share link cannot be used: …" (what is wrong, then the fix). */
  | { kind: "damaged"; problem: string; inQuery: boolean }
  | { kind: "none" };

/** Accepts a whole URL, "#c=…" or "c=…"; line breaks that mail clients insert are ignored. */
export function extractFragment(text: string): string {
  const compact = text.replace(/\s+/g, "");
  const hash = compact.indexOf("#");
  return hash >= 0 ? compact.slice(hash + 1) : compact;
}

/**
 * Reads pasted text, or the page's own `location.search + location.hash`: a share link, a
 * damaged share link, or something else.
 */
export function readShareLink(text: string): LinkReading {
  const compact = text.replace(/\s+/g, "");
  const hash = compact.indexOf("#");
  const beforeHash = hash >= 0 ? compact.slice(0, hash) : compact;
  const fragment = hash >= 0 ? compact.slice(hash + 1) : null;
  const damaged = (problem: string | null, inQuery = false): LinkReading | null =>
    problem === null ? null : { kind: "damaged", problem, inQuery };

  const inQuery = damaged(payloadInQuery(beforeHash), true);
  if (fragment?.startsWith("c=")) {
    if (inQuery) return inQuery;
    if (/(?:^|[^A-Za-z0-9])c=\d{1,9}\./.test(beforeHash))
      return damaged(
        'it holds more than one link (a "c=…" part comes before the "#"). Keep only one link, from its start to the end of the "c=…" part, and open it again',
      )!;
    return damaged(damagedTail(fragment)) ?? link(fragment);
  }
  const found =
    (fragment !== null ? damaged(damagedFragment(fragment, "after #")) : null) ?? inQuery;
  if (found) return found;
  if (fragment === null)
    return compact.startsWith("c=")
      ? (damaged(damagedTail(compact)) ?? link(compact))
      : (damaged(damagedFragment(compact, "no #")) ?? { kind: "none" });
  // "c=1.AB#CD": a "#" typed into the configuration itself.
  if (/(?:^|\/)c=\d{1,9}\./.test(beforeHash))
    return damaged(
      'it has a "#" inside the configuration, after "c=". Remove that "#", or copy the link again from where it was shared',
    )!;
  return { kind: "none" };
}

function link(fragment: string): LinkReading {
  return { kind: "link", fragment };
}

/** True when the text was meant as a share link, damaged or not (so a UI can react to it). */
export function looksLikeShareLink(text: string): boolean {
  return readShareLink(text).kind !== "none";
}

/** The page address without a share link in it: no fragment, no `c` in the query string. */
export function addressWithoutShareLink(href: string): string {
  const url = new URL(href);
  url.hash = "";
  url.searchParams.delete("c");
  return `${url.pathname}${url.search}`;
}
