// Checking the merged text cheaply: the text carried over from the user's file (keep-format.ts)
// must parse to the merged values and keep every comment. Reparsing a 1 MB file for that costs
// as much as the merge's own parse; but the carried text is the user's, byte for byte, outside a
// few top-level keys. A line that starts a top-level key at column 0 ends every block scalar,
// flow collection and multi-line string before it, so each top-level section parses on its own:
// only the sections whose text changed are parsed again. Anything this cannot vouch for (anchors
// or aliases in a changed section, a second document, a line at column 0 that is not a plain
// key or a comment) says "unknown", and the caller reparses the whole text.
import { commentsOf } from "./keep-format";
import { isDeepStrictEqual } from "./equal";
import { parseYaml } from "./parse-yaml";
import { isRecord } from "./yaml-nodes";

interface Section {
  key: string | null;
  text: string;
}

const KEY_AT_ZERO = /^([A-Za-z0-9_$][\w.$/-]*)[ \t]*:(?:[ \t\r\n]|$)/;

/** The text in top-level sections (a head of comments, then one per key), or null. */
function sections(text: string): Section[] | null {
  const out: Section[] = [{ key: null, text: "" }];
  for (const line of text.split(/(?<=\n)/)) {
    const first = line[0];
    if (
      first !== undefined &&
      first !== " " &&
      first !== "\t" &&
      first !== "#" &&
      line.trim() !== ""
    ) {
      const key = KEY_AT_ZERO.exec(line)?.[1];
      if (key === undefined) return null;
      out.push({ key, text: "" });
    }
    out[out.length - 1]!.text += line;
  }
  return out;
}

const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:])[&*][^\s,[\]{}]/m;

/**
 * Whether `candidate` parses to `merged` and keeps the comments of `original` (less `dropped`):
 * true or false when the changed sections alone can tell, null when the whole text must be read.
 */
export function verifyBySections(
  original: string,
  originalComments: readonly string[],
  candidate: string,
  values: unknown,
  merged: unknown,
  dropped: readonly string[],
): boolean | null {
  if (!isRecord(values) || !isRecord(merged)) return null;
  const before = sections(original);
  const after = sections(candidate);
  if (!before || !after) return null;
  const beforeByKey = new Map(before.map((s) => [s.key, s.text]));
  if (beforeByKey.size !== before.length) return null;
  const keys = after.flatMap((s) => (s.key === null ? [] : [s.key]));
  if (new Set(keys).size !== keys.length) return false;
  if (keys.length !== Object.keys(merged).length || keys.some((k) => !(k in merged))) return null;
  // The comments of the candidate: the user's, less those of the changed sections as they were,
  // plus those of the changed sections as they are.
  const comments = new Map<string, number>();
  const count = (list: readonly string[], by: number) => {
    for (const c of list) comments.set(c, (comments.get(c) ?? 0) + by);
  };
  count(originalComments, 1);
  for (const { key, text } of after) {
    const was = beforeByKey.get(key);
    if (was === text) {
      if (key !== null && !isDeepStrictEqual(values[key], merged[key])) return null;
      continue;
    }
    if (
      key === null ||
      (was !== undefined && ANCHOR_OR_ALIAS.test(was)) ||
      ANCHOR_OR_ALIAS.test(text)
    )
      return null;
    const { docs, comments: now } = parseYaml(text);
    if (docs.length !== 1 || docs[0]!.errors.length > 0) return null;
    const js = docs[0]!.toJS() as unknown;
    if (!isRecord(js) || Object.keys(js).length !== 1 || !isDeepStrictEqual(js[key], merged[key]))
      return false;
    if (was !== undefined) count(commentsOf(was), -1);
    count(now, 1);
  }
  // Keys of the user's that the candidate no longer has: their comments went with them.
  for (const { key, text } of before)
    if (key !== null && !keys.includes(key)) count(commentsOf(text), -1);
  for (const c of dropped) count([c], 1);
  // Every comment of the user's is still there (or was dropped on purpose).
  const needed = new Map<string, number>();
  for (const c of originalComments) needed.set(c, (needed.get(c) ?? 0) + 1);
  for (const [c, n] of needed) if ((comments.get(c) ?? 0) < n) return false;
  return true;
}
