"use client";
// The form's values, validated, and what the generators make of the settled configuration: every
// valid field as typed, each invalid one at its last settled value (lib/config/settle.ts).
// A keystroke only updates its own field: the values reach this hook after the key has been
// painted, in a transition (React renders it in slices and drops it for a newer key), and the
// files come from a worker (use-preview-files.ts), so neither validating the whole form nor
// generating ~60 files runs in the task that handles the key. The attribution of changed lines
// (several generator runs) happens in another worker once typing pauses.
import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import type { Config, ConfigInput } from "@/lib/config/schema";
import { settleConfig, type WaitingField } from "@/lib/config/settle";
import type { GeneratedFile } from "@/lib/generators/types";
import type { MergeSources } from "@/lib/merge/types";
import type { FileChanges } from "@/lib/review/changes";
import { errorsByStep, type StepId } from "@/lib/review/steps";
import { afterNextPaint } from "@/lib/schedule/after-paint";
import { usePreviewFiles } from "./use-preview-files";
import { useChanges } from "./use-changes";

export interface LiveConfig {
  /** The values as typed (what the draft saves), and their JSON text. */
  values: ConfigInput;
  valuesText: string;
  /** The current values when valid, else null: what the download and the share link take. */
  config: Config | null;
  /**
   * What every derived view shows: the valid fields as typed, each waiting field at its last
   * settled value. Equals `config` when the form is valid.
   */
  settled: Config;
  /**
   * The same as `settled`, under its former name ("the last valid configuration"), for readers
   * not renamed yet (the TLS check section, being redrafted in parallel).
   */
  lastValid: Config;
  /** The fields `settled` does not hold as typed yet, with why. */
  waiting: WaitingField[];
  /** The form's validation issues: the waiting fields. */
  issues: { path: string; message: string }[];
  errors: Partial<Record<StepId, number>>;
  /** Empty until the first files are generated (see `ready`). */
  files: GeneratedFile[];
  changes: Map<string, FileChanges>;
  ready: boolean;
  /** Why the files could not be generated, if they could not. */
  previewError: string | null;
}

/**
 * The form's values as JSON text, as of the last frame: every change to the form schedules one
 * reading after the next paint (changes within a frame share it), published in a transition.
 * Text, so an unchanged reading renders nothing and a stored value never changes under React.
 */
function usePaintedValuesText(): string {
  const { getValues, subscribe } = useFormContext<ConfigInput, unknown, Config>();
  const [text, setText] = useState(() => JSON.stringify(getValues()));
  useEffect(() => {
    let active = true;
    let scheduled = false;
    const publish = () => {
      scheduled = false;
      if (!active) return;
      const next = JSON.stringify(getValues());
      startTransition(() => setText(next));
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      void afterNextPaint().then(publish);
    };
    const unsubscribe = subscribe({ formState: { values: true }, callback: schedule });
    // A change between the first render and this subscription.
    schedule();
    return () => {
      active = false;
      unsubscribe();
    };
  }, [getValues, subscribe]);
  return text;
}

export function useLiveConfig(initial: Config, mergeSources: MergeSources): LiveConfig {
  const valuesText = usePaintedValuesText();
  const values = useMemo(() => JSON.parse(valuesText) as ConfigInput, [valuesText]);
  const settledRef = useRef<Config>(initial);
  // Each invalid field falls back on the previous settled configuration: reading the ref during
  // render is intended (it only ever holds a settled configuration of earlier values).
  const { config: settled, waiting } = useMemo(
    () => settleConfig(values, settledRef.current),
    [values],
  );
  settledRef.current = settled;
  // The waiting fields are the form's issues (those the schema found first, and any check they
  // kept from running).
  const parsed = { config: waiting.length === 0 ? settled : null, issues: waiting };
  const preview = usePreviewFiles(settled, mergeSources);
  // The marks may trail the text for a moment while typing: they follow once typing pauses.
  const changes = useChanges(preview.ready, settled, mergeSources);
  const errors = useMemo(() => errorsByStep(parsed.issues), [parsed.issues]);
  return {
    values,
    valuesText,
    config: parsed.config,
    settled,
    lastValid: settled,
    waiting,
    issues: parsed.issues,
    errors,
    files: preview.files,
    changes,
    ready: preview.ready,
    previewError: preview.error,
  };
}
