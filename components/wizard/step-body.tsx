"use client";
// The current step's fields. Memoized: steps read the form themselves, so the wizard's
// re-render on every keystroke does not re-render a long certificate list.
import { lazy, memo, Suspense } from "react";
import type { StepId } from "@/lib/review/steps";
import { StartStep } from "@/components/steps/start-step";
import { BasicsStep } from "@/components/steps/basics-step";
import { NetworkStep } from "@/components/steps/network-step";

// Steps that pull in more code (the install commands, NO_PROXY parsing) load when first opened.
const ReviewStep = lazy(() =>
  import("@/components/steps/review-step").then((m) => ({ default: m.ReviewStep })),
);
const ProxyStep = lazy(() =>
  import("@/components/proxy/proxy-step").then((m) => ({ default: m.ProxyStep })),
);
const CertificatesStep = lazy(() =>
  import("@/components/certificates/certificates-step").then((m) => ({
    default: m.CertificatesStep,
  })),
);

function Loading() {
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
      Loading this step…
    </p>
  );
}

export const StepBody = memo(function StepBody({ step }: { step: StepId }) {
  return <Suspense fallback={<Loading />}>{stepContent(step)}</Suspense>;
});

function stepContent(step: StepId) {
  switch (step) {
    case "start":
      return <StartStep />;
    case "basics":
      return <BasicsStep />;
    case "network":
      return <NetworkStep />;
    case "proxy":
      return <ProxyStep />;
    case "certificates":
      return <CertificatesStep />;
    case "review":
      return <ReviewStep />;
  }
}
