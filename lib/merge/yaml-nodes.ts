// Small helpers over the `yaml` library's node types, shared by the merge steps.
import {
  type Alias,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  Scalar,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from "yaml";
import { isPlainWord } from "../format/yaml";

/** A merge that cannot be done without overwriting something of the user's: the whole merge stops. */
export class MergeConflict extends Error {}

export type PathPart = string | number;

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** A path as a person reads it: `ingress.annotations["alb.ingress.kubernetes.io/scheme"]`. */
export function formatPath(path: readonly PathPart[]): string {
  return path
    .map((part, index) => {
      if (typeof part === "number") return `[${part}]`;
      if (SIMPLE_KEY.test(part)) return index === 0 ? part : `.${part}`;
      return `[${JSON.stringify(part)}]`;
    })
    .join("");
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value that stands for "nothing here" in the user's file: a missing node or an empty `key:`. */
export function isEmptyNode(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** What a node is, in words, for messages. */
export function describeNode(node: unknown): string {
  if (isEmptyNode(node)) return "empty";
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (isAlias(node)) return `an alias (*${node.source})`;
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === "string") return `a string (${JSON.stringify(truncate(value))})`;
    return `a ${typeof value} (${String(value)})`;
  }
  return "a value of an unexpected kind";
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  return key.value === "<<" || key.source === "<<" || String(key.value) === "Symbol(<<)";
}

/** The pair written directly in a mapping under `key` (merge keys `<<` are not looked through). */
export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => {
    const k = pair.key;
    if (isMergeKey(k)) return false;
    return isScalar(k) ? String(k.value) === key : String(k) === key;
  });
}

/**
 * Anchored nodes as they were before the merge changed them (see anchors.ts): an alias reads
 * its anchor's value as it was, not the wizard's changes to the anchored path.
 */
export type Originals = ReadonlyMap<Node, Node>;

/** The value a `<<` merge key gives `key` in this mapping, when the mapping does not set it itself. */
export function inheritedValue(
  doc: Document,
  map: YAMLMap,
  key: string,
  originals?: Originals,
): Node | undefined {
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    const source = resolve(doc, pair.value, originals);
    const sources = isSeq(source)
      ? source.items.map((item) => resolve(doc, item, originals))
      : [source];
    for (const candidate of sources) {
      if (!isMap(candidate)) continue;
      const found = findPair(candidate, key);
      if (found) return resolve(doc, found.value, originals) ?? undefined;
    }
  }
  return undefined;
}

/** The node an alias points at (as it was before the merge, given `originals`), or the node itself. */
export function resolve(doc: Document, node: unknown, originals?: Originals): Node | null {
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return target ? (originals?.get(target) ?? target) : null;
  }
  return (node as Node | null) ?? null;
}

/**
 * A deep copy without anchors (so that copying an anchored node does not define its anchor
 * twice) and without comments, in block style: it lands on its own lines, where the wizard may
 * add to it. With `style` "as-is", flow collections stay flow (a copy the wizard does not touch).
 */
export function copyWithoutAnchors<T extends Node>(node: T, style: "block" | "as-is" = "block"): T {
  const copy = node.clone() as T;
  const clean = (inner: Node) => {
    // The comments stay with the original: in a copy they would say the same thing twice.
    inner.commentBefore = undefined;
    inner.comment = undefined;
    if (isCollection(inner) && style === "block") inner.flow = false;
    if (isCollection(inner) || isScalar(inner)) inner.anchor = undefined;
  };
  clean(copy);
  visit(copy, {
    Node(_, inner) {
      clean(inner);
    },
  });
  return copy;
}

/**
 * `node`, taking the place of `alias`, with the alias's comments: a comment on the alias's line
 * (`key: *env # shared`) goes on the line below the key for a block collection, which has no
 * line of its own to end, and stays at the end of the line for a scalar or a flow collection.
 */
export function withAliasComments<T extends Node>(alias: Alias, node: T): T {
  if (alias.comment) {
    if (isCollection(node) && !node.flow)
      node.commentBefore = [alias.comment, node.commentBefore].filter(Boolean).join("\n");
    else node.comment = alias.comment;
  }
  if (alias.commentBefore)
    node.commentBefore = [alias.commentBefore, node.commentBefore].filter(Boolean).join("\n");
  if (alias.spaceBefore) node.spaceBefore = true;
  return node;
}

/** The scalar style a wizard string gets (lib/format/yaml.ts's rule), keeping the user's quotes. */
export function stringStyle(value: string, previous?: Scalar.Type): Scalar.Type | undefined {
  const quotedBefore = previous === Scalar.QUOTE_DOUBLE || previous === Scalar.QUOTE_SINGLE;
  if (quotedBefore && !value.includes("\n")) return previous;
  return isPlainWord(value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
}

/** A new node for a wizard value: block style, strings quoted as lib/format/yaml.ts quotes them. */
export function createValueNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value, { flow: false }) as Node;
  visit(node, {
    Scalar(key, scalar) {
      if (key === "key") return;
      if (typeof scalar.value === "string") scalar.type = stringStyle(scalar.value);
    },
  });
  return node;
}

export function toJs(doc: Document, node: unknown): unknown {
  if (node === null || node === undefined) return null;
  return (node as Node).toJS(doc);
}
