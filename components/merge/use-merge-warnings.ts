"use client";
// Review's warnings about the values file the user merges into (lib/review/scheme-switch.ts).
// The merge library loads only once there is such a file.
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import type { Config } from "@/lib/config/schema";
import type { MergeSources } from "@/lib/merge/types";
import type { StandingWarning } from "@/lib/review/standing-warning";
import { loadMergeLib, type MergeLib } from "./use-merge-lib";

const NONE: StandingWarning[] = [];

export function useMergeWarnings(config: Config | null, sources: MergeSources): StandingWarning[] {
  const [lib, setLib] = useState<MergeLib | null>(null);
  const wanted = Boolean(config && sources.values);
  useEffect(() => {
    if (!wanted || lib) return;
    let active = true;
    // A library that fails to load: the merge panel says so; the warnings just do not show.
    loadMergeLib().then(
      (loaded) => active && setLib(() => loaded),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [wanted, lib]);
  // Typing in the merge field stays instant: the file is read again once typing pauses.
  const deferred = useDeferredValue(sources);
  return useMemo(
    () => (lib && config ? lib.schemeSwitchWarnings(config, deferred) : NONE),
    [lib, config, deferred],
  );
}
