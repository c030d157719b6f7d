// Values files written as JSON (`helm get values -o json`, or a tool that writes JSON). JSON is
// YAML, so the merge reads them as it reads any values file; but the YAML serializer would write
// them back as one line of flow syntax with JSON and YAML quoting mixed. So a JSON file is
// written back as JSON: the user's lines where nothing changed, the wizard's changes laid out
// with the file's own indentation.
import { isMap, isScalar, isSeq, type Document, type Node } from "yaml";
import { carryChanges } from "./keep-format";
import { isDeepStrictEqual } from "./equal";
import { resolve } from "./yaml-nodes";

/** A JSON number as written, so `1.50` or a 20-digit integer keep their spelling. */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Whether the text is a JSON object (what a JSON values file holds). */
export function isJsonValues(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{")) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** The indentation of a JSON text written over several lines, or null for one written on one. */
export function jsonIndent(text: string): string | null {
  const line = /\n([ \t]+)\S/.exec(text.trim());
  return line ? line[1]! : null;
}

/** One node as JSON text, laid out as JSON.stringify lays it out with `indent`. */
function toJson(doc: Document, node: unknown, indent: string, depth: number): string {
  const value = resolve(doc, node);
  const inner = indent.repeat(depth + 1);
  const close = `\n${indent.repeat(depth)}`;
  if (isMap(value)) {
    if (value.items.length === 0) return "{}";
    const pairs = value.items.map((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      return `${inner}${JSON.stringify(key)}: ${toJson(doc, pair.value, indent, depth + 1)}`;
    });
    return `{\n${pairs.join(",\n")}${close}}`;
  }
  if (isSeq(value)) {
    if (value.items.length === 0) return "[]";
    const items = value.items.map((item) => `${inner}${toJson(doc, item, indent, depth + 1)}`);
    return `[\n${items.join(",\n")}${close}]`;
  }
  if (isScalar(value)) {
    const { source } = value as { source?: string };
    if (typeof value.value === "number" && source !== undefined && JSON_NUMBER.test(source))
      return source;
    return JSON.stringify(value.value ?? null);
  }
  return "null";
}

/** The document as JSON text, ending in a line break when `like` does. */
export function documentToJson(doc: Document, indent: string, like: string): string {
  const text = toJson(doc, doc.contents as Node | null, indent, 0);
  return /\n\s*$/.test(like) ? `${text}\n` : text;
}

/**
 * The merged JSON text: the user's own lines where `before` and `after` (the document as JSON
 * before and after the merge) agree, when the user's file is laid out that way; otherwise
 * `after` as it is. Either way it parses to `merged`.
 */
export function mergedJson(original: string, before: string, after: string, merged: unknown) {
  const carried = carryChanges(original, before, after);
  try {
    if (isDeepStrictEqual(JSON.parse(carried), merged)) return carried;
  } catch {
    // The user's layout did not line up with the serializer's: the serializer's text is used.
  }
  return after;
}
