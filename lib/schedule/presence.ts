// Work for a person who is there (fetching the steps' code before they click): it starts at the
// first sign of one (a pointer moving, a key, a touch, a scroll, focus), or after a while. A
// page nobody uses (a speed test, a tab opened in the background) spends nothing on it while it
// loads, when every task counts against how fast the page is judged to start.

export const PRESENCE_EVENTS = [
  "pointermove",
  "pointerdown",
  "keydown",
  "touchstart",
  "wheel",
  "scroll",
  "focusin",
] as const;

/** Without any sign of a person, the work starts anyway after this. */
export const PRESENCE_FALLBACK_MS = 10_000;

export interface PresenceTimers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** Calls `callback` once, at the first sign of a person on `target`; returns a cancel function. */
export function onFirstPresence(
  target: Pick<EventTarget, "addEventListener" | "removeEventListener">,
  timers: PresenceTimers,
  callback: () => void,
): () => void {
  let done = false;
  const stop = () => {
    done = true;
    timers.clearTimeout(timer);
    for (const type of PRESENCE_EVENTS) target.removeEventListener(type, fire, true);
  };
  const fire = () => {
    if (done) return;
    stop();
    callback();
  };
  const timer = timers.setTimeout(fire, PRESENCE_FALLBACK_MS);
  for (const type of PRESENCE_EVENTS)
    target.addEventListener(type, fire, { capture: true, passive: true });
  return stop;
}
