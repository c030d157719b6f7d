// Merging the wizard's environment variables into a user's `extraEnv` list (Kubernetes EnvVar
// objects, `{name, value}` or `{name, valueFrom}`), by name:
// - entries the wizard does not set are kept as they are, `valueFrom` and all;
// - an entry with the wizard's name (compared without case: http_proxy matches HTTP_PROXY) is
//   replaced in place, keeping its position and comments, but for the comment on a replaced
//   value's own line (stale-comments.ts); an exact-case match takes the wizard's
//   entry, otherwise the first case variant is renamed to the wizard's spelling;
// - further case variants (or duplicates) get the same value and keep their names: Node's fetch
//   reads http_proxy before HTTP_PROXY and Go the other way round, so a stale variant would win in
//   one of them; in Kubernetes a later duplicate overrides an earlier one;
// - names the file lacks are appended in the wizard's order.
import {
  isAlias,
  isMap,
  isScalar,
  Pair,
  type Alias,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import type { MergeContext } from "./merge-context";
import { isDeepStrictEqual } from "./equal";
import { commentAbove, dropLineComment, noteKeptComments } from "./stale-comments";
import {
  MergeConflict,
  copyWithoutAnchors,
  createValueNode,
  describeNode,
  findPair,
  formatPath,
  isRecord,
  resolve,
  stringStyle,
  toJs,
  withAliasComments,
  type PathPart,
} from "./yaml-nodes";

export interface EnvEntry {
  name: string;
  value?: unknown;
  valueFrom?: unknown;
}

/** A list the wizard means as EnvVar objects (an empty one too: it must never clear the user's). */
export function isEnvList(value: unknown[]): value is EnvEntry[] {
  return value.every((item) => isRecord(item) && typeof item.name === "string");
}

interface ExistingEntry {
  index: number;
  name: string;
}

export function mergeEnvList(
  ctx: MergeContext,
  seq: YAMLSeq,
  want: EnvEntry[],
  path: PathPart[],
): void {
  const existing = seq.items.map((item, index) => readEntry(ctx, item, [...path, index]));
  if (seq.flow && seq.items.length === 0) seq.flow = false;
  const changes: string[] = [];
  let variantsAligned = false;
  for (const entry of want) {
    const lower = entry.name.toLowerCase();
    const matches = existing.filter((e) => e.name.toLowerCase() === lower);
    if (matches.length === 0) {
      seq.items.push(createValueNode(ctx.doc, entry));
      changes.push(`added ${entry.name}`);
      continue;
    }
    const primary = matches.find((e) => e.name === entry.name) ?? matches[0]!;
    for (const match of matches) {
      const target = match === primary ? entry : { ...entry, name: match.name };
      if (!replaceEntry(ctx, seq, match.index, target, [...path, match.index])) continue;
      if (match !== primary) {
        changes.push(`gave ${match.name} the same value as ${entry.name}`);
        variantsAligned ||= match.name !== entry.name;
      } else if (match.name === entry.name) changes.push(`replaced ${entry.name} in place`);
      else changes.push(`replaced ${match.name} in place with ${entry.name}`);
    }
  }
  if (changes.length > 0) ctx.notes.push(`${formatPath(path)}: ${changes.join("; ")}.`);
  if (variantsAligned)
    ctx.notes.push(
      `${formatPath(path)} also sets lower-case or other spellings of the wizard's variables: ` +
        "they now carry the same value (Node reads http_proxy first, Go HTTP_PROXY).",
    );
}

function readEntry(ctx: MergeContext, item: unknown, path: PathPart[]): ExistingEntry {
  const target = resolve(ctx.doc, item, ctx.originals);
  const index = path[path.length - 1] as number;
  const where = `Item ${index + 1} of ${formatPath(path.slice(0, -1))}`;
  if (!isMap(target))
    throw new MergeConflict(
      `${where} is ${describeNode(target)}, not an environment variable ({name: …, value: …}). ` +
        "Fix it in your file and paste it again.",
    );
  const name = resolve(ctx.doc, findPair(target, "name")?.value, ctx.originals);
  if (!isScalar(name) || typeof name.value !== "string")
    throw new MergeConflict(`${where} has no name: every environment variable needs name: ….`);
  return { index, name: name.value };
}

/** Rewrites one entry to `target`; false when it already said the same. */
function replaceEntry(
  ctx: MergeContext,
  seq: YAMLSeq,
  index: number,
  target: EnvEntry,
  path: PathPart[],
): boolean {
  const item = seq.items[index];
  const resolved = resolve(ctx.doc, item, ctx.originals) as YAMLMap;
  if (isDeepStrictEqual(toJs(ctx.doc, resolved), target)) return false;
  // An aliased entry gets its own copy, so the anchor's other users keep their value.
  const map = isAlias(item) ? copyWithoutAnchors(resolved) : resolved;
  // The lines above `- name: …` stay with the entry (above the first, the list holds them).
  // So do comments at the end of a one-line entry or alias (`- {name: …} # …`, `- *p # …`).
  const entry: Alias | YAMLMap = isAlias(item) ? item : resolved;
  const lineEnd = isAlias(entry) || entry.flow ? entry.comment : undefined;
  noteKeptComments(
    ctx,
    [index === 0 ? commentAbove(seq) : undefined, commentAbove(entry), lineEnd],
    path,
  );
  setScalar(ctx, map, "name", target.name, [...path, "name"]);
  const key = "valueFrom" in target ? "valueFrom" : "value";
  const other = key === "value" ? "valueFrom" : "value";
  const wanted = target[key];
  const own = findPair(map, key);
  const swap = findPair(map, other);
  if (key === "value" && own && isScalar(own.value) && typeof wanted === "string") {
    setScalar(ctx, map, "value", wanted, [...path, "value"]);
  } else if (own) {
    if (!isDeepStrictEqual(toJs(ctx.doc, own.value), wanted)) {
      dropLineComment(ctx, own.value as Node | null, [...path, key]);
      noteKeptComments(ctx, [commentAbove(own.key), commentAbove(own.value)], [...path, key]);
      own.value = keepComments(own.value as Node | null, createValueNode(ctx.doc, wanted));
    }
  } else if (swap) {
    // value ⇄ valueFrom: reuse the pair, so its position and the comments above it stay.
    dropLineComment(ctx, swap.value as Node | null, [...path, other]);
    noteKeptComments(ctx, [commentAbove(swap.key), commentAbove(swap.value)], [...path, other]);
    swap.key = ctx.doc.createNode(key);
    swap.value = keepComments(swap.value as Node | null, createValueNode(ctx.doc, wanted));
  } else {
    map.items.push(new Pair(ctx.doc.createNode(key), createValueNode(ctx.doc, wanted)));
  }
  // A leftover of the other kind would make an invalid EnvVar (value and valueFrom together).
  if (swap && own) map.items = map.items.filter((pair) => pair !== swap);
  seq.items[index] = isAlias(item) ? withAliasComments(item, map) : map;
  return true;
}

function setScalar(
  ctx: MergeContext,
  map: YAMLMap,
  key: string,
  value: string,
  path: PathPart[],
): void {
  const pair = findPair(map, key);
  if (pair && isScalar(pair.value)) {
    const node = pair.value;
    if (node.value === value) return;
    dropLineComment(ctx, node, path);
    noteKeptComments(ctx, [commentAbove(pair.key), commentAbove(node)], path);
    node.value = value;
    node.tag = undefined;
    node.format = undefined;
    node.source = undefined;
    node.type = stringStyle(value, node.type);
  } else if (pair) pair.value = createValueNode(ctx.doc, value);
  else map.items.unshift(new Pair(ctx.doc.createNode(key), createValueNode(ctx.doc, value)));
}

function keepComments(old: Node | null, fresh: Node): Node {
  if (!old) return fresh;
  fresh.commentBefore = old.commentBefore;
  fresh.comment = old.comment;
  return fresh;
}
