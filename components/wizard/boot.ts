// What the wizard starts from: the saved draft (or the defaults) and the step in the URL.
import { defaultConfig, type ConfigInput } from "@/lib/config/schema";
import type { DraftReadResult } from "@/lib/draft/draft";
import { EMPTY_TYPING, type DraftTyping } from "@/lib/draft/typing";
import { isStepId, type StepId } from "@/lib/steps/steps";
import type { MergeSources } from "@/lib/merge/types";
import { readStepFromUrl } from "./use-step-url";

export interface Boot {
  values: ConfigInput;
  step: StepId;
  mergeSources: MergeSources;
  /** Text typed but not added when the draft was saved. */
  typing: DraftTyping;
  restoredAt: string | null;
  /** Why a saved draft could not be used, for a notice. */
  draftProblem: string | null;
  /** What was done to a restored draft (a password removed from storage), for a notice. */
  draftNotice: string | null;
}

export function boot(read: DraftReadResult): Boot {
  const fromUrl = readStepFromUrl();
  if (read.status === "ok")
    return {
      values: read.draft.values,
      step: fromUrl ?? (isStepId(read.draft.step) ? read.draft.step : "start"),
      mergeSources: read.draft.mergeSources,
      typing: read.draft.typing ?? EMPTY_TYPING,
      restoredAt: read.draft.savedAt || new Date().toISOString(),
      draftProblem: null,
      draftNotice: read.notice ?? null,
    };
  return {
    values: defaultConfig,
    step: fromUrl ?? "start",
    mergeSources: {},
    typing: EMPTY_TYPING,
    restoredAt: null,
    draftProblem: read.status === "unreadable" ? read.message : null,
    draftNotice: null,
  };
}
