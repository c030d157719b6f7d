"use client";
// Review's warnings of one settled configuration (lib/review/warnings.ts), made once whichever
// view asks first: the notes under each field (components/ui/review-note.tsx) and Review itself.
import type { Config } from "@/lib/config/schema";
import { standingWarnings, type StandingWarning } from "@/lib/review/warnings";
import { planOf } from "./use-plan";

const computed = new WeakMap<Config, StandingWarning[]>();

export function reviewWarningsOf(config: Config): StandingWarning[] {
  let warnings = computed.get(config);
  if (!warnings) {
    warnings = standingWarnings(planOf(config));
    computed.set(config, warnings);
  }
  return warnings;
}
