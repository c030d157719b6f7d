"use client";
// The current step's fields. Memoized: steps read the form themselves, so the wizard's
// re-render on every keystroke does not re-render a long certificate list.
import { memo, useEffect, useState, type ComponentType } from "react";
import type { StepId } from "@/lib/steps/steps";
import { StartStep } from "@/components/steps/start-step";
import { BasicsStep } from "@/components/steps/basics-step";
import { NetworkStep } from "@/components/steps/network-step";

// Steps that pull in more code (the install commands, NO_PROXY parsing, the certificate cards)
// are separate chunks. The wizard fetches them while the browser is idle after the first screen
// (prefetchSteps, called by the wizard), so a first visit renders at once, in the click's task;
// a visit before that shows "Loading this step…" for as long as the chunk takes.
type LazyStepId = "proxy" | "certificates" | "review";

const LOADERS: Record<LazyStepId, () => Promise<ComponentType>> = {
  proxy: () => import("@/components/proxy/proxy-step").then((m) => m.ProxyStep),
  certificates: () =>
    import("@/components/certificates/certificates-step").then((m) => m.CertificatesStep),
  review: () => import("@/components/steps/review-step").then((m) => m.ReviewStep),
};

const loaded: Partial<Record<LazyStepId, ComponentType>> = {};
const loading: Partial<Record<LazyStepId, Promise<ComponentType>>> = {};

/** The step's component, fetched once; a failed fetch is tried again next time. */
export function loadStep(id: LazyStepId): Promise<ComponentType> {
  loading[id] ??= LOADERS[id]().then(
    (component) => (loaded[id] = component),
    (error: unknown) => {
      delete loading[id];
      throw error;
    },
  );
  return loading[id];
}

export const LAZY_STEPS = Object.keys(LOADERS) as LazyStepId[];

function Loading() {
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
      Loading this step…
    </p>
  );
}

function LazyStep({ id }: { id: LazyStepId }) {
  // Fetched already (the usual case): rendered in this very render, no fallback frame.
  const [Step, setStep] = useState<ComponentType | null>(() => loaded[id] ?? null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Step) return;
    let active = true;
    loadStep(id).then(
      (component) => active && setStep(() => component),
      () => active && setFailed(true),
    );
    return () => {
      active = false;
    };
  }, [id, Step]);
  if (Step) return <Step />;
  if (failed)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        This step could not be loaded (the connection may have dropped). Reload the page to try
        again: your answers are kept.
      </p>
    );
  return <Loading />;
}

export const StepBody = memo(function StepBody({ step }: { step: StepId }) {
  switch (step) {
    case "start":
      return <StartStep />;
    case "basics":
      return <BasicsStep />;
    case "network":
      return <NetworkStep />;
    case "proxy":
    case "certificates":
    case "review":
      return <LazyStep key={step} id={step} />;
  }
});
