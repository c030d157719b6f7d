import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { alignLines, diffHunks, diffLines, splitLines } from "./diff";

/** Length of a longest common subsequence, by the textbook table (small inputs only). */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const text = fc
  .array(fc.constantFrom("a", "b", "c", "d", ""), { maxLength: 14 })
  .map((lines) => lines.map((l) => `${l}\n`).join(""));

describe("diffLines", () => {
  it("marks a changed line as removed then added, with line numbers on both sides", () => {
    expect(diffLines("a\nb\nc\n", "a\nB\nc\n")).toEqual([
      { kind: "equal", text: "a", oldLine: 1, newLine: 1 },
      { kind: "remove", text: "b", oldLine: 2 },
      { kind: "add", text: "B", newLine: 2 },
      { kind: "equal", text: "c", oldLine: 3, newLine: 3 },
    ]);
  });

  it("reports nothing but equal lines for identical texts", () => {
    expect(diffLines("x\ny\n", "x\ny\n").every((l) => l.kind === "equal")).toBe(true);
  });

  it("rebuilds both texts and keeps a longest common subsequence of lines", () => {
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const diff = diffLines(oldText, newText);
        const oldLines = diff.filter((l) => l.kind !== "add").map((l) => l.text);
        const newLines = diff.filter((l) => l.kind !== "remove").map((l) => l.text);
        expect(oldLines).toEqual(splitLines(oldText));
        expect(newLines).toEqual(splitLines(newText));
        const equal = diff.filter((l) => l.kind === "equal").length;
        expect(equal).toBe(lcsLength(splitLines(oldText), splitLines(newText)));
      }),
      { numRuns: 400 },
    );
  });
});

describe("alignLines", () => {
  it("matches lines in increasing order and only equal lines", () => {
    fc.assert(
      fc.property(text, text, (x, y) => {
        const a = splitLines(x);
        const b = splitLines(y);
        const match = alignLines(a, b);
        let last = -1;
        match.forEach((j, i) => {
          if (j < 0) return;
          expect(j).toBeGreaterThan(last);
          expect(b[j]).toBe(a[i]);
          last = j;
        });
      }),
    );
  });

  it("handles long files with a few changes quickly", () => {
    const a = Array.from({ length: 20000 }, (_, i) => `line ${i}`);
    const b = a.map((l, i) => (i % 1000 === 0 ? `${l} changed` : l));
    const match = alignLines(a, b);
    expect(match.filter((j) => j < 0).length).toBe(20);
  });
});

describe("diffHunks", () => {
  it("keeps three lines of context and splits distant changes into separate hunks", () => {
    const oldText = Array.from({ length: 20 }, (_, i) => `${i}\n`).join("");
    const newText = oldText.replace("2\n", "two\n").replace("17\n", "seventeen\n");
    const hunks = diffHunks(diffLines(oldText, newText));
    expect(hunks).toHaveLength(2);
    expect(hunks[0]!.oldStart).toBe(1);
    expect(hunks[0]!.lines.map((l) => l.text)).toEqual(["0", "1", "2", "two", "3", "4", "5"]);
    expect(hunks[1]!.newStart).toBe(15);
  });
});
