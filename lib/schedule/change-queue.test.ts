import { describe, expect, it } from "vitest";
import { changeQueue } from "./change-queue";

/** A paint that happens when the test says so. */
function manualPaint() {
  let paint: () => void = () => undefined;
  let waits = 0;
  const afterPaint = () => {
    waits++;
    return new Promise<void>((resolve) => (paint = resolve));
  };
  return { afterPaint, paint: () => paint(), waits: () => waits };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("changeQueue", () => {
  it("runs a change after the paint, not before", async () => {
    const p = manualPaint();
    const queue = changeQueue(p.afterPaint);
    const log: string[] = [];
    queue.defer({}, () => log.push("change"));
    await settle();
    expect(log).toEqual([]);
    p.paint();
    await settle();
    expect(log).toEqual(["change"]);
    expect(queue.size).toBe(0);
  });

  it("keeps only the last change of a field within a frame, fields in first-changed order", async () => {
    const p = manualPaint();
    const queue = changeQueue(p.afterPaint);
    const [a, b] = [{}, {}];
    const log: string[] = [];
    queue.defer(a, () => log.push("a1"));
    queue.defer(b, () => log.push("b1"));
    queue.defer(a, () => log.push("a2"));
    expect(p.waits()).toBe(1);
    p.paint();
    await settle();
    expect(log).toEqual(["a2", "b1"]);
  });

  it("hands over at once when flushed (another input came first), and not twice", async () => {
    const p = manualPaint();
    const queue = changeQueue(p.afterPaint);
    const log: string[] = [];
    queue.defer({}, () => log.push("change"));
    queue.flush();
    expect(log).toEqual(["change"]);
    p.paint();
    await settle();
    expect(log).toEqual(["change"]);
  });

  it("a change deferred after a flush still runs after the same paint", async () => {
    const p = manualPaint();
    const queue = changeQueue(p.afterPaint);
    const log: string[] = [];
    queue.defer({}, () => log.push("first"));
    queue.flush();
    queue.defer({}, () => log.push("second"));
    expect(log).toEqual(["first"]);
    p.paint();
    await settle();
    expect(log).toEqual(["first", "second"]);
    // The next change waits for the next paint.
    queue.defer({}, () => log.push("third"));
    expect(p.waits()).toBe(2);
  });
});
