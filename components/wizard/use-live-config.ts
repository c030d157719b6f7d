"use client";
// The form's values, validated, and what the generators make of the last valid configuration.
// A keystroke only updates its own field: the values reach this hook after the key has been
// painted, in a transition (React renders it in slices and drops it for a newer key), and the
// files come from a worker (use-preview-files.ts), so neither validating the whole form nor
// generating ~60 files runs in the task that handles the key. The attribution of changed lines
// (several generator runs) happens in another worker once typing pauses.
import { useMemo, useRef } from "react";
import type { UseFormGetValues } from "react-hook-form";
import { configSchema, type Config, type ConfigInput } from "@/lib/config/schema";
import type { MergeSources } from "@/lib/merge/types";
import { errorsByStep } from "@/lib/review/steps";
import { usePreviewFiles } from "./use-preview-files";
import { useChanges } from "./use-changes";
import type { LiveConfig } from "@/components/wizard-state/wizard-context";
import { usePaintedReading } from "@/components/ui/paint-first";

/**
 * The form's values as JSON text, read after the next paint (usePaintedReading). Text, so an
 * unchanged reading renders nothing and a stored value never changes under React.
 */
const readValuesText = (getValues: UseFormGetValues<ConfigInput>) => JSON.stringify(getValues());

export function useLiveConfig(initial: Config, mergeSources: MergeSources): LiveConfig {
  const valuesText = usePaintedReading(readValuesText);
  const values = useMemo(() => JSON.parse(valuesText) as ConfigInput, [valuesText]);
  const lastValidRef = useRef<Config>(initial);
  const parsed = useMemo(() => {
    const result = configSchema.safeParse(values);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      }));
      return { config: null, issues };
    }
    return { config: result.data, issues: [] };
  }, [values]);
  // The ref only moves forward to valid configurations; reading it during render is intended.
  if (parsed.config) lastValidRef.current = parsed.config;
  const lastValid = lastValidRef.current;
  const preview = usePreviewFiles(lastValid, mergeSources);
  // The marks may trail the text for a moment while typing: they follow once typing pauses.
  const changes = useChanges(preview, lastValid, mergeSources);
  const errors = useMemo(() => errorsByStep(parsed.issues), [parsed.issues]);
  return {
    values,
    valuesText,
    config: parsed.config,
    lastValid,
    issues: parsed.issues,
    errors,
    files: preview.files,
    changes,
    ready: preview.ready,
    previewError: preview.error,
  };
}
