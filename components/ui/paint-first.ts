"use client";
// Text fields that answer like a bare input: a keystroke's own task only edits the input (it is
// not controlled by React). React Hook Form hears of the change after the key has been painted
// (lib/schedule/change-queue.ts), and what the field shows beside the input (its live error,
// warnings, notes) follows in the next frame, rendered in a transition.
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import {
  useFormContext,
  type FieldPath,
  type PathValue,
  type UseFormGetValues,
} from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { afterNextPaint } from "@/lib/schedule/after-paint";
import { changeQueue, FLUSH_EVENTS, type ChangeQueue } from "@/lib/schedule/change-queue";

let queue: ChangeQueue | null = null;

/** The page's queue; any other input hands the pending changes over first (window, capture). */
function pageQueue(): ChangeQueue {
  if (queue) return queue;
  const created = changeQueue(afterNextPaint);
  for (const type of FLUSH_EVENTS) window.addEventListener(type, created.flush, true);
  queue = created;
  return created;
}

/**
 * Hands every waiting change to the form now (before the page is hidden or left); true when
 * there was one.
 */
export function flushFieldChanges(): boolean {
  if (!queue || queue.size === 0) return false;
  queue.flush();
  return true;
}

/** A field's onChange for React Hook Form, run once the key has been painted. */
export function useChangeAfterPaint<E>(onChange: (event: E) => unknown): (event: E) => void {
  const key = useRef({});
  return useCallback(
    (event: E) => pageQueue().defer(key.current, () => void onChange(event)),
    [onChange],
  );
}

/**
 * A reading of the form as of the last frame: every change to the form (to the field `name`
 * alone, when given) schedules one reading after the next paint (changes within a frame share
 * it), published in a transition, so typing renders nothing in the key's own task. `read` must
 * keep its identity between renders (a module-level function or useCallback).
 */
export function usePaintedReading<T>(
  read: (getValues: UseFormGetValues<ConfigInput>) => T,
  name?: FieldPath<ConfigInput>,
): T {
  const { getValues, subscribe } = useFormContext<ConfigInput>();
  const [value, setValue] = useState(() => read(getValues));
  useEffect(() => {
    let active = true;
    let scheduled = false;
    const publish = () => {
      scheduled = false;
      if (!active) return;
      const next = read(getValues);
      startTransition(() => setValue(() => next));
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      void afterNextPaint().then(publish);
    };
    const formState = { values: true } as const;
    const unsubscribe = subscribe(
      name === undefined
        ? { formState, callback: schedule }
        : { name, exact: true, formState, callback: schedule },
    );
    // A change between the first render and this subscription.
    schedule();
    return () => {
      active = false;
      unsubscribe();
    };
  }, [getValues, subscribe, read, name]);
  return value;
}

/** useWatch as of the last frame: typing renders nothing in the key's own task. */
export function usePaintedWatch<N extends FieldPath<ConfigInput>>(
  name: N,
): PathValue<ConfigInput, N> {
  const read = useCallback((getValues: UseFormGetValues<ConfigInput>) => getValues(name), [name]);
  return usePaintedReading(read, name);
}
