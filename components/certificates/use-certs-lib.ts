"use client";
// Loads lib/certs (and with it @peculiar/x509) only when the certificate step is shown.
import { useEffect, useState } from "react";

export type CertsLib = typeof import("@/lib/certs");

let loading: Promise<CertsLib> | null = null;

export function loadCertsLib(): Promise<CertsLib> {
  loading ??= import("@/lib/certs");
  return loading;
}

export function useCertsLib(): { lib: CertsLib | null; error: string | null } {
  const [lib, setLib] = useState<CertsLib | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
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
  }, []);
  return { lib, error };
}
