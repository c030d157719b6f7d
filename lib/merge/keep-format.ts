// Keeping the user's own text where the merge changed nothing.
//
// The `yaml` library re-serializes a whole document: indentation, spacing before comments and
// inside flow collections come out normalized. So the merge serializes the document twice, as
// parsed (`before`) and as merged (`after`), and carries over to the user's `original` only the
// regions where those two differ, like a three-way merge of lines. Unchanged regions stay byte for
// byte the user's. The caller checks the result and falls back to `after` if anything is off.
import { Lexer } from "yaml";
import { alignLines, splitLines } from "./diff";

export interface SerializeStyle {
  indent: number;
  /** Whether a block list under a key is indented (`key:\n  - a`) or not (`key:\n- a`). */
  indentSeq: boolean;
}

const KEY_LINE = /^(\s*)(?:[^#\s-][^#]*|-[^\s#][^#]*)?:\s*(#.*)?$/;

function mostCommon(values: number[], fallback: number): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [value, count] of counts)
    if (count > bestCount || (count === bestCount && value === fallback)) {
      best = value;
      bestCount = count;
    }
  return best;
}

/** The indentation habits of a block-style YAML file, by majority over its `key:` lines. */
export function detectStyle(text: string): SerializeStyle {
  const lines = splitLines(text).filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
  const mapSteps: number[] = [];
  const seqSteps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const opener = KEY_LINE.exec(previous);
    if (!opener || previous.trimStart().startsWith("- ")) continue;
    const line = lines[i]!;
    const step = indentOf(line) - opener[1]!.length;
    if (line.trimStart().startsWith("- ")) seqSteps.push(step);
    else if (step > 0) mapSteps.push(step);
  }
  const indent = mostCommon(mapSteps, 2);
  return {
    indent: indent >= 1 && indent <= 8 ? indent : 2,
    indentSeq: mostCommon(seqSteps, indent) !== 0,
  };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * The user's `original` text with the changes from `before` to `after` applied: lines matched in
 * all three texts anchor the result; between two anchors, the user's lines are kept when
 * `before` and `after` agree there, and otherwise `after`'s lines are walked, each line that
 * `before` had taken from the user's text (see pairSegment) and each new line from `after`.
 */
export function carryChanges(original: string, before: string, after: string): string {
  const o = splitLines(original);
  const b = splitLines(before);
  const a = splitLines(after);
  const toOriginal = alignLines(b, o);
  const toAfter = alignLines(b, a);
  const fromBefore = new Int32Array(a.length).fill(-1);
  toAfter.forEach((ia, ib) => {
    if (ia >= 0) fromBefore[ia] = ib;
  });
  const out: string[] = [];
  let [pb, po, pa] = [-1, -1, -1];
  const flush = (ib: number, io: number, ia: number) => {
    const beforePart = b.slice(pb + 1, ib);
    const originalPart = o.slice(po + 1, io);
    const afterPart = a.slice(pa + 1, ia);
    if (beforePart.length === afterPart.length && beforePart.every((l, k) => l === afterPart[k])) {
      out.push(...originalPart);
      return;
    }
    const pairing = pairSegment(beforePart, originalPart);
    if (!pairing) {
      out.push(...afterPart);
      return;
    }
    let nextOriginal = 0;
    afterPart.forEach((line, k) => {
      const j = fromBefore[pa + 1 + k]!;
      if (j < 0) {
        out.push(line);
        return;
      }
      const target = pairing[j - pb - 1]!;
      if (target < 0) return;
      // Blank lines of the user's that no `before` line stands for go out with the next line.
      for (; nextOriginal < target; nextOriginal++)
        if (originalPart[nextOriginal]!.trim() === "") out.push(originalPart[nextOriginal]!);
      out.push(originalPart[target]!);
      nextOriginal = target + 1;
    });
    for (; nextOriginal < originalPart.length; nextOriginal++)
      if (originalPart[nextOriginal]!.trim() === "") out.push(originalPart[nextOriginal]!);
  };
  for (let i = 0; i < b.length; i++) {
    const io = toOriginal[i]!;
    const ia = toAfter[i]!;
    if (io < 0 || ia < 0) continue;
    flush(i, io, ia);
    out.push(o[io]!);
    [pb, po, pa] = [i, io, ia];
  }
  flush(b.length, o.length, a.length);
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

/**
 * Which user line each serialized line between two anchors stands for (-1: none), when that can
 * be told: same number of lines (one for one), or same number once blank lines are left aside
 * (the serializer adds and drops blank lines, e.g. before a trailing comment).
 */
function pairSegment(before: string[], original: string[]): number[] | null {
  if (before.length === original.length) return before.map((_, k) => k);
  const nonBlank = (lines: string[]) => lines.flatMap((line, k) => (line.trim() === "" ? [] : [k]));
  const fromBefore = nonBlank(before);
  const fromOriginal = nonBlank(original);
  if (fromBefore.length !== fromOriginal.length) return null;
  const pairing = new Array<number>(before.length).fill(-1);
  fromBefore.forEach((k, n) => (pairing[k] = fromOriginal[n]!));
  return pairing;
}

/** Every comment of a YAML text, trimmed, in order (a `#` inside a string is not one). */
export function commentsOf(text: string): string[] {
  const comments: string[] = [];
  for (const token of new Lexer().lex(text)) if (token.startsWith("#")) comments.push(token.trim());
  return comments;
}
