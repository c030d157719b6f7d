"use client";
// The form and everything around it: header, step list, the current step, the step footer and
// the live preview. This component does not watch the values (LiveProvider does), so typing
// does not re-render it or the steps.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { configSchema, defaultConfig, type Config, type ConfigInput } from "@/lib/config/schema";
import { forgetEverything } from "@/lib/draft/draft";
import { afterNextPaint } from "@/lib/schedule/after-paint";
import type { MergeSources } from "@/lib/merge/types";
import type { ImportedConfig } from "@/lib/import/read-wizard-config";
import { STEPS, type StepId } from "@/lib/steps/steps";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import type { Boot } from "./boot";
import { WizardContext, type WizardState } from "@/components/wizard-state/wizard-context";
import { useStepUrl } from "./use-step-url";
import { LiveProvider } from "./live-provider";
import { LivePreview, LiveStepNav } from "./live-parts";
import { WizardHeader } from "./wizard-header";
import { StepBody } from "./step-body";
import { StepFooter } from "./step-footer";
import { LinkGate } from "./link-gate";
import { prefetchWhileIdle } from "./prefetch";
import { NetworkWide } from "@/components/steps/network-wide";

const validate = zodResolver(configSchema);
/**
 * The whole form is validated on every change (mode onChange), with 50 certificates a few
 * milliseconds, more on a slow machine: it waits until the key has been painted, so the field
 * answers first and its message follows a frame later. React Hook Form drops a result that a
 * newer keystroke has overtaken.
 */
const resolver: Resolver<ConfigInput, unknown, Config> = async (values, context, options) => {
  await afterNextPaint();
  return validate(values, context, options);
};

/** A loaded configuration's notice: a warning when a part of what was given was left out. */
type LoadedTone = "success" | "warning";
const loadedTone = (loaded: ImportedConfig): LoadedTone =>
  loaded.dropped.length + loaded.refusedCertificates.length + loaded.refusedNoProxy.length > 0
    ? "warning"
    : "success";

/** A notice belongs to the step it appeared on, and goes away when the user moves on. */
type Message = { tone: "info" | "warning" | "success"; text: string; step: StepId };

export function WizardForm({ boot }: { boot: Boot }) {
  const methods = useForm<ConfigInput, unknown, Config>({
    resolver,
    mode: "onChange",
    defaultValues: boot.values,
  });
  const { trigger, reset, getValues } = methods;
  const initial = useMemo(() => {
    const parsed = configSchema.safeParse(boot.values);
    return parsed.success ? parsed.data : defaultConfig;
  }, [boot.values]);
  const [mergeSources, setMergeSources] = useState<MergeSources>(boot.mergeSources);
  const [step, goTo] = useStepUrl(boot.step);
  const stepNow = useRef(step);
  useEffect(() => {
    stepNow.current = step;
  }, [step]);
  const [notice, setNotice] = useState<Message | null>(
    boot.draftProblem
      ? { tone: "warning", text: boot.draftProblem, step: boot.step }
      : boot.draftNotice
        ? { tone: "info", text: boot.draftNotice, step: boot.step }
        : null,
  );
  const [pending, setPending] = useState<{
    config: ConfigInput;
    notice: string;
    tone: LoadedTone;
  } | null>(null);
  const [resetOpen, setResetOpen] = useState(false);
  const [resets, setResets] = useState(0);
  const [saveFailed, setSaveFailed] = useState(false);
  const onSaved = useCallback((ok: boolean) => setSaveFailed(!ok), []);

  // The steps' code and the certificates' details, fetched and read while the browser is idle.
  useEffect(() => prefetchWhileIdle(() => getValues("certificates") ?? []), [getValues]);

  // A restored draft shows its errors right away, not only once a field is touched again.
  useEffect(() => {
    if (boot.restoredAt) void trigger();
  }, [boot.restoredAt, trigger]);

  const applyConfig = useCallback(
    (config: ConfigInput, text: string, tone: LoadedTone = "success") => {
      reset(config);
      void trigger();
      setNotice({ tone, text, step: stepNow.current });
      setPending(null);
    },
    [reset, trigger],
  );
  const offerConfig = useCallback(
    (config: ConfigInput, text: string, tone: LoadedTone = "success") => {
      const current = configSchema.safeParse(getValues());
      const pristine =
        current.success &&
        JSON.stringify(current.data) === JSON.stringify(defaultConfig) &&
        !mergeSources.values &&
        !mergeSources.agentValues;
      if (pristine) applyConfig(config, text, tone);
      else setPending({ config, notice: text, tone });
    },
    [getValues, mergeSources, applyConfig],
  );
  // Read by lib/import as the command line reads it: certificates already checked as X.509,
  // NO_PROXY's refused pieces left out, and the notice says what was loaded.
  const loadImported = useCallback(
    (loaded: ImportedConfig) => offerConfig(loaded.config, loaded.notice, loadedTone(loaded)),
    [offerConfig],
  );

  const resetAll = () => {
    reset(defaultConfig);
    setMergeSources({});
    setResets((count) => count + 1);
    try {
      forgetEverything(window.localStorage);
    } catch {}
    setResetOpen(false);
    setNotice({
      tone: "info",
      text: "Everything was reset to the defaults, and nothing the wizard saved is left in this browser (the theme aside).",
      step: "start",
    });
    goTo("start");
  };

  // Moves focus to the new step (not on first load) so keyboard and screen-reader users land on it.
  const stepRef = useRef<HTMLDivElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepRef.current?.focus();
    stepRef.current?.scrollIntoView({ block: "nearest" });
  }, [step]);

  // Opens the step, then focuses the field once its (possibly lazily loaded) step has rendered.
  const goToField = useCallback(
    (target: StepId, field?: string) => {
      goTo(target);
      if (!field) return;
      let frames = 0;
      const attempt = () => {
        const selector = `main [name="${CSS.escape(field)}"]`;
        const element =
          document.querySelector<HTMLElement>(`${selector}:checked`) ??
          document.querySelector<HTMLElement>(selector);
        if (!element) {
          if (frames++ < 120) requestAnimationFrame(attempt);
          return;
        }
        const details = element.closest("details");
        if (details && !details.open) details.open = true;
        element.focus();
        element.scrollIntoView({ block: "center" });
      };
      requestAnimationFrame(attempt);
    },
    [goTo],
  );

  const state: WizardState = useMemo(
    () => ({
      step,
      goTo,
      mergeSources,
      setMergeSources,
      loadConfig: offerConfig,
      loadImported,
      restoredAt: boot.restoredAt,
      requestReset: () => setResetOpen(true),
      goToField,
    }),
    [step, goTo, mergeSources, offerConfig, loadImported, boot.restoredAt, goToField],
  );
  const stepIndex = STEPS.findIndex((s) => s.id === step);

  return (
    <FormProvider {...methods}>
      <WizardContext.Provider value={state}>
        <LiveProvider
          initial={initial}
          initialTyping={boot.typing}
          resets={resets}
          onSaved={onSaved}
        >
          <div data-wizard-ready="">
            <WizardHeader onReset={() => setResetOpen(true)} />
            <LinkGate onLoad={loadImported} />
            <div className="mx-auto grid max-w-[90rem] gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] xl:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
              <main className="min-w-0 space-y-5">
                <LiveStepNav />
                {notice && notice.step === step && (
                  <Notice tone={notice.tone} role="status" onDismiss={() => setNotice(null)}>
                    <p>{notice.text}</p>
                  </Notice>
                )}
                {saveFailed && (
                  <Notice tone="warning" role="alert">
                    <p>
                      The browser refused to save the draft (storage full or blocked): download the
                      bundle before closing this page.
                    </p>
                  </Notice>
                )}
                <form
                  noValidate
                  onSubmit={(event) => event.preventDefault()}
                  aria-label="Wizard step"
                >
                  <div ref={stepRef} tabIndex={-1} className="rounded-md focus:outline-none">
                    <div className="mb-1 flex items-baseline justify-between gap-2">
                      <p className="text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
                        Step {stepIndex + 1} of {STEPS.length}
                      </p>
                      {/* On narrow screens the preview sits below the form; the fragment stays free for share links. */}
                      <button
                        type="button"
                        onClick={() => {
                          const preview = document.getElementById("preview");
                          preview?.scrollIntoView();
                          preview?.focus();
                        }}
                        className="rounded text-xs text-sky-800 underline focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 lg:hidden dark:text-sky-300"
                      >
                        Jump to the preview
                      </button>
                    </div>
                    <StepBody step={step} />
                  </div>
                  <StepFooter step={step} goTo={goTo} />
                </form>
              </main>
              {/* A step's wide part: below the form and the preview, across both columns; on
                  narrow screens right after the form. */}
              {step === "network" && <NetworkWide />}
              {/* Below the form on narrow screens: laid out only when scrolled near. Wide screens
                  place it beside the form (first row), so a step's wide part goes below both.
                  The first row's cell holds the sticky preview: it keeps it within that row
                  (stuck to the grid instead, it slid over the wide part below). */}
              <div className="min-w-0 lg:col-start-2 lg:row-start-1">
                <aside
                  aria-label="Generated files"
                  className="min-w-0 max-lg:[contain-intrinsic-size:auto_40rem] max-lg:[content-visibility:auto] lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
                >
                  <LivePreview />
                </aside>
              </div>
            </div>
          </div>
        </LiveProvider>
        <ConfirmDialog
          open={resetOpen}
          title="Forget everything in this browser?"
          confirmLabel="Forget everything"
          danger
          onConfirm={resetAll}
          onCancel={() => setResetOpen(false)}
        >
          <p>
            This clears every answer, the certificates, the passwords and the files to merge into,
            and deletes everything the wizard saved in this browser (the theme choice aside). It
            cannot be undone: download the bundle first if you need it.
          </p>
        </ConfirmDialog>
        <ConfirmDialog
          open={pending !== null}
          title="Replace your current configuration?"
          confirmLabel="Replace"
          onConfirm={() => pending && applyConfig(pending.config, pending.notice, pending.tone)}
          onCancel={() => setPending(null)}
        >
          <p>The wizard already holds your answers. Loading this configuration replaces them.</p>
        </ConfirmDialog>
      </WizardContext.Provider>
    </FormProvider>
  );
}
