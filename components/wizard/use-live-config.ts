"use client";
// The form's values, validated, and what the generators make of the settled configuration: every
// valid field as typed, each invalid one at its last settled value (lib/config/settle.ts).
// A keystroke only updates its own field: the values reach this hook after the key has been
// painted, in a transition (React renders it in slices and drops it for a newer key), and the
// files come from a worker (use-preview-files.ts), so neither validating the whole form nor
// generating ~60 files runs in the task that handles the key. The attribution of changed lines
// (several generator runs) happens in another worker once typing pauses.
import { useEffect, useMemo, useRef } from "react";
import type { UseFormGetValues } from "react-hook-form";
import type { Config, ConfigInput } from "@/lib/config/schema";
import { settleConfig } from "@/lib/config/settle";
import type { MergeSources } from "@/lib/merge/types";
import { errorsByStep } from "@/lib/steps/steps";
import { usePreviewFiles } from "./use-preview-files";
import { useChanges } from "./use-changes";
import type { LiveConfig } from "@/components/wizard-state/wizard-context";
import { usePaintedReading } from "@/components/ui/paint-first";
import { runWhenIdle } from "@/lib/schedule/idle";
import { whenReviewWarningsLoad } from "@/components/wizard-state/load-review-warnings";

/**
 * The form's values as JSON text, read after the next paint (usePaintedReading). Text, so an
 * unchanged reading renders nothing and a stored value never changes under React.
 */
const readValuesText = (getValues: UseFormGetValues<ConfigInput>) => JSON.stringify(getValues());

export function useLiveConfig(initial: Config, mergeSources: MergeSources): LiveConfig {
  const valuesText = usePaintedReading(readValuesText);
  const values = useMemo(() => JSON.parse(valuesText) as ConfigInput, [valuesText]);
  const settledRef = useRef<Config>(initial);
  // Each invalid field falls back on the previous settled configuration: reading the ref during
  // render is intended (it only ever holds a settled configuration of earlier values).
  const { config: settled, waiting } = useMemo(
    () => settleConfig(values, settledRef.current),
    [values],
  );
  settledRef.current = settled;
  // The plan the views read (egress, budgets, Review, the TLS check) and Review's warnings (the
  // notes under the fields: they read the plan, which they make) are made while the page is
  // idle, not in the click that opens the first view needing them (together about 8 ms with 50
  // certificates), once their code has loaded (the idle prefetch or a note fetches it).
  useEffect(() => {
    let cancelJob = () => {};
    const stopWaiting = whenReviewWarningsLoad(({ reviewWarningsOf }) => {
      cancelJob = runWhenIdle([() => void reviewWarningsOf(settled)]);
    });
    return () => {
      stopWaiting();
      cancelJob();
    };
  }, [settled]);
  // The waiting fields are the form's issues (those the schema found first, and any check they
  // kept from running).
  const parsed = { config: waiting.length === 0 ? settled : null, issues: waiting };
  const preview = usePreviewFiles(settled, mergeSources);
  // The marks may trail the text for a moment while typing: they follow once typing pauses.
  const changes = useChanges(preview, settled, mergeSources);
  const errors = useMemo(() => errorsByStep(parsed.issues), [parsed.issues]);
  return {
    values,
    valuesText,
    config: parsed.config,
    settled,
    waiting,
    issues: parsed.issues,
    errors,
    files: preview.files,
    filesSource: preview.source,
    changes,
    ready: preview.ready,
    previewError: preview.error,
  };
}
