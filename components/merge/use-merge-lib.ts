"use client";
// Loads lib/merge (and the `yaml` document API), with Review's scheme-switch warning that reads
// the merged file, only when the merge panel is shown.
import { useEffect, useState } from "react";

export type MergeLib = typeof import("@/lib/merge") & typeof import("@/lib/review/scheme-switch");

let loading: Promise<MergeLib> | null = null;

export function loadMergeLib(): Promise<MergeLib> {
  loading ??= Promise.all([import("@/lib/merge"), import("@/lib/review/scheme-switch")]).then(
    ([merge, schemeSwitch]) => ({ ...merge, ...schemeSwitch }),
  );
  return loading;
}

export function useMergeLib(): { lib: MergeLib | null; error: string | null } {
  const [lib, setLib] = useState<MergeLib | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    loadMergeLib().then(
      (loaded) => active && setLib(loaded),
      () => {
        loading = null;
        if (active) setError("The merge could not be loaded: reload the page to try again.");
      },
    );
    return () => {
      active = false;
    };
  }, []);
  return { lib, error };
}
