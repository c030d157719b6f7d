"use client";
// Two contexts: the wizard's navigation and actions (changes rarely), and the live
// configuration (changes on every keystroke). Keeping them apart means a keystroke re-renders
// only what shows live output, not every field of every step.
import { createContext, useContext } from "react";
import type { WaitingField } from "@/lib/config/settle";
import type { Config, ConfigInput } from "@/lib/config/schema";
import type { GeneratedFile } from "@/lib/generators/types";
import type { FileChanges } from "@/lib/preview/changes";
import type { DraftTyping } from "@/lib/draft/typing";
import type { MergeSources } from "@/lib/merge/types";
import type { ImportedConfig } from "@/lib/import/read-wizard-config";
import type { StepId } from "@/lib/steps/steps";

export interface WizardState {
  step: StepId;
  goTo: (step: StepId) => void;
  mergeSources: MergeSources;
  setMergeSources: (value: MergeSources) => void;
  /**
   * Replaces the whole configuration with one the wizard made itself (a preset): asks first when
   * work would be lost, and shows the notice. A preset may leave required fields empty for the
   * user to fill in: values, not a valid configuration.
   */
  loadConfig: (config: ConfigInput, notice: string) => void;
  /** The same for a configuration read from a link or a file (lib/import/read-wizard-config). */
  loadImported: (loaded: ImportedConfig) => void;
  /** When the draft was restored at load (ISO time), or null for a fresh start. */
  restoredAt: string | null;
  /** Asks to reset everything and forget what this browser stored (a confirmation dialog). */
  requestReset: () => void;
  /** Opens a step and puts the focus on one of its fields (a config path), when given. */
  goToField: (step: StepId, field?: string) => void;
}

/** The form's values, validated, and the files made of them (use-live-config.ts makes it). */
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
  /** The fields `settled` does not hold as typed yet, with why. */
  waiting: WaitingField[];
  /** The form's validation issues: the waiting fields. */
  issues: { path: string; message: string }[];
  errors: Partial<Record<StepId, number>>;
  /** Empty until the first files are generated (see `ready`). */
  files: GeneratedFile[];
  /** What `files` were generated from: they trail the configuration for a moment. */
  filesSource: { config: Config; mergeSources: MergeSources } | null;
  changes: Map<string, FileChanges>;
  ready: boolean;
  /** Why the files could not be generated, if they could not. */
  previewError: string | null;
}

export const WizardContext = createContext<WizardState | null>(null);
export const LiveContext = createContext<LiveConfig | null>(null);

/** Text typed but not added yet, kept above the steps (and in the draft) so nothing is lost. */
export interface TypingState {
  typing: DraftTyping;
  setTyping: (field: keyof DraftTyping, value: string) => void;
}
export const TypingContext = createContext<TypingState | null>(null);

/** One box's unadded text and its setter: survives a step change and a reload. */
export function useTyping(field: keyof DraftTyping): [string, (value: string) => void] {
  const state = useContext(TypingContext);
  if (!state) throw new Error("useTyping() needs the Wizard around it.");
  const { typing, setTyping } = state;
  return [typing[field], (value: string) => setTyping(field, value)];
}

export function useWizard(): WizardState {
  const state = useContext(WizardContext);
  if (!state) throw new Error("useWizard() needs the Wizard around it.");
  return state;
}

export function useLive(): LiveConfig {
  const live = useContext(LiveContext);
  if (!live) throw new Error("useLive() needs the Wizard around it.");
  return live;
}
