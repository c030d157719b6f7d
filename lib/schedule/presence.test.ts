import { describe, expect, it } from "vitest";
import { onFirstPresence, PRESENCE_FALLBACK_MS, type PresenceTimers } from "./presence";

function manualTimers() {
  const timers = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  const api: PresenceTimers = {
    setTimeout: (callback, ms) => {
      timers.set(next, { at: ms, callback });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  return {
    api,
    elapse(ms: number) {
      for (const [id, t] of [...timers])
        if (t.at <= ms) {
          timers.delete(id);
          t.callback();
        }
    },
  };
}

describe("onFirstPresence", () => {
  it("starts at the first sign of a person, once, and then stops listening", () => {
    const target = new EventTarget();
    const timers = manualTimers();
    let calls = 0;
    onFirstPresence(target, timers.api, () => calls++);
    target.dispatchEvent(new Event("resize"));
    expect(calls).toBe(0);
    target.dispatchEvent(new Event("pointermove"));
    target.dispatchEvent(new Event("keydown"));
    timers.elapse(PRESENCE_FALLBACK_MS);
    expect(calls).toBe(1);
  });

  it("starts anyway after a while with nobody there", () => {
    const target = new EventTarget();
    const timers = manualTimers();
    let calls = 0;
    onFirstPresence(target, timers.api, () => calls++);
    timers.elapse(PRESENCE_FALLBACK_MS - 1);
    expect(calls).toBe(0);
    timers.elapse(PRESENCE_FALLBACK_MS);
    expect(calls).toBe(1);
    target.dispatchEvent(new Event("keydown"));
    expect(calls).toBe(1);
  });

  it("does nothing once cancelled", () => {
    const target = new EventTarget();
    const timers = manualTimers();
    let calls = 0;
    onFirstPresence(target, timers.api, () => calls++)();
    target.dispatchEvent(new Event("pointerdown"));
    timers.elapse(PRESENCE_FALLBACK_MS);
    expect(calls).toBe(0);
  });
});
