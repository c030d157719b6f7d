"use client";
// The pieces of the page that show live output, each reading the live context.
import { startTransition, useEffect, useState } from "react";
import { afterNextPaint } from "@/lib/schedule/after-paint";
import { StepNav } from "./step-nav";
import { Notice } from "@/components/ui/notice";
import { PreviewPanel } from "./preview-panel";
import { WaitingNote } from "@/components/ui/waiting-note";
import { useLive, useWizard } from "@/components/wizard-state/wizard-context";

export function LiveStepNav() {
  const { step, goTo } = useWizard();
  const live = useLive();
  return <StepNav current={step} errors={live.errors} onSelect={goTo} />;
}

export function LivePreview() {
  const live = useLive();
  const { step } = useWizard();
  // The preview follows the step once the step's own content has been painted.
  const [previewStep, setPreviewStep] = useState(step);
  useEffect(() => {
    let active = true;
    void afterNextPaint().then(() => active && startTransition(() => setPreviewStep(step)));
    return () => {
      active = false;
    };
  }, [step]);
  if (live.previewError)
    return (
      <Notice tone="error" role="alert" title="The preview could not be generated">
        <p>{live.previewError}</p>
      </Notice>
    );
  if (!live.ready)
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Loading the preview…
      </p>
    );
  return (
    <PreviewPanel
      files={live.files}
      changes={live.changes}
      waitingNote={
        live.waiting.length > 0 ? <WaitingNote what="The preview" messages /> : undefined
      }
      step={previewStep}
      restrictedEgress={live.settled.network.egress.restricted}
    />
  );
}
