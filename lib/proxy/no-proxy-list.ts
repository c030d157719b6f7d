// A NO_PROXY list as a person pastes it (one string) or a file holds it (an array whose items may
// themselves hold several entries). One function reads both, for the page's editor, the schema
// and the command line: the same entries, errors, notes and warnings wherever the list comes from.
import { canonicalIpv6 } from "./ip";
import { parseNoProxyEntry } from "./no-proxy";
import { NO_PROXY_SPLIT_NOTES, notAHostList } from "./no-proxy-shape";
import {
  shellAssignment,
  shellAssignmentMessage,
  shellExpansionMessage,
  shellExpansions,
  stripBom,
} from "./pasted";

export interface NoProxyListResult {
  entries: string[];
  errors: string[];
  /** The pieces of the text that were refused, as written: what the entry box keeps. */
  refused: string[];
  /** What was rewritten on the way in: said once, when the list is read. */
  notes: string[];
  /** How the receivers read the entries: said as long as the entries are listed. */
  warnings: string[];
}

export const NO_PROXY_LIST_NOTES = {
  // Go (httpproxy) and curl (noproxy.c) parse the bare address only; undici's EnvHttpProxyAgent
  // before it stripped brackets read "::1" as host ":" port 1 and matched "[::1]" literally.
  ipv6Pair: (typed: string, added: string) =>
    `"${typed}" is also written "${added}": Go, curl and Node's http module match the bare IPv6 address, and older versions of Node's fetch (undici) only the bracketed one.`,
  duplicate: (entry: string) => `"${entry}" is listed more than once: it is kept once.`,
} as const;

const QUOTE = /["'“”‘’]/;

function add(list: string[], message: string) {
  if (!list.includes(message)) list.push(message);
}

/**
 * The pieces of pasted text: commas, semicolons, spaces, tabs and line breaks all separate. Text
 * that is not a list at all (lib/proxy/no-proxy-shape.ts) is refused whole instead.
 */
function split(text: string, errors: string[], notes: string[], refused: string[]): string[] {
  const bom = stripBom(text, "NO_PROXY list");
  if (bom.note) add(notes, bom.note);
  let rest = bom.text;
  const line = shellAssignment(rest);
  if (line) {
    add(errors, shellAssignmentMessage(line, "the list"));
    add(refused, rest.trim());
    return [];
  }
  // A template, YAML, a comment or a sentence: no piece of it is an entry, so none is taken.
  const shape = notAHostList(rest);
  if (shape) {
    add(errors, shape);
    add(refused, rest.trim());
    return [];
  }
  if (QUOTE.test(rest)) {
    add(errors, `Leave out the quote marks: ${rest.replace(new RegExp(QUOTE, "g"), "").trim()}.`);
    add(refused, rest.trim());
    return [];
  }
  // Before splitting at spaces: "$(hostname -f)" is one mistake, not two entries.
  for (const expansion of shellExpansions(rest)) {
    add(errors, shellExpansionMessage(expansion, "the host names"));
    add(refused, expansion);
    rest = rest.replace(expansion, " ");
  }
  // Commas and line breaks are how lists are written; ";" and spaces are split at, and said.
  if (rest.includes(";") && rest.split(";").some((piece) => piece.trim() !== ""))
    add(notes, NO_PROXY_SPLIT_NOTES.semicolons);
  for (const chunk of rest.split(/[,;\r\n]+/))
    if (chunk.trim().split(/\s+/).length > 1) add(notes, NO_PROXY_SPLIT_NOTES.spaces(chunk.trim()));
  return rest.split(/[\s,;]+/).filter((piece) => piece !== "");
}

/** The other way to write an IPv6 address without a port: "::1" ↔ "[::1]". */
function ipv6Companion(entry: string): string | null {
  const bracketed = /^\[([^\]]+)\]$/.exec(entry);
  if (bracketed) return bracketed[1] ?? null;
  return entry.includes(":") && canonicalIpv6(entry) === entry ? `[${entry}]` : null;
}

/**
 * Pasted text for the one-line entry box: line breaks become ", " (a browser's text input would
 * drop them and join the entries). Everything else is kept for parseNoProxyList to read.
 */
export function pastedListOnOneLine(text: string): string {
  return text.replace(/[ \t]*[\r\n]+[ \t]*/g, ", ");
}

/** Removes an entry, and its other IPv6 form with it (they stand or fall together). */
export function removeNoProxyEntry(list: readonly string[], entry: string): string[] {
  const companion = ipv6Companion(entry);
  return list.filter((e) => e !== entry && e !== companion);
}

/** Splits, normalizes and de-duplicates a NO_PROXY list, saying what it rewrote. */
export function parseNoProxyList(text: string | readonly string[]): NoProxyListResult {
  const errors: string[] = [];
  const refused: string[] = [];
  const notes: string[] = [];
  const warnings: string[] = [];
  const read: string[] = [];
  const pieces = (typeof text === "string" ? [text] : text).flatMap((t) =>
    split(t, errors, notes, refused),
  );
  for (const piece of pieces) {
    const result = parseNoProxyEntry(piece);
    if (!result.ok) {
      add(errors, result.error);
      add(refused, piece);
      continue;
    }
    if (result.note) add(notes, result.note);
    if (result.warning) add(warnings, result.warning);
    if (read.includes(result.entry)) add(notes, NO_PROXY_LIST_NOTES.duplicate(result.entry));
    else read.push(result.entry);
  }
  const entries: string[] = [];
  for (const entry of read) {
    if (entries.includes(entry)) continue;
    entries.push(entry);
    const companion = ipv6Companion(entry);
    if (companion && !entries.includes(companion)) {
      entries.push(companion);
      if (!read.includes(companion)) add(notes, NO_PROXY_LIST_NOTES.ipv6Pair(entry, companion));
    }
  }
  return { entries, errors, refused, notes, warnings };
}

export interface NoProxyAddition {
  /** The list with the accepted entries added (each once). */
  entries: string[];
  /** What stays in the entry box: only the refused pieces, for the person to correct. */
  box: string;
  errors: string[];
  notes: string[];
}

/** What the entry box's "Add" does with its text: the accepted entries leave the box. */
export function addNoProxyText(list: readonly string[], text: string): NoProxyAddition {
  const parsed = parseNoProxyList(text);
  const duplicates = parsed.entries.filter((entry) => list.includes(entry));
  return {
    entries: [...list, ...parsed.entries.filter((entry) => !list.includes(entry))],
    // In the order they were written (shell expansions are picked out before the split).
    box: [...parsed.refused].sort((a, b) => text.indexOf(a) - text.indexOf(b)).join(", "),
    errors: parsed.errors,
    notes: [...parsed.notes, ...duplicates.map((entry) => `"${entry}" is already listed.`)],
  };
}
