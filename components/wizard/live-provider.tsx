"use client";
// Watches the form and provides the live configuration; also autosaves the draft. Its children
// are created by the wizard, so they do not re-render here unless they read the live context.
import { useEffect, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import type { Config, ConfigInput } from "@/lib/config/schema";
import { saveDraft } from "@/lib/draft/draft";
import { LiveContext, useWizard } from "./wizard-context";
import { useLiveConfig } from "./use-live-config";

export function LiveProvider({
  initial,
  onSaved,
  children,
}: {
  initial: Config;
  onSaved: (ok: boolean) => void;
  children: ReactNode;
}) {
  const { control } = useFormContext<ConfigInput, unknown, Config>();
  const { step, mergeSources } = useWizard();
  const live = useLiveConfig(control, initial, mergeSources);

  useEffect(() => {
    let storage: Storage;
    try {
      storage = window.localStorage;
    } catch {
      return;
    }
    const ok = saveDraft(storage, {
      values: JSON.parse(live.valuesText) as ConfigInput,
      step,
      mergeSources,
      savedAt: new Date().toISOString(),
    });
    onSaved(ok);
  }, [live.valuesText, step, mergeSources, onSaved]);

  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}
