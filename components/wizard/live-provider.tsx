"use client";
// Watches the form and provides the live configuration; also autosaves the draft. Its children
// are created by the wizard, so they do not re-render here unless they read the live context.
// It also holds the text typed but not added yet (TypingContext), which the draft keeps too.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import type { Config, ConfigInput } from "@/lib/config/schema";
import { flushFieldChanges } from "@/components/ui/paint-first";
import { saveDraft } from "@/lib/draft/draft";
import { EMPTY_TYPING, pasteNotKept, type DraftTyping } from "@/lib/draft/typing";
import { whenIdleAfter } from "@/lib/schedule/idle";
import {
  LiveContext,
  TypingContext,
  useWizard,
  type TypingState,
} from "@/components/wizard-state/wizard-context";
import { useLiveConfig } from "./use-live-config";

const SAVE_DELAY_MS = 250;

export function LiveProvider({
  initial,
  initialTyping,
  resets,
  onSaved,
  children,
}: {
  initial: Config;
  initialTyping: DraftTyping;
  /** Counts the wizard's resets: each one empties the unadded text too. */
  resets: number;
  onSaved: (ok: boolean) => void;
  children: ReactNode;
}) {
  const { step, mergeSources } = useWizard();
  const live = useLiveConfig(initial, mergeSources);
  const [typing, setTypingState] = useState(initialTyping);
  const [resetsSeen, setResetsSeen] = useState(resets);
  if (resets !== resetsSeen) {
    setResetsSeen(resets);
    setTypingState(EMPTY_TYPING);
  }
  const setTyping = useCallback(
    (field: keyof DraftTyping, value: string) =>
      setTypingState((current) =>
        current[field] === value ? current : { ...current, [field]: value },
      ),
    [],
  );
  const typingState: TypingState = useMemo(() => ({ typing, setTyping }), [typing, setTyping]);

  // Saving ~100 KB (50 certificates) costs a few milliseconds, more on a slow machine: save after
  // a short pause, when the browser is idle (a key pressed then is not kept waiting), and at once
  // when the page is hidden or closed, so nothing typed is lost. That last save reads the form
  // itself, after handing over the changes still waiting for a frame (paint-first.ts): the live
  // values may be a frame or a transition behind the last key.
  const { getValues } = useFormContext<ConfigInput>();
  const latest = useRef({ step, mergeSources, typing, onSaved });
  latest.current = { step, mergeSources, typing, onSaved };
  // The values the live configuration shows: a focus change may have handed a key to the form
  // already, with the transition that shows it (and schedules its save) still to come.
  const shownText = useRef(live.valuesText);
  shownText.current = live.valuesText;
  const save = useCallback((values: ConfigInput) => {
    let storage: Storage;
    try {
      storage = window.localStorage;
    } catch {
      return;
    }
    const { step, mergeSources, typing, onSaved } = latest.current;
    // saveDraft strips the proxy passwords, and keeps merge files only when the user says so.
    const ok = saveDraft(storage, {
      values,
      step,
      mergeSources,
      typing,
      savedAt: new Date().toISOString(),
    });
    onSaved(ok);
  }, []);
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
      save(live.values);
    });
  }, [live.values, step, mergeSources, typing, onSaved, save]);
  useEffect(() => {
    const flush = () => {
      // A key typed in the last frame reaches the form, and the draft, before the page goes.
      const typed = flushFieldChanges();
      const values = getValues();
      if (!pending.current && !typed && JSON.stringify(values) === shownText.current) return;
      pending.current = false;
      save(values);
    };
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    // Saved on beforeunload, before the browser even asks for the next page: pagehide comes only
    // as the next page commits, and Chromium may load that page in a new process, which can read
    // the draft before this one's pagehide save reaches it (a reload then lost the last key: seen
    // 3 times in 84 loaded runs of e2e/typing.spec.ts, 0 in 96 with this). pagehide still covers
    // a page leaving without beforeunload (a back/forward cache entry, a closed tab on mobile).
    window.addEventListener("beforeunload", flush);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("beforeunload", flush);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      flush();
    };
  }, [getValues, save]);

  // Pasted certificate text the draft cannot keep (a private key, too large): ask before leaving.
  const unkeptPaste = [typing.certificatePaste, typing.tlsCheckPaste].some(
    (text) => text !== "" && pasteNotKept(text) !== null,
  );
  useEffect(() => {
    if (!unkeptPaste) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [unkeptPaste]);

  return (
    <LiveContext.Provider value={live}>
      <TypingContext.Provider value={typingState}>{children}</TypingContext.Provider>
    </LiveContext.Provider>
  );
}
