// The benchmark's table: one row per figure with its floor, target and whether it is met, as
// Markdown (readable in a terminal, and pasted as is into docs/performance.md).
import { readFileSync, writeFileSync } from "node:fs";
import * as prettier from "prettier";

export interface Row {
  figure: string;
  value: string;
  floor: string;
  result: string;
  target: string;
  /** null when the figure has no target (shown for context). */
  met: boolean | null;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

export function markdownTable(rows: readonly Row[]): string {
  const header = ["Figure", "Wizard", "Floor", "Result", "Target", "Met"];
  const cells = rows.map((r) => [
    r.figure,
    r.value,
    r.floor,
    r.result,
    r.target,
    r.met === null ? "" : r.met ? "yes" : "**no**",
  ]);
  const line = (values: string[]) => `| ${values.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...cells.map(line)].join("\n");
}

export const BEGIN = "<!-- bench:begin (written by npm run bench) -->";
export const END = "<!-- bench:end -->";

/**
 * Replaces the marked block of the document with `block`, formatted as the repository's
 * prettier check expects; false when the markers are missing.
 */
export async function writeFigures(path: string, block: string): Promise<boolean> {
  const text = readFileSync(path, "utf8");
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  const updated = `${text.slice(0, start + BEGIN.length)}\n\n${block}\n\n${text.slice(end)}`;
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(updated, { ...options, filepath: path }));
  return true;
}
