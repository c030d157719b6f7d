// The benchmark's table: one row per figure with its floor, target and whether it is met, as
// Markdown (readable in a terminal, and pasted as is into docs/performance.md).
import { readFileSync, writeFileSync } from "node:fs";

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

/** Replaces the marked block of the document with `block`; false when the markers are missing. */
export function writeFigures(path: string, block: string): boolean {
  const text = readFileSync(path, "utf8");
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  writeFileSync(path, `${text.slice(0, start + BEGIN.length)}\n${block}\n${text.slice(end)}`);
  return true;
}
