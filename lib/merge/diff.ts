// A line diff (Myers' O(ND) algorithm) for the merge preview, and the line alignment the merge
// uses to keep the user's own formatting on the lines it does not change.

export type DiffKind = "equal" | "add" | "remove";

export interface DiffLine {
  kind: DiffKind;
  text: string;
  /** 1-based line number in the old text (equal and remove). */
  oldLine?: number;
  /** 1-based line number in the new text (equal and add). */
  newLine?: number;
}

/** Past this many differing lines the diff stops looking for a shortest script (memory grows as D²). */
const MAX_EDIT_DISTANCE = 3000;

/** Splits text into lines; a final newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * For each line of `a`, the index of the line of `b` it is matched with in a shortest edit script,
 * or -1 when it was removed. Matches are strictly increasing.
 */
export function alignLines(a: readonly string[], b: readonly string[]): Int32Array {
  const match = new Int32Array(a.length).fill(-1);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    match[start] = start;
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    match[endA] = endB;
  }
  myers(a, b, start, endA, start, endB, match);
  return match;
}

/** Fills `match` for a[aLo, aHi) against b[bLo, bHi); gives up (no matches) past the limit. */
function myers(
  a: readonly string[],
  b: readonly string[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  match: Int32Array,
): void {
  const n = aHi - aLo;
  const m = bHi - bLo;
  if (n === 0 || m === 0) return;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[-d-1 .. d+1] as it was before round d: memory grows as D², not D·(N+M).
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        backtrack(trace, x, y, d, aLo, bLo, match);
        return;
      }
    }
  }
  // Too different to be worth a shortest script: everything removed, then added.
}

function backtrack(
  trace: Int32Array[],
  xEnd: number,
  yEnd: number,
  dEnd: number,
  aLo: number,
  bLo: number,
  match: Int32Array,
): void {
  let x = xEnd;
  let y = yEnd;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const at = (k: number) => v[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      match[aLo + x] = bLo + y;
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    match[aLo + x] = bLo + y;
  }
}

/** The full line diff of two texts: every line once, removals before additions at a change. */
export function diffLines(oldText: string, newText: string): DiffLine[] {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const match = alignLines(a, b);
  const out: DiffLine[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const target = match[i]!;
    if (target < 0) {
      out.push({ kind: "remove", text: a[i]!, oldLine: i + 1 });
      continue;
    }
    for (; j < target; j++) out.push({ kind: "add", text: b[j]!, newLine: j + 1 });
    out.push({ kind: "equal", text: a[i]!, oldLine: i + 1, newLine: j + 1 });
    j++;
  }
  for (; j < b.length; j++) out.push({ kind: "add", text: b[j]!, newLine: j + 1 });
  return out;
}

export interface DiffHunk {
  oldStart: number;
  newStart: number;
  lines: DiffLine[];
}

/** Groups a diff into hunks with `context` unchanged lines around each change (like `diff -u`). */
export function diffHunks(lines: readonly DiffLine[], context = 3): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  const changed = lines.map((line, index) => (line.kind === "equal" ? -1 : index));
  const keep = new Array<boolean>(lines.length).fill(false);
  for (const index of changed) {
    if (index < 0) continue;
    for (
      let i = Math.max(0, index - context);
      i <= Math.min(lines.length - 1, index + context);
      i++
    )
      keep[i] = true;
  }
  let current: DiffHunk | null = null;
  lines.forEach((line, index) => {
    if (!keep[index]) {
      current = null;
      return;
    }
    if (!current) {
      current = { oldStart: line.oldLine ?? 0, newStart: line.newLine ?? 0, lines: [] };
      hunks.push(current);
    }
    current.lines.push(line);
  });
  return hunks;
}
