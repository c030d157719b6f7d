"use client";
// Loads lib/certs (and with it @peculiar/x509) when the certificate step is shown, or before, while
// idle, when the configuration has certificates (components/wizard/prefetch.ts).
import { useEffect, useState } from "react";
import { runWhenIdle } from "@/lib/schedule/idle";

export type CertsLib = typeof import("@/lib/certs");

let loading: Promise<CertsLib> | null = null;
/** Once loaded: the step renders its cards with their details at once. */
let loaded: CertsLib | null = null;

export function loadCertsLib(): Promise<CertsLib> {
  loading ??= import("@/lib/certs").then((lib) => (loaded = lib));
  return loading;
}

/** The reader if it has loaded already, else null. */
export function loadedCertsLib(): CertsLib | null {
  return loaded;
}

let warmedUp = false;

/**
 * Once per page, while idle: the reader reads a sample a few times, so the user's first file
 * is read by compiled, optimized code (about twice as fast; lib/certs/warm-up.ts).
 */
function warmUpWhileIdle(lib: CertsLib) {
  if (warmedUp) return;
  warmedUp = true;
  runWhenIdle(Array.from({ length: lib.WARM_UP_ROUNDS }, () => lib.warmUpReader));
}

export function useCertsLib(): { lib: CertsLib | null; error: string | null } {
  const [lib, setLib] = useState<CertsLib | null>(() => loaded);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (lib) return warmUpWhileIdle(lib);
    let active = true;
    loadCertsLib().then(
      (loaded) => active && setLib(loaded),
      () => {
        loading = null;
        if (active)
          setError("The certificate reader could not be loaded: reload the page to try again.");
      },
    );
    return () => {
      active = false;
    };
  }, [lib]);
  return { lib, error };
}
