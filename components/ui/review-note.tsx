"use client";
// What Review would say about a field, said under the field itself while it is typed: the same
// warnings (lib/review/warnings.ts), for the settled configuration, those that name this field.
// The warnings' code (and the install plan they read) loads after the first paint, so it costs
// the first screen nothing.
import { useContext, useEffect, useState } from "react";
import type { Config } from "@/lib/config/schema";
import type { StandingWarning } from "@/lib/review/warnings";
import { LiveContext } from "@/components/wizard-state/wizard-context";

type WarningsModule = Pick<typeof import("@/lib/review/warnings"), "standingWarnings"> &
  Pick<typeof import("@/components/wizard-state/use-plan"), "planOf">;

let loaded: WarningsModule | null = null;
let loading: Promise<WarningsModule> | null = null;
// One computation per settled configuration, however many fields ask.
const computed = new WeakMap<Config, StandingWarning[]>();

function warningsFor(lib: WarningsModule, config: Config): StandingWarning[] {
  let warnings = computed.get(config);
  if (!warnings) {
    warnings = lib.standingWarnings(lib.planOf(config));
    computed.set(config, warnings);
  }
  return warnings;
}

export function ReviewNote({ name }: { name: string }) {
  const live = useContext(LiveContext);
  const [lib, setLib] = useState(loaded);
  useEffect(() => {
    if (lib || !live) return;
    let active = true;
    loading ??= Promise.all([
      import("@/lib/review/warnings"),
      import("@/components/wizard-state/use-plan"),
    ]).then(([{ standingWarnings }, { planOf }]) => (loaded = { standingWarnings, planOf }));
    void loading.then((module) => active && setLib(() => module));
    return () => {
      active = false;
    };
  }, [lib, live]);
  if (!live || !lib) return null;
  const mine = warningsFor(lib, live.settled).filter((warning) => warning.field === name);
  if (mine.length === 0) return null;
  return (
    <>
      {mine.map((warning) => (
        <p
          key={warning.id}
          data-review-note={warning.id}
          className="text-sm text-amber-800 dark:text-amber-300"
        >
          <span className="font-medium">Review warns: </span>
          {warning.message}
        </p>
      ))}
    </>
  );
}
