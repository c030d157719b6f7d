// What a keystroke tells the form (React Hook Form's onChange: the value, its watchers, the
// validation of the whole form) waits until the key has been painted, so a field answers like a
// bare input. The wait is one frame, and it never lets the form be read stale: any other input
// the user gives (a pointer, a key, focus leaving the field) first hands over what is pending.

export interface ChangeQueue {
  /**
   * Runs `run` after the next paint, or earlier when flushed. A later call with the same `key`
   * (the same field) replaces the pending one: within a frame only the last change counts.
   */
  defer(key: object, run: () => void): void;
  /** Runs every pending change now, in the order their fields first changed. */
  flush(): void;
  /** How many changes wait (for tests). */
  readonly size: number;
}

export function changeQueue(afterPaint: () => Promise<void>): ChangeQueue {
  const pending = new Map<object, () => void>();
  let scheduled = false;
  const flush = () => {
    const runs = [...pending.values()];
    pending.clear();
    for (const run of runs) run();
  };
  return {
    defer(key, run) {
      pending.set(key, run);
      if (scheduled) return;
      scheduled = true;
      void afterPaint().then(() => {
        scheduled = false;
        flush();
      });
    },
    flush,
    get size() {
      return pending.size;
    },
  };
}

/** The events after which the form must be current: they may read it, or act on it. */
export const FLUSH_EVENTS = ["pointerdown", "click", "keydown", "focusout", "submit"] as const;
