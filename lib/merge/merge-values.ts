// Merges the wizard's settings into the user's existing values.yaml, keeping their comments, key
// order, blank lines and every value the wizard does not set. See apply-values.ts for exactly
// which keys the wizard writes and env-list.ts for how `extraEnv` lists merge.
import { parseDocument, type Document, type ToStringOptions } from "yaml";
import { applyValues } from "./apply-values";
import { keptProxyNotes, missingIntendedValues, unmanagedChanges } from "./check";
import { isDeepStrictEqual } from "./equal";
import { carryChanges, commentsOf, detectStyle } from "./keep-format";
import { parseYaml } from "./parse-yaml";
import { verifyBySections } from "./verify-carry";
import { readSource, type ReadSource } from "./read-source";
import { findTemplateAction, templateMessage } from "./template";
import { documentToJson, isJsonValues, jsonIndent, mergedJson } from "./json-values";
import { MergeConflict } from "./yaml-nodes";
import { keepSharedAnchors, sharedAnchors } from "./anchors";

export type MergeResult =
  | { ok: true; text: string; notes: string[] }
  | { ok: false; error: string; line?: number; column?: number };

/** Applies `intended` (the wizard's values object) onto `existing` (YAML text). Never throws. */
export function mergeValues(existing: string, intended: Record<string, unknown>): MergeResult {
  const source = readSource(existing);
  if (!source.ok) return source;
  try {
    return merge(source, intended);
  } catch (error) {
    if (error instanceof MergeConflict) return { ok: false, error: error.message };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The file could not be merged: ${reason}` };
  }
}

function merge(source: ReadSource & { ok: true }, intended: Record<string, unknown>): MergeResult {
  const { text, notes } = source;
  const template = findTemplateAction(text);
  if (template) {
    const line = template.line + source.lineOffset;
    return { ok: false, error: templateMessage(template, line), line, column: template.column };
  }
  const { docs: parsed, comments } = parseYaml(text);
  // An empty or comment-only text is an empty stream: one empty document keeps its comments.
  const docs: Document[] = parsed.length > 0 ? parsed : [parseDocument(text, { merge: true })];
  if (docs.length > 1) {
    const line = lineAt(text, docs[1]!.range?.[0] ?? 0) + source.lineOffset;
    return {
      ok: false,
      error:
        `The text holds ${docs.length} YAML documents (separated by ---, the second starts at ` +
        `line ${line}). A values file is one document: paste only the chart's values.`,
      line,
    };
  }
  const doc = docs[0]!;
  const problem = doc.errors[0];
  if (problem) {
    const at = problem.linePos?.[0];
    const line = at ? at.line + source.lineOffset : undefined;
    const where = at ? ` (line ${line}, column ${at.col})` : "";
    const message = problem.message.split(" at line ")[0]!.split("\n")[0];
    return {
      ok: false,
      error: `This is not valid YAML: ${message}${where}.`,
      line,
      column: at?.col,
    };
  }
  for (const warning of doc.warnings) notes.push(`YAML warning: ${warning.message.split("\n")[0]}`);

  const options: ToStringOptions = {
    ...detectStyle(text),
    // No folding of long lines (the user's lines stay as they are). Not 0, which also means "no
    // folding" but makes the `yaml` library divide by zero when it writes a !!binary value.
    lineWidth: 1_000_000,
    minContentWidth: 0,
    doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY,
  };
  const before = doc.toString(options);
  const json = isJsonValues(text) ? (jsonIndent(text) ?? "") : null;
  const beforeJson = json === null ? "" : documentToJson(doc, json || "  ", text);
  const values = doc.toJS() as unknown;
  const changes: string[] = [];
  const shared = sharedAnchors(doc);
  const originals = new Map(shared.map((entry) => [entry.node, entry.unchanged]));
  const dropped: string[] = [];
  applyValues({ doc, notes: changes, originals, droppedComments: dropped }, intended);
  changes.push(...keepSharedAnchors(doc, shared));
  const after = doc.toString(options);
  const merged = doc.toJS() as unknown;

  const missing = missingIntendedValues(merged, intended);
  if (missing.length > 0)
    return { ok: false, error: `The merge could not set ${missing.join(", ")}.` };
  // The promise, checked: nothing outside the wizard's settings changed (through an anchor, a
  // << merge key or anything else).
  const outside = unmanagedChanges(values, merged, intended);
  if (outside.length > 0)
    return {
      ok: false,
      error:
        `The merge would also change ${outside.join(", ")}, which the wizard does not manage ` +
        "(it shares a value with the wizard's settings through an anchor or a << merge key). " +
        "Write that value out in your file instead of reusing it, then paste the file again.",
    };
  changes.push(...keptProxyNotes(merged, intended));
  if (after === before) {
    notes.push("Your file already holds every setting of the wizard: it is unchanged.");
    return { ok: true, text: source.restoreLineEnds(text), notes: [...notes, ...changes] };
  }
  const result =
    json === null
      ? yamlText({ text, comments, values }, before, after, merged, notes, dropped)
      : jsonText(text, beforeJson, documentToJson(doc, json || "  ", text), merged, json, notes);
  return { ok: true, text: source.restoreLineEnds(result), notes: [...notes, ...changes] };
}

/** The merged YAML: the user's text with the changes carried over, or the serializer's. */
function yamlText(
  original: UserText,
  before: string,
  after: string,
  merged: unknown,
  notes: string[],
  dropped: readonly string[],
) {
  let result = carryChanges(original.text, before, after);
  const reindented = !sameValuesAndComments(result, merged, original, dropped);
  if (reindented) result = after;
  // The carried text, once checked, has lost no comment; the serializer's may have.
  const lost = reindented ? lostComments(original.comments, commentsOf(result), dropped) : [];
  // Says only what holds: a note never claims the comments are kept beside one listing the lost.
  if (reindented)
    notes.push(
      `The YAML serializer re-indented parts of the file (${lost.length > 0 ? "the values are the same" : "values and comments are the same"}): ` +
        "check the diff before you use it.",
    );
  if (lost.length > 0) notes.push(`These comments could not be kept: ${lost.join(" | ")}`);
  return result;
}

/** The merged JSON, for a file written in JSON (`indent` "" when it was on one line). */
function jsonText(
  text: string,
  before: string,
  after: string,
  merged: unknown,
  indent: string,
  notes: string[],
) {
  notes.push(
    indent === ""
      ? "Your file is JSON on one line, so the merged file is JSON too, written over several " +
          "lines with 2-space indentation so that the changes can be reviewed."
      : "Your file is JSON, so the merged file is JSON too, with your indentation. Around " +
          "the wizard's changes, lines are laid out as JSON.stringify lays them out: check the diff.",
  );
  return mergedJson(text, before, after, merged);
}

/** The user's text as parsed: its comments and its values. */
interface UserText {
  text: string;
  comments: readonly string[];
  values: unknown;
}

function sameValuesAndComments(
  candidate: string,
  merged: unknown,
  original: UserText,
  dropped: readonly string[],
): boolean {
  // Most of a large file is the user's text unchanged: check only the sections that changed.
  const { text, comments: originalComments, values } = original;
  const quick = verifyBySections(text, originalComments, candidate, values, merged, dropped);
  if (quick !== null) return quick;
  const { docs, comments } = parseYaml(candidate);
  if (docs.length !== 1) return false;
  const doc = docs[0]!;
  if (doc.errors.length > 0) return false;
  return (
    isDeepStrictEqual(doc.toJS(), merged) &&
    lostComments(originalComments, comments, dropped).length === 0
  );
}

/**
 * Comments of `original` that `result` no longer has (counted, so a repeated comment counts
 * twice), leaving aside those the merge removed on purpose (`dropped`, see stale-comments.ts).
 */
export function missingComments(
  original: string,
  result: string,
  dropped: readonly string[] = [],
): string[] {
  return lostComments(commentsOf(original), commentsOf(result), dropped);
}

/** missingComments on comments already read (parse-yaml.ts reads them with the document). */
function lostComments(
  original: readonly string[],
  result: readonly string[],
  dropped: readonly string[],
): string[] {
  const left = new Map<string, number>();
  for (const c of [...result, ...dropped]) left.set(c, (left.get(c) ?? 0) + 1);
  const lost: string[] = [];
  for (const c of original) {
    const n = left.get(c) ?? 0;
    if (n === 0) lost.push(c);
    else left.set(c, n - 1);
  }
  return lost;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}
