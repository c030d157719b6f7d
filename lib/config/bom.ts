// A byte-order mark pasted at the start of a value is removed (trimming drops it), and said:
// silently changed input is the kind of surprise issue 19 removes. The proxy section's readers
// say it in their own words (lib/proxy/pasted.ts); this covers every other text field.
import { stripBom } from "../proxy/pasted";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The note for one field's text, or null when it holds no leading byte-order mark. */
export function bomNote(text: unknown): string | null {
  return typeof text === "string" ? (stripBom(text, "value").note ?? null) : null;
}

/** Every text field outside the proxy section that starts with a byte-order mark, by path. */
export function bomNotes(input: unknown, path: string[] = []): { path: string; message: string }[] {
  if (path[0] === "proxy") return [];
  if (Array.isArray(input)) return input.flatMap((item, i) => bomNotes(item, [...path, String(i)]));
  if (isPlainObject(input))
    return Object.entries(input).flatMap(([key, value]) => bomNotes(value, [...path, key]));
  const message = bomNote(input);
  return message ? [{ path: path.join("."), message }] : [];
}
