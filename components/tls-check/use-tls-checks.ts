"use client";
// The verdicts of the configuration's TLS checks, computed off the render (signatures are
// verified with WebCrypto, asynchronously) and only when what they depend on changes.
import { useEffect, useMemo, useState } from "react";
import { planOf } from "@/components/wizard-state/use-plan";
import type { Config } from "@/lib/config/schema";
import type { CheckResult } from "@/lib/tls-check";

export type TlsCheckLib = typeof import("@/lib/tls-check");

let loading: Promise<TlsCheckLib> | null = null;

export function loadTlsCheckLib(): Promise<TlsCheckLib> {
  loading ??= import("@/lib/tls-check").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** What the verdicts depend on: the checks, the certificates and their scopes, who reaches what. */
function dependencies(config: Config): string {
  return JSON.stringify([
    config.tlsChecks,
    config.certificates.map((c) => [c.pem, c.scope, c.label]),
    config.basics.agents,
    config.network.ingressScheme,
    config.basics.appDomain,
    config.proxy.enabled,
    config.network.egress,
  ]);
}

export interface TlsCheckState {
  /** Null while the first verdicts are computed. */
  results: CheckResult[] | null;
  error: string | null;
}

export function useTlsCheckResults(config: Config): TlsCheckState {
  const key = useMemo(() => dependencies(config), [config]);
  const [state, setState] = useState<TlsCheckState & { key: string | null }>({
    results: null,
    error: null,
    key: null,
  });
  useEffect(() => {
    if (config.tlsChecks.length === 0) return;
    let active = true;
    const now = new Date();
    loadTlsCheckLib()
      .then((lib) => lib.checkResults(planOf(config), now))
      .then(
        (results) => active && setState({ results, error: null, key }),
        () =>
          active &&
          setState({
            results: null,
            error: "The TLS checks could not be run: reload the page to try again.",
            key,
          }),
      );
    return () => {
      active = false;
    };
    // The key stands for the parts of the configuration the verdicts read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (config.tlsChecks.length === 0) return { results: [], error: null };
  // Verdicts of other checks or another CA set are never shown for these: "checking" instead.
  if (state.key !== key) return { results: null, error: null };
  return { results: state.results, error: state.error };
}
