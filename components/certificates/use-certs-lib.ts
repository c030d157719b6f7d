"use client";
// Loads lib/certs (and with it @peculiar/x509) only when the certificate step is shown.
import { useEffect, useState } from "react";

export type CertsLib = typeof import("@/lib/certs");

let loading: Promise<CertsLib> | null = null;
/** Once loaded (the wizard fetches it while idle): the step renders its cards at once. */
let loaded: CertsLib | null = null;

export function loadCertsLib(): Promise<CertsLib> {
  loading ??= import("@/lib/certs").then((lib) => (loaded = lib));
  return loading;
}

/** The reader if it has loaded already, else null. */
export function loadedCertsLib(): CertsLib | null {
  return loaded;
}

export function useCertsLib(): { lib: CertsLib | null; error: string | null } {
  const [lib, setLib] = useState<CertsLib | null>(() => loaded);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (lib) return;
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
