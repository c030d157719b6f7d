// Applies the wizard's intended values onto the user's parsed document, in place.
//
// What the wizard manages: exactly the paths present in its intended values object.
// - a mapping is merged key by key: keys the wizard does not set are left alone, new keys are
//   appended after the user's;
// - a scalar replaces the user's scalar at the same path; the comment on that line goes, the
//   others stay (stale-comments.ts);
// - an EnvVar list (`extraEnv`: objects with a `name`) is merged by name, see env-list.ts;
// - any other list replaces the user's list at the same path.
// Nothing outside those paths changes and nothing is removed. A value whose kind conflicts with
// what the wizard writes (a string where it needs a mapping, …) stops the merge with a
// MergeConflict rather than being overwritten.
import { isAlias, isMap, isScalar, isSeq, Pair, Scalar, type Node } from "yaml";
import { mergeEnvList, isEnvList } from "./env-list";
import {
  MergeConflict,
  copyWithoutAnchors,
  createValueNode,
  describeNode,
  findPair,
  formatPath,
  inheritedValue,
  isEmptyNode,
  isRecord,
  stringStyle,
  resolve,
  toJs,
  withAliasComments,
  type PathPart,
} from "./yaml-nodes";
import { isDeepStrictEqual } from "./equal";
import { commentAbove, dropLineComment, noteKeptComments } from "./stale-comments";
import type { MergeContext } from "./merge-context";

/** Merges `intended` into the document's top-level mapping (created when the document is empty). */
export function applyValues(ctx: MergeContext, intended: Record<string, unknown>): void {
  const { doc } = ctx;
  if (isEmptyNode(doc.contents)) {
    doc.contents = doc.createNode({}) as typeof doc.contents;
  }
  if (!isMap(doc.contents)) {
    throw new MergeConflict(
      `The file's top level is ${describeNode(doc.contents)}, not a mapping of keys such as ` +
        "appDomain: and ingress:. Paste the chart's values file itself.",
    );
  }
  const topLevel = doc.contents;
  const spaced = topLevel.items.slice(1).filter((p) => isScalar(p.key) && p.key.spaceBefore);
  // Keep the file's habit of blank lines between top-level keys for the keys the wizard adds.
  const blankLineBefore =
    topLevel.items.length > 1 && spaced.length * 2 >= topLevel.items.length - 1;
  mergeMapping(ctx, topLevel, intended, [], blankLineBefore);
}

function mergeMapping(
  ctx: MergeContext,
  map: import("yaml").YAMLMap,
  intended: Record<string, unknown>,
  path: PathPart[],
  blankLineBefore = false,
): void {
  for (const [key, want] of Object.entries(intended)) {
    if (want === undefined) continue;
    const keyPath = [...path, key];
    const pair = findPair(map, key);
    if (pair) {
      pair.value = mergeValue(ctx, pair.value as Node | null, want, keyPath, pair.key);
      continue;
    }
    const inherited = inheritedValue(ctx.doc, map, key, ctx.originals);
    let value: Node;
    if (inherited && (isMap(inherited) || isSeq(inherited)) && typeof want === "object") {
      // The key comes from a `<<` merge: copy it here so the anchor's other users stay as they were.
      value = mergeValue(ctx, copyWithoutAnchors(inherited), want, keyPath);
      ctx.notes.push(
        `${formatPath(keyPath)} came from a << merge key: the merged file sets it directly, ` +
          "starting from a copy of the inherited value.",
      );
    } else {
      value = createValueNode(ctx.doc, want);
      ctx.notes.push(`Added ${formatPath(keyPath)}.`);
    }
    const keyNode = ctx.doc.createNode(key) as Scalar;
    if (blankLineBefore) keyNode.spaceBefore = true;
    map.items.push(new Pair(keyNode, value));
  }
}

/** The node to store at `path` after applying `want` onto `node` (often `node` itself, changed). */
export function mergeValue(
  ctx: MergeContext,
  node: Node | null,
  want: unknown,
  path: PathPart[],
  /** The key the value sits under, for the notes on the comments kept above it. */
  key?: unknown,
): Node {
  if (isAlias(node)) return mergeThroughAlias(ctx, node, want, path);
  if (isRecord(want)) {
    if (isEmptyNode(node)) return created(ctx, node, want, path);
    if (!isMap(node)) throw conflict(path, node, `the wizard sets keys inside it (${keys(want)})`);
    if (node.flow && node.items.length === 0) node.flow = false;
    mergeMapping(ctx, node, want, path);
    return node;
  }
  if (Array.isArray(want)) {
    if (isEmptyNode(node)) return created(ctx, node, want, path);
    if (!isSeq(node)) throw conflict(path, node, "the wizard writes a list there");
    if (isEnvList(want)) {
      mergeEnvList(ctx, node, want, path);
      return node;
    }
    if (isDeepStrictEqual(toJs(ctx.doc, node), want)) return node;
    ctx.notes.push(`Replaced the list ${formatPath(path)}.`);
    dropLineComment(ctx, node, path);
    noteKeptComments(ctx, [commentAbove(key), commentAbove(node)], path);
    return withComments(node, createValueNode(ctx.doc, want));
  }
  if (node !== null && !isScalar(node))
    throw conflict(path, node, `the wizard writes a single value there (${JSON.stringify(want)})`);
  if (node === null) return created(ctx, node, want, path);
  if (node.value === want) return node;
  const before = node.value;
  node.value = want;
  node.tag = undefined;
  node.format = undefined;
  node.source = undefined;
  node.type = typeof want === "string" ? stringStyle(want, node.type) : Scalar.PLAIN;
  ctx.notes.push(`Changed ${formatPath(path)}${describeChange(before, want)}.`);
  dropLineComment(ctx, node, path);
  noteKeptComments(ctx, [commentAbove(key), commentAbove(node)], path);
  return node;
}

/** An alias is never written through: the path gets its own copy when the wizard changes it. */
function mergeThroughAlias(
  ctx: MergeContext,
  alias: import("yaml").Alias,
  want: unknown,
  path: PathPart[],
): Node {
  const target = resolve(ctx.doc, alias, ctx.originals);
  if (!target) throw conflict(path, alias, "the alias points at nothing");
  const notesBefore = ctx.notes.length;
  const merged = mergeValue(ctx, copyWithoutAnchors(target), want, path);
  if (isDeepStrictEqual(toJs(ctx.doc, merged), toJs(ctx.doc, target))) {
    ctx.notes.length = notesBefore;
    return alias;
  }
  withAliasComments(alias, merged);
  ctx.notes.push(
    `${formatPath(path)} was an alias (*${alias.source}): it now holds its own copy, and the ` +
      `anchor &${alias.source} is unchanged.`,
  );
  return merged;
}

function created(ctx: MergeContext, node: Node | null, want: unknown, path: PathPart[]): Node {
  ctx.notes.push(`Added ${formatPath(path)}.`);
  const fresh = createValueNode(ctx.doc, want);
  return node ? withComments(node, fresh) : fresh;
}

/** Moves the comments of a replaced node onto its replacement. */
function withComments(old: Node, fresh: Node): Node {
  fresh.commentBefore = old.commentBefore;
  fresh.comment = old.comment;
  fresh.spaceBefore = old.spaceBefore;
  return fresh;
}

function conflict(path: PathPart[], node: unknown, need: string): MergeConflict {
  return new MergeConflict(
    `${formatPath(path)} in your file is ${describeNode(node)}, but ${need}. Change or remove it ` +
      "in your file, then paste it again: the wizard does not overwrite it silently.",
  );
}

function keys(value: Record<string, unknown>): string {
  return Object.keys(value).join(", ");
}

function describeChange(before: unknown, after: unknown): string {
  const short = (v: unknown) => (typeof v === "string" && v.length > 60 ? null : JSON.stringify(v));
  const [b, a] = [short(before), short(after)];
  return b !== null && a !== null ? ` from ${b} to ${a}` : "";
}
