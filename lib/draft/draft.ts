// The autosaved draft: form values plus the wizard state that is not part of the config (the
// step, the files to merge into), versioned in localStorage. Reading never throws: a corrupt
// or incompatible draft is set aside under its own key and reported, never silently dropped.
// Secrets never reach storage: the proxy passwords are stripped on every save, and the files
// to merge into (which may hold passwords) stay in the page's memory unless the user keeps them.
// Text typed but not yet added is kept too, under the rules of typing.ts (no keys, no passwords).
import type { ConfigInput } from "../config/schema";
import type { MergeSources } from "../merge/types";
import { inputWithoutSecrets } from "../share/secrets";
import { restoreFormValues } from "./restore";
import { restoreTyping, typingForDraft, type DraftTyping } from "./typing";

export const DRAFT_KEY = "flows-wizard-draft";
export const SET_ASIDE_KEY = "flows-wizard-draft-set-aside";

/** Bumped when a stored draft would read differently; older drafts are set aside. */
export const DRAFT_VERSION = 1;

export interface Draft {
  values: ConfigInput;
  step: string;
  mergeSources: MergeSources;
  /** Text typed but not added yet (absent when there is none). */
  typing?: DraftTyping;
  /** ISO time of the last save, shown on the Start step. */
  savedAt: string;
}

export type DraftReadResult =
  | { status: "none" }
  | { status: "ok"; draft: Draft; notice?: string }
  | { status: "unreadable"; message: string };

/** The minimal Storage surface used here (localStorage, or a Map-backed fake in tests). */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** The draft as stored: no secrets, and the merge files only when the user keeps them. */
export function serializeDraft(draft: Draft): string {
  const { typing, ...rest } = draft;
  const kept = typing ? typingForDraft(typing) : null;
  return JSON.stringify({
    version: DRAFT_VERSION,
    ...rest,
    values: inputWithoutSecrets(draft.values),
    mergeSources: draft.mergeSources.keep ? draft.mergeSources : {},
    ...(kept ? { typing: kept } : {}),
  });
}

function restoreMergeSources(value: unknown): MergeSources {
  if (typeof value !== "object" || value === null) return {};
  const v = value as Record<string, unknown>;
  const out: MergeSources = {};
  if (typeof v.values === "string") out.values = v.values;
  if (typeof v.agentValues === "string") out.agentValues = v.agentValues;
  if (v.keep === true) out.keep = true;
  return out;
}

/** True when the values hold a proxy password (an older draft kept it inside the URL). */
function holdsSecrets(values: ConfigInput): boolean {
  return JSON.stringify(inputWithoutSecrets(values)) !== JSON.stringify(values);
}

/** Parses a stored draft; `null` (nothing stored) is not an error. */
export function parseDraft(text: string | null): DraftReadResult {
  if (text === null || text === "") return { status: "none" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { status: "unreadable", message: "The saved draft is damaged (not valid JSON)." };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return { status: "unreadable", message: "The saved draft is damaged (not an object)." };
  const record = data as Record<string, unknown>;
  if (record.version !== DRAFT_VERSION) {
    const version = typeof record.version === "number" ? `version ${record.version}` : "no version";
    return {
      status: "unreadable",
      message: `The saved draft has ${version}; this wizard reads version ${DRAFT_VERSION}.`,
    };
  }
  if (typeof record.values !== "object" || record.values === null)
    return { status: "unreadable", message: "The saved draft holds no form values." };
  return {
    status: "ok",
    draft: {
      values: restoreFormValues(record.values),
      step: typeof record.step === "string" ? record.step : "start",
      mergeSources: restoreMergeSources(record.mergeSources),
      ...(record.typing !== undefined ? { typing: restoreTyping(record.typing) } : {}),
      savedAt: typeof record.savedAt === "string" ? record.savedAt : "",
    },
  };
}

/**
 * Reads the draft. An unreadable one is moved to SET_ASIDE_KEY (so it can still be recovered
 * by hand) and the result says so in words for the person.
 */
export function loadDraft(storage: DraftStorage): DraftReadResult {
  let text: string | null;
  try {
    text = storage.getItem(DRAFT_KEY);
  } catch {
    return { status: "none" };
  }
  const result = parseDraft(text);
  if (result.status === "ok") {
    const { draft } = result;
    // Older versions kept the files to merge into without asking: only a kept choice counts.
    const mergeSources = draft.mergeSources.keep ? draft.mergeSources : {};
    if (!holdsSecrets(draft.values)) return { status: "ok", draft: { ...draft, mergeSources } };
    // An older version kept the proxy password in the draft: remove it from storage at once.
    const clean = { ...draft, values: inputWithoutSecrets(draft.values), mergeSources };
    saveDraft(storage, clean);
    return {
      status: "ok",
      draft: clean,
      notice:
        "The saved draft held a proxy password (an older version of the wizard kept it): it was removed from this browser's storage. The user name is kept; type the password again in the Proxy step if you use plain values, or let install.sh ask for it.",
    };
  }
  if (result.status === "none" || text === null) return result;
  try {
    storage.setItem(SET_ASIDE_KEY, text);
    storage.removeItem(DRAFT_KEY);
  } catch {
    // Storage full or blocked: the message below still tells the user.
  }
  return {
    status: "unreadable",
    message: `${result.message} It was set aside (localStorage key "${SET_ASIDE_KEY}") and the wizard started fresh.`,
  };
}

/** Saves the draft; returns false when storage refuses (quota, private mode). */
export function saveDraft(storage: DraftStorage, draft: Draft): boolean {
  try {
    storage.setItem(DRAFT_KEY, serializeDraft(draft));
    return true;
  } catch {
    return false;
  }
}

/** Every key the wizard writes, but the theme (a preference, not something typed). */
const WIZARD_KEYS = [DRAFT_KEY, SET_ASIDE_KEY];

/** Removes everything the wizard stored in this browser (the theme aside). */
export function forgetEverything(...storages: DraftStorage[]): void {
  for (const storage of storages)
    for (const key of WIZARD_KEYS) {
      try {
        storage.removeItem(key);
      } catch {
        // Blocked storage holds nothing of ours either.
      }
    }
}
