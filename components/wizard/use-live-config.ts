"use client";
// The form's values, validated on every change, and what the generators make of the last
// valid configuration. Validation is memoized on the values' text so typing stays instant; the
// files come from a worker while the page starts and from the main thread once the user
// interacts (use-preview-files.ts); the attribution of changed lines (several generator runs)
// happens in another worker once typing pauses.
import { useMemo, useRef } from "react";
import { useWatch, type Control } from "react-hook-form";
import { configSchema, type Config, type ConfigInput } from "@/lib/config/schema";
import type { GeneratedFile } from "@/lib/generators/types";
import type { MergeSources } from "@/lib/merge/types";
import type { FileChanges } from "@/lib/review/changes";
import { errorsByStep, type StepId } from "@/lib/review/steps";
import { usePreviewFiles } from "./use-preview-files";
import { useChanges } from "./use-changes";

export interface LiveConfig {
  /** The values as typed (what the draft saves), and their JSON text. */
  values: ConfigInput;
  valuesText: string;
  /** The current values when valid, else null. */
  config: Config | null;
  /** The last valid configuration (the preview keeps showing it while the form has errors). */
  lastValid: Config;
  issues: { path: string; message: string }[];
  errors: Partial<Record<StepId, number>>;
  /** Empty until the first files are generated (see `ready`). */
  files: GeneratedFile[];
  changes: Map<string, FileChanges>;
  ready: boolean;
  /** Why the files could not be generated, if they could not. */
  previewError: string | null;
}

export function useLiveConfig(
  control: Control<ConfigInput, unknown, Config>,
  initial: Config,
  mergeSources: MergeSources,
): LiveConfig {
  const values = useWatch({ control }) as ConfigInput;
  const valuesText = JSON.stringify(values);
  const lastValidRef = useRef<Config>(initial);
  const parsed = useMemo(() => {
    const result = configSchema.safeParse(JSON.parse(valuesText));
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      }));
      return { config: null, issues };
    }
    return { config: result.data, issues: [] };
  }, [valuesText]);
  // The ref only moves forward to valid configurations; reading it during render is intended.
  if (parsed.config) lastValidRef.current = parsed.config;
  const lastValid = lastValidRef.current;
  const preview = usePreviewFiles(lastValid, mergeSources);
  // The marks may trail the text for a moment while typing: they follow once typing pauses.
  const changes = useChanges(preview.ready, lastValid, mergeSources);
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
