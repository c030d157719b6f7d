"use client";
// Watches the form and provides the live configuration; also autosaves the draft. Its children
// are created by the wizard, so they do not re-render here unless they read the live context.
import { useEffect, useLayoutEffect, useRef, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import type { Config, ConfigInput } from "@/lib/config/schema";
import { saveDraft } from "@/lib/draft/draft";
import { whenIdleAfter } from "@/lib/schedule/idle";
import { flushPendingChanges } from "@/components/ui/paint-first";
import { LiveContext, useWizard } from "./wizard-context";
import { useLiveConfig } from "./use-live-config";

const SAVE_DELAY_MS = 250;

export function LiveProvider({
  initial,
  onSaved,
  children,
}: {
  initial: Config;
  onSaved: (ok: boolean) => void;
  children: ReactNode;
}) {
  const { step, mergeSources } = useWizard();
  const live = useLiveConfig(initial, mergeSources);

  // Saving ~100 KB (50 certificates) costs a few milliseconds, more on a slow machine: save after
  // a short pause, when the browser is idle (a key pressed then is not kept waiting), and at once
  // when the page is hidden or closed, so nothing typed is lost.
  const { getValues } = useFormContext<ConfigInput, unknown, Config>();
  const save = useRef<(values: ConfigInput) => void>(() => undefined);
  const shownText = useRef(live.valuesText);
  useLayoutEffect(() => {
    shownText.current = live.valuesText;
    save.current = (values) => {
      let storage: Storage;
      try {
        storage = window.localStorage;
      } catch {
        return;
      }
      // saveDraft strips the proxy passwords, and keeps merge files only when the user says so.
      const ok = saveDraft(storage, {
        values,
        step,
        mergeSources,
        savedAt: new Date().toISOString(),
      });
      onSaved(ok);
    };
  });
  const pending = useRef(false);
  const firstRun = useRef(true);
  useEffect(() => {
    // The values on first render are the ones just restored (or the defaults): nothing to save.
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    pending.current = true;
    return whenIdleAfter(SAVE_DELAY_MS, () => {
      pending.current = false;
      save.current(live.values);
    });
  }, [live.values, step, mergeSources]);
  useEffect(() => {
    const flush = () => {
      // A key typed in the last frame reaches the form, and the draft, before the page goes.
      flushPendingChanges();
      const values = getValues();
      if (!pending.current && JSON.stringify(values) === shownText.current) return;
      pending.current = false;
      save.current(values);
    };
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      flush();
    };
  }, [getValues]);

  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}
