import { describe, expect, it } from "vitest";
import {
  IDLE_SLICE_MS,
  IDLE_TIMEOUT_MS,
  runWhenIdleOn,
  whenIdleAfterOn,
  type IdleClock,
} from "./idle";

function manualClock(withIdle = true) {
  const timers = new Map<number, () => void>();
  const idles = new Map<number, { callback: () => void; timeout: number }>();
  let next = 1;
  const clock: IdleClock = {
    setTimeout: (callback) => {
      timers.set(next, callback);
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  if (withIdle) {
    clock.requestIdleCallback = (callback, options) => {
      idles.set(next, { callback, timeout: options.timeout });
      return next++;
    };
    clock.cancelIdleCallback = (handle) => void idles.delete(handle as number);
  }
  const runAll = (map: Map<number, { callback: () => void } | (() => void)>) => {
    const due = [...map.values()];
    map.clear();
    for (const item of due) (typeof item === "function" ? item : item.callback)();
  };
  return {
    clock,
    idles,
    pause: () => runAll(timers),
    idle: () => runAll(idles),
  };
}

describe("whenIdleAfterOn", () => {
  it("waits for the pause, then for idle time, with a deadline", () => {
    const c = manualClock();
    let runs = 0;
    whenIdleAfterOn(c.clock, 250, () => runs++);
    c.idle();
    expect(runs).toBe(0);
    c.pause();
    expect(runs).toBe(0);
    expect([...c.idles.values()][0]?.timeout).toBe(IDLE_TIMEOUT_MS);
    c.idle();
    expect(runs).toBe(1);
  });

  it("runs nothing once cancelled, before or after the pause", () => {
    const early = manualClock();
    let runs = 0;
    whenIdleAfterOn(early.clock, 250, () => runs++)();
    early.pause();
    early.idle();
    const late = manualClock();
    const cancel = whenIdleAfterOn(late.clock, 250, () => runs++);
    late.pause();
    cancel();
    late.idle();
    expect(runs).toBe(0);
  });

  it("runs after the pause where the browser has no idle callbacks", () => {
    const c = manualClock(false);
    let runs = 0;
    whenIdleAfterOn(c.clock, 250, () => runs++);
    c.pause();
    expect(runs).toBe(1);
  });
});

describe("runWhenIdleOn", () => {
  function idleClock() {
    const callbacks: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    const cost = { spent: 0 };
    return {
      cost,
      clock: {
        requestIdleCallback: (callback: (typeof callbacks)[number]) => callbacks.push(callback),
        now: () => cost.spent,
      },
      /** One idle period of `ms` milliseconds, each job taking `cost` of them. */
      period(ms: number, cost: { spent: number }) {
        const callback = callbacks.shift();
        const start = cost.spent;
        callback?.({ timeRemaining: () => ms - (cost.spent - start) });
      },
      pending: () => callbacks.length,
    };
  }

  it("runs as many synchronous jobs as fit in an idle period, at least one", () => {
    const c = idleClock();
    const cost = c.cost;
    const ran: number[] = [];
    const jobs = [1, 2, 3, 4].map((n) => () => {
      ran.push(n);
      cost.spent += 5;
    });
    runWhenIdleOn(c.clock, jobs);
    c.period(2, cost);
    expect(ran).toEqual([1]);
    c.period(11, cost);
    expect(ran).toEqual([1, 2, 3]);
    c.period(50, cost);
    expect(ran).toEqual([1, 2, 3, 4]);
    expect(c.pending()).toBe(0);
  });

  it(`never starts jobs past ${IDLE_SLICE_MS} ms in one idle period, however long it is`, () => {
    const c = idleClock();
    const ran: number[] = [];
    const jobs = [1, 2, 3, 4, 5].map((n) => () => {
      ran.push(n);
      c.cost.spent += 3;
    });
    runWhenIdleOn(c.clock, jobs);
    c.period(50, c.cost);
    // 3 jobs: 9 ms spent, past the slice.
    expect(ran).toEqual([1, 2, 3]);
    c.period(50, c.cost);
    expect(ran).toEqual([1, 2, 3, 4, 5]);
  });

  it("waits for a job's promise, failed or not, before the next idle period", async () => {
    const c = idleClock();
    const cost = c.cost;
    const ran: string[] = [];
    let fail: (reason: unknown) => void = () => undefined;
    const jobs = [
      () => new Promise<void>((_, reject) => (fail = reject)),
      () => void ran.push("after"),
    ];
    runWhenIdleOn(c.clock, jobs);
    c.period(50, cost);
    expect(c.pending()).toBe(0);
    fail(new Error("offline"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    c.period(50, cost);
    expect(ran).toEqual(["after"]);
  });

  it("goes on past a job that throws, and stops when cancelled", () => {
    const c = idleClock();
    const cost = c.cost;
    const ran: string[] = [];
    const cancel = runWhenIdleOn(c.clock, [
      () => {
        throw new Error("boom");
      },
      () => void ran.push("second"),
      () => void ran.push("third"),
    ]);
    c.period(0, cost);
    c.period(0, cost);
    expect(ran).toEqual(["second"]);
    cancel();
    c.period(50, cost);
    expect(ran).toEqual(["second"]);
  });
});
