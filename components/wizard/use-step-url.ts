"use client";
// The current step lives in the query string (`?step=network`), so reload and the back button
// work; the fragment stays free for share links (`#c=…`).
import { useCallback, useEffect, useState } from "react";
import { isStepId, type StepId } from "@/lib/steps/steps";

export function readStepFromUrl(): StepId | null {
  const step = new URLSearchParams(window.location.search).get("step");
  return isStepId(step) ? step : null;
}

export function useStepUrl(initial: StepId): [StepId, (step: StepId) => void] {
  const [step, setStep] = useState<StepId>(initial);
  useEffect(() => {
    // Record the starting step without adding a history entry.
    const url = new URL(window.location.href);
    if (url.searchParams.get("step") !== initial) {
      url.searchParams.set("step", initial);
      window.history.replaceState(window.history.state, "", url);
    }
    const onPopState = () => setStep(readStepFromUrl() ?? "start");
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [initial]);
  const goTo = useCallback((next: StepId) => {
    const url = new URL(window.location.href);
    if (url.searchParams.get("step") === next) return;
    url.searchParams.set("step", next);
    window.history.pushState(window.history.state, "", url);
    setStep(next);
  }, []);
  return [step, goTo];
}
