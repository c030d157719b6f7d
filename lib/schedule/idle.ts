// Work that can wait for a quiet moment (the autosave, the changed-line marks, fetching the steps'
// code, reading the certificates before their step opens): after a pause, in the browser's idle
// time, so a key pressed then does not wait behind it. No DOM here: the page passes its clock.

export interface IdleClock {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  /** Absent where the browser has none (Safari): the work then runs after the pause. */
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => unknown;
  cancelIdleCallback?: (handle: unknown) => void;
}

/** The longest an idle task waits once due: a page that is never idle still saves. */
export const IDLE_TIMEOUT_MS = 2000;

/** Runs `task` once `delayMs` have passed and the browser is idle; returns a cancel function. */
export function whenIdleAfterOn(clock: IdleClock, delayMs: number, task: () => void): () => void {
  let idle: unknown;
  let cancelled = false;
  const timer = clock.setTimeout(() => {
    if (cancelled) return;
    if (clock.requestIdleCallback)
      idle = clock.requestIdleCallback(() => !cancelled && task(), { timeout: IDLE_TIMEOUT_MS });
    else task();
  }, delayMs);
  return () => {
    cancelled = true;
    clock.clearTimeout(timer);
    if (idle !== undefined) clock.cancelIdleCallback?.(idle);
  };
}

function pageClock(): IdleClock {
  const clock: IdleClock = {
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  };
  if (typeof window.requestIdleCallback === "function") {
    clock.requestIdleCallback = (callback, options) =>
      window.requestIdleCallback(callback, options);
    clock.cancelIdleCallback = (handle) => window.cancelIdleCallback(handle as number);
  }
  return clock;
}

/** In the page: `task` after `delayMs`, when idle. */
export function whenIdleAfter(delayMs: number, task: () => void): () => void {
  return whenIdleAfterOn(pageClock(), delayMs, task);
}

/** A piece of idle work: synchronous, or a promise the next piece waits for. */
export type IdleJob = () => unknown;

/** What an idle callback is told: how long the browser expects to stay idle. */
export interface IdleDeadline {
  timeRemaining: () => number;
}

export interface IdleQueueClock {
  requestIdleCallback: (callback: (deadline: IdleDeadline) => void) => unknown;
  now: () => number;
}

/** Below this, an idle period is too short to start another job in it. */
export const MIN_IDLE_MS = 4;
/**
 * The most work started in one idle period, however long the browser expects it to be: a key
 * pressed meanwhile waits for the period's task to end (and on a phone 4× slower, a task over
 * 50 ms counts as blocking).
 */
export const IDLE_SLICE_MS = 8;

/**
 * Runs `jobs` one after another in the browser's idle periods: as many synchronous ones as fit
 * in a period (at least one), and after a job that returns a promise, the next idle period once
 * it settles (a failed job does not stop the others). Returns a cancel function.
 */
export function runWhenIdleOn(clock: IdleQueueClock, jobs: Iterable<IdleJob>): () => void {
  const iterator = jobs[Symbol.iterator]();
  let cancelled = false;
  const step = (deadline: IdleDeadline) => {
    const start = clock.now();
    do {
      if (cancelled) return;
      const next = iterator.next();
      if (next.done) return;
      let result: unknown;
      try {
        result = next.value();
      } catch {
        // A job that fails leaves the next ones to run.
      }
      if (result instanceof Promise) {
        const resume = () => !cancelled && clock.requestIdleCallback(step);
        result.then(resume, resume);
        return;
      }
    } while (deadline.timeRemaining() >= MIN_IDLE_MS && clock.now() - start < IDLE_SLICE_MS);
    clock.requestIdleCallback(step);
  };
  clock.requestIdleCallback(step);
  return () => {
    cancelled = true;
  };
}

interface BackgroundScheduler {
  postTask: (callback: () => void, options: { priority: "background" }) => Promise<unknown>;
}

/**
 * In the page. Where the browser has a task scheduler (Chromium), each slice is a
 * background-priority task: input and frames always go first, yet the work goes on without
 * waiting for the next idle period (a long idle period is 50 ms, of which a slice uses 8). Else
 * in idle callbacks, or (Safari) after a short timer.
 */
export function runWhenIdle(jobs: Iterable<IdleJob>): () => void {
  const now = () => performance.now();
  const scheduler = (globalThis as { scheduler?: Partial<BackgroundScheduler> }).scheduler;
  const postTask = scheduler?.postTask?.bind(scheduler);
  const clock: IdleQueueClock = postTask
    ? {
        requestIdleCallback: (callback) =>
          postTask(() => callback({ timeRemaining: () => IDLE_SLICE_MS }), {
            priority: "background",
          }).catch(() => undefined),
        now,
      }
    : typeof window.requestIdleCallback === "function"
      ? { requestIdleCallback: (callback) => window.requestIdleCallback(callback), now }
      : {
          requestIdleCallback: (callback) =>
            window.setTimeout(() => callback({ timeRemaining: () => 0 }), 50),
          now,
        };
  return runWhenIdleOn(clock, jobs);
}
