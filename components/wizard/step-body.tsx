"use client";
// The current step's fields. Memoized: steps read the form themselves, so the wizard's
// re-render on every keystroke does not re-render a long certificate list.
import { memo } from "react";
import type { StepId } from "@/lib/review/steps";
import { StartStep } from "@/components/steps/start-step";
import { BasicsStep } from "@/components/steps/basics-step";
import { NetworkStep } from "@/components/steps/network-step";
import { ReviewStep } from "@/components/steps/review-step";
import { ProxyStep } from "@/components/proxy/proxy-step";
import { Notice } from "@/components/ui/notice";
// TODO(certificates): mount CertificatesStep from components/certificates/certificates-step.tsx once it lands.

function Pending({ title, what }: { title: string; what: string }) {
  return (
    <section className="space-y-3">
      <h2 className="text-xl font-semibold">{title}</h2>
      <Notice>{what}</Notice>
    </section>
  );
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
      return <ProxyStep />;
    case "certificates":
      return <Pending title="Custom CA certificates" what="The certificate step is on its way." />;
    case "review":
      return <ReviewStep />;
  }
});
