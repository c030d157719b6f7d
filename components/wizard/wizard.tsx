"use client";
// The wizard: reads the saved draft once the page runs in the browser, then hands over to the
// form. Rendering only after that keeps the restored draft from flashing the defaults first.
import { useEffect, useState } from "react";
import { defaultConfig, type ConfigInput } from "@/lib/config/schema";
import { loadDraft, type DraftReadResult } from "@/lib/draft/draft";
import { isStepId, type StepId } from "@/lib/review/steps";
import type { MergeSources } from "@/lib/merge/types";
import { WizardForm } from "./wizard-form";
import { readStepFromUrl } from "./use-step-url";

export interface Boot {
  values: ConfigInput;
  step: StepId;
  mergeSources: MergeSources;
  restoredAt: string | null;
  /** Why a saved draft could not be used, for a notice. */
  draftProblem: string | null;
}

function boot(read: DraftReadResult): Boot {
  const fromUrl = readStepFromUrl();
  if (read.status === "ok")
    return {
      values: read.draft.values,
      step: fromUrl ?? (isStepId(read.draft.step) ? read.draft.step : "start"),
      mergeSources: read.draft.mergeSources,
      restoredAt: read.draft.savedAt || new Date().toISOString(),
      draftProblem: null,
    };
  return {
    values: defaultConfig,
    step: fromUrl ?? "start",
    mergeSources: {},
    restoredAt: null,
    draftProblem: read.status === "unreadable" ? read.message : null,
  };
}

export function Wizard() {
  const [state, setState] = useState<Boot | null>(null);
  useEffect(() => {
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      // Storage blocked (some file:// setups, strict privacy modes): start fresh, save nothing.
    }
    setState(boot(storage ? loadDraft(storage) : { status: "none" }));
  }, []);
  if (!state)
    return (
      <p className="p-6 text-sm text-slate-600 dark:text-slate-400" role="status">
        Loading the wizard…
      </p>
    );
  return <WizardForm boot={state} />;
}
