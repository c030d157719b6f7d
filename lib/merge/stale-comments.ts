// What happens to the user's comments around a value the wizard replaces. The rule is exact:
// - the comment on the replaced value's own line (`key: old # to be replaced`, which the `yaml`
//   library attaches to the value node as its trailing comment; for a flow collection,
//   `key: [a, b] # …`, the same) spoke of the old value: it is removed;
// - every other comment stays where it is, including the lines right above the key and a comment
//   after `key:` when the value starts on the next line: those belong to the key, which stays;
// - either way the merge notes say which comment went or stayed, so the user can check it.
import { isCollection, isScalar, type Node } from "yaml";
import type { MergeContext } from "./merge-context";
import { formatPath, type PathPart } from "./yaml-nodes";

const quoted = (comment: string) => `"#${comment.trimEnd()}"`;

/** Removes the comment on the line of `node`, a value about to be replaced, and notes it. */
export function dropLineComment(ctx: MergeContext, node: Node | null, path: PathPart[]): void {
  if (!node?.comment) return;
  // A block collection's trailing comment is on the lines after it, not on the value's line.
  if (isCollection(node) && !node.flow) return;
  if (!isScalar(node) && !isCollection(node)) return;
  // Only the first line is on the value's line; any further lines stay.
  const [onLine, ...after] = node.comment.split("\n");
  node.comment = after.length > 0 ? after.join("\n") : undefined;
  if (onLine === undefined || onLine.trim() === "") return;
  ctx.droppedComments?.push(`#${onLine}`.trim());
  ctx.notes.push(
    `Removed the comment ${quoted(onLine)} from ${formatPath(path)}: it was on the line of the ` +
      "value the wizard replaced. Add it back if it still holds.",
  );
}

/** The comment lines above a node (`commentBefore`), for noteKeptComments. */
export function commentAbove(node: unknown): string | undefined {
  const comment = (node as { commentBefore?: unknown } | null | undefined)?.commentBefore;
  return typeof comment === "string" ? comment : undefined;
}

/**
 * Notes the comments kept around a replaced value: the lines above its key (or above its list
 * entry), after `key:` when the value starts on the next line, or at the end of a one-line entry
 * (`- {name: …, value: …} # …`), which belongs to the entry.
 */
export function noteKeptComments(
  ctx: MergeContext,
  comments: readonly (string | null | undefined)[],
  path: PathPart[],
): void {
  const kept = comments
    .flatMap((comment) => (comment ? comment.split("\n") : []))
    .filter((line) => line.trim() !== "");
  if (kept.length === 0) return;
  const one = kept.length === 1;
  ctx.notes.push(
    `Kept the comment${one ? "" : "s"} ${kept.map(quoted).join(", ")} by ${formatPath(path)}: ` +
      `not on the replaced line, so ${one ? "it stays" : "they stay"}. Check that ` +
      `${one ? "it still holds" : "they still hold"} for the new value.`,
  );
}
