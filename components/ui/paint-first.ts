"use client";
// Text fields that answer like a bare input: a keystroke's own task only edits the input (it is
// not controlled by React). React Hook Form hears of the change after the key has been painted
// (lib/schedule/change-queue.ts), and what the field shows beside the input (its live error,
// warnings, notes) follows in the next frame, rendered in a transition.
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { useFormContext, type FieldPath, type PathValue } from "react-hook-form";
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

/** Hands the form what the fields hold now (the page is about to be hidden or closed). */
export function flushPendingChanges(): void {
  queue?.flush();
}

/** A field's onChange for React Hook Form, run once the key has been painted. */
export function useChangeAfterPaint<E>(onChange: (event: E) => unknown): (event: E) => void {
  const key = useRef({});
  return useCallback(
    (event: E) => pageQueue().defer(key.current, () => void onChange(event)),
    [onChange],
  );
}

/** useWatch as of the last frame: typing renders nothing in the key's own task. */
export function usePaintedWatch<N extends FieldPath<ConfigInput>>(
  name: N,
): PathValue<ConfigInput, N> {
  const { getValues, subscribe } = useFormContext<ConfigInput>();
  const [value, setValue] = useState(() => getValues(name));
  useEffect(() => {
    let active = true;
    let scheduled = false;
    const publish = () => {
      scheduled = false;
      if (!active) return;
      const next = getValues(name);
      startTransition(() => setValue(() => next));
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      void afterNextPaint().then(publish);
    };
    const unsubscribe = subscribe({
      name,
      exact: true,
      formState: { values: true },
      callback: schedule,
    });
    // A change between the first render and this subscription.
    schedule();
    return () => {
      active = false;
      unsubscribe();
    };
  }, [getValues, subscribe, name]);
  return value;
}
