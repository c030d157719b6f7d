"use client";
// Back and Next. Next validates the current step first and stays (focusing the first field in
// error) when the step is not valid; the step list still reaches every step.
import { useFormContext } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { STEPS, nextStep, previousStep, type StepId } from "@/lib/steps/steps";
import { Button } from "@/components/ui/button";

function titleOf(step: StepId): string {
  return STEPS.find((s) => s.id === step)?.title ?? step;
}

export function StepFooter({ step, goTo }: { step: StepId; goTo: (step: StepId) => void }) {
  const { trigger } = useFormContext<ConfigInput>();
  const back = previousStep(step);
  const next = nextStep(step);
  const section = STEPS.find((s) => s.id === step)?.section ?? null;

  const onNext = async () => {
    if (!next) return;
    const valid = section ? await trigger(section) : true;
    if (valid) {
      goTo(next);
      return;
    }
    // Let React render the messages, then put the user on the first field in error.
    requestAnimationFrame(() => {
      document.querySelector<HTMLElement>("main form [aria-invalid='true']")?.focus();
    });
  };

  return (
    <div className="mt-8 flex items-center justify-between gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
      {back ? (
        <Button onClick={() => goTo(back)}>
          Back<span className="sr-only">: {titleOf(back)}</span>
        </Button>
      ) : (
        <span />
      )}
      {next && (
        <Button variant="primary" type="submit" onClick={onNext}>
          Next: {titleOf(next)}
        </Button>
      )}
    </div>
  );
}
