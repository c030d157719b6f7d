import { describe, expect, it } from "vitest";
import { afterNextPaint, frameWaiter, MAX_FRAME_WAIT_MS, type FrameClock } from "./after-paint";

/** A clock driven by hand: frames, posted tasks and timers run when the test says so. */
function manualClock(hidden = false) {
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const timers: { at: number; callback: () => void }[] = [];
  const log: string[] = [];
  const clock: FrameClock = {
    requestAnimationFrame: (callback) => frames.push(callback),
    postTask: (callback) => tasks.push(callback),
    setTimeout: (callback, ms) => timers.push({ at: ms, callback }),
    hidden: () => hidden,
  };
  return {
    clock,
    log,
    /** The browser produces a frame: rAF callbacks, then (style, layout) the paint. */
    frame() {
      for (const callback of frames.splice(0)) callback();
      log.push("paint");
    },
    tasks() {
      for (const callback of tasks.splice(0)) callback();
    },
    /** Fires the timers due within `ms`. */
    elapse(ms: number) {
      for (const timer of timers.filter((t) => t.at <= ms)) timer.callback();
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("frameWaiter", () => {
  it("settles in the task after the next paint, not before", async () => {
    const c = manualClock();
    const wait = frameWaiter(c.clock);
    void wait().then(() => c.log.push("work"));
    await settle();
    expect(c.log).toEqual([]);
    c.frame();
    await settle();
    expect(c.log).toEqual(["paint"]);
    c.tasks();
    await settle();
    expect(c.log).toEqual(["paint", "work"]);
  });

  it("shares one wait among the callers before a frame, in the order they asked", async () => {
    const c = manualClock();
    const wait = frameWaiter(c.clock);
    const first = wait();
    const second = wait();
    expect(second).toBe(first);
    void first.then(() => c.log.push("a"));
    void second.then(() => c.log.push("b"));
    c.frame();
    c.tasks();
    await settle();
    expect(c.log).toEqual(["paint", "a", "b"]);
    // After it settled, the next caller waits for the next frame.
    expect(wait()).not.toBe(first);
  });

  it(`never waits more than ${MAX_FRAME_WAIT_MS} ms for a frame that does not come`, async () => {
    const c = manualClock();
    const wait = frameWaiter(c.clock);
    let done = false;
    void wait().then(() => (done = true));
    c.elapse(MAX_FRAME_WAIT_MS - 1);
    await settle();
    expect(done).toBe(false);
    c.elapse(MAX_FRAME_WAIT_MS);
    await settle();
    expect(done).toBe(true);
    // The late frame changes nothing.
    c.frame();
    c.tasks();
    await settle();
    expect(done).toBe(true);
  });

  it("does not wait for frames in a hidden page (none come)", async () => {
    const c = manualClock(true);
    const wait = frameWaiter(c.clock);
    let done = false;
    void wait().then(() => (done = true));
    c.elapse(0);
    await settle();
    expect(done).toBe(true);
  });
});

describe("afterNextPaint", () => {
  it("settles at once where there is no browser (Node, tests)", async () => {
    await expect(afterNextPaint()).resolves.toBeUndefined();
  });
});

describe("frameWaiter, called from work that waited for the paint", () => {
  it("goes on at once, and only there", async () => {
    const c = manualClock();
    const wait = frameWaiter(c.clock);
    let inner: Promise<void> | null = null;
    void wait().then(() => {
      inner = wait();
    });
    c.frame();
    c.tasks();
    await settle();
    let innerDone = false;
    void inner!.then(() => (innerDone = true));
    await settle();
    expect(innerDone).toBe(true);
    // Anyone else afterwards waits for the next frame.
    let later = false;
    void wait().then(() => (later = true));
    await settle();
    expect(later).toBe(false);
    c.frame();
    c.tasks();
    await settle();
    expect(later).toBe(true);
  });
});
