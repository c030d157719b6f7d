// Scheduling for work that must not hold up the next frame: what a keystroke causes besides the
// keystroke itself (validating the whole form, regenerating the preview) waits until the browser
// has painted the key, so the field answers like a bare input and the rest follows a frame later.
// No DOM or React here: the browser's clock functions are passed in (the page passes its own),
// so the order of events is tested in Node.

export interface FrameClock {
  requestAnimationFrame: (callback: () => void) => unknown;
  /** Runs `callback` in a task of its own, soon (a MessageChannel message in the page). */
  postTask: (callback: () => void) => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
  /** True while the page is hidden: no frames come, so nothing waits for one. */
  hidden: () => boolean;
}

/**
 * The longest wait for a frame. Frames stop in a hidden page, and come late on a busy one; work
 * that waits for a paint runs after this at the latest.
 */
export const MAX_FRAME_WAIT_MS = 100;

/**
 * A function returning a promise that settles once the next frame has been produced: a
 * requestAnimationFrame callback runs just before the frame's style, layout and paint, and a
 * task posted from it runs right after them. Every caller before that frame shares one promise.
 * A caller inside those promises' callbacks (work that itself waited for the paint, and wants
 * to hand on) goes on at once, not a frame later.
 */
export function frameWaiter(clock: FrameClock): () => Promise<void> {
  let pending: Promise<void> | null = null;
  let justPainted = false;
  return () => {
    if (justPainted) return Promise.resolve();
    if (pending) return pending;
    pending = new Promise<void>((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        pending = null;
        // For the callbacks of this promise (microtasks queued by resolve, so run before the
        // one queued next), the paint has just happened.
        justPainted = true;
        resolve();
        queueMicrotask(() => (justPainted = false));
      };
      if (clock.hidden()) {
        clock.setTimeout(finish, 0);
        return;
      }
      clock.requestAnimationFrame(() => clock.postTask(finish));
      clock.setTimeout(finish, MAX_FRAME_WAIT_MS);
    });
    return pending;
  };
}

function browserClock(): FrameClock {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    requestAnimationFrame: (callback) => window.requestAnimationFrame(callback),
    postTask: (callback) => {
      queue.push(callback);
      channel.port2.postMessage(null);
    },
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    hidden: () => document.visibilityState === "hidden",
  };
}

let pageWaiter: (() => Promise<void>) | null = null;

/** In the page: settles after the next paint (at once outside a browser, e.g. in tests). */
export function afterNextPaint(): Promise<void> {
  if (typeof window === "undefined" || typeof window.requestAnimationFrame !== "function")
    return Promise.resolve();
  pageWaiter ??= frameWaiter(browserClock());
  return pageWaiter();
}
