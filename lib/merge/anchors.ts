// Anchors on what the wizard changes. `server.extraEnv: &env [...]` reused as
// `migrations.env: *env`: changing server.extraEnv in place would change migrations.env too,
// which the wizard does not manage. So every anchored node that aliases point at is recorded
// before the merge, and afterwards, for each whose value the merge changed (or replaced), the
// anchor moves with an unchanged copy of the value to the first alias, where the other aliases
// (all later in the file) find it; the wizard's path keeps its changed value without the anchor.
import { isAlias, isCollection, isPair, isScalar, isSeq, visit, type Alias } from "yaml";
import type { Document, Node } from "yaml";
import { isDeepStrictEqual } from "./equal";
import {
  copyWithoutAnchors,
  formatPath,
  isMergeKey,
  toJs,
  withAliasComments,
  type PathPart,
} from "./yaml-nodes";

interface Place {
  path: PathPart[];
}

export interface SharedAnchor extends Place {
  node: Node;
  anchor: string;
  /** The value before the merge, as JSON-like data. */
  value: unknown;
  /** A copy made before the merge, for the aliases to keep. */
  unchanged: Node;
  users: (Place & { alias: Alias })[];
}

function keyText(key: unknown): string {
  if (isMergeKey(key)) return "<<";
  return isScalar(key) ? String(key.value) : String(key);
}

/** A node's path from the visitor's chain of ancestors. */
function pathFrom(ancestors: readonly unknown[], node: unknown): PathPart[] {
  const chain = [...ancestors, node];
  const parts: PathPart[] = [];
  for (let i = 0; i + 1 < chain.length; i++) {
    const [parent, child] = [chain[i], chain[i + 1]];
    if (isPair(parent) && parent.value === child) parts.push(keyText(parent.key));
    else if (isSeq(parent)) parts.push(parent.items.indexOf(child as Node));
  }
  return parts;
}

/** Every anchored node that at least one alias (`*name` or `<<: *name`) points at. */
export function sharedAnchors(doc: Document): SharedAnchor[] {
  // As YAML resolves them: an alias points at the last node anchored with its name before it.
  const latest = new Map<string, SharedAnchor>();
  const shared = new Set<SharedAnchor>();
  visit(doc, {
    Node(_, node, ancestors) {
      if (isAlias(node)) {
        const target = latest.get(node.source);
        if (!target) return;
        target.users.push({ alias: node, path: pathFrom(ancestors, node) });
        shared.add(target);
      } else if ((isCollection(node) || isScalar(node)) && node.anchor) {
        latest.set(node.anchor, {
          node,
          anchor: node.anchor,
          path: pathFrom(ancestors, node),
          value: undefined,
          unchanged: node,
          users: [],
        });
      }
    },
  });
  for (const entry of shared) {
    entry.value = toJs(doc, entry.node);
    entry.unchanged = copyWithoutAnchors(entry.node, "as-is");
  }
  return [...shared];
}

function nodesIn(doc: Document): Set<unknown> {
  const present = new Set<unknown>();
  visit(doc, {
    Node(_, node) {
      present.add(node);
    },
  });
  return present;
}

function replaceAlias(doc: Document, target: Alias, replacement: Node): void {
  visit(doc, {
    Alias(_, alias) {
      return alias === target ? replacement : undefined;
    },
  });
}

/**
 * After the merge: gives the aliases of every changed shared anchor the value they had. Returns
 * a note for each anchor moved.
 */
export function keepSharedAnchors(doc: Document, shared: SharedAnchor[]): string[] {
  const present = nodesIn(doc);
  const notes: string[] = [];
  for (const entry of shared) {
    const kept = present.has(entry.node);
    if (kept && isDeepStrictEqual(toJs(doc, entry.node), entry.value)) continue;
    const users = entry.users.filter((user) => present.has(user.alias));
    if (users.length === 0) continue;
    if (kept && (isCollection(entry.node) || isScalar(entry.node))) entry.node.anchor = undefined;
    const first = users[0]!;
    const copy = withAliasComments(first.alias, entry.unchanged);
    copy.anchor = entry.anchor;
    replaceAlias(doc, first.alias, copy);
    const places = users.map((user) => formatPath(user.path));
    notes.push(
      `${formatPath(entry.path)} carried the anchor &${entry.anchor}, which ${places.join(", ")} ` +
        `${users.length === 1 ? "reuses" : "reuse"} with *${entry.anchor}: so that ` +
        `${users.length === 1 ? "it keeps its value" : "they keep their values"}, the anchor ` +
        `moved with the value as it was to ${places[0]}, and ${formatPath(entry.path)} holds ` +
        "the wizard's changes on its own.",
    );
  }
  return notes;
}
