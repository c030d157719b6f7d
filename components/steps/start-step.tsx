"use client";
// Start: pick a preset, continue the restored draft, or import an earlier configuration.
import { presetValues, presets } from "@/lib/config/presets";
import { STEPS } from "@/lib/steps/steps";
import { Button } from "@/components/ui/button";
import { useWizard } from "@/components/wizard-state/wizard-context";
import { ImportPanel } from "@/components/share/import-panel";
import { StartIntro } from "./start-intro";
import { ForgetButton } from "./forget-button";

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "earlier" : date.toLocaleString();
}

export function StartStep() {
  const { loadConfig, loadImported, restoredAt, goTo } = useWizard();
  const resumeStep = STEPS.find((s) => s.id === "basics")!;
  return (
    <section aria-labelledby="start-title" className="space-y-6">
      <StartIntro />
      {restoredAt && (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-300 p-3 dark:border-slate-700">
          <p className="text-sm">Your draft from {formatTime(restoredAt)} was restored.</p>
          <Button variant="primary" size="sm" onClick={() => goTo(resumeStep.id)}>
            Continue the draft
          </Button>
        </div>
      )}
      <div className="space-y-2">
        <h3 className="text-base font-semibold">Presets</h3>
        <ul className="grid gap-3">
          {presets.map((preset) => (
            <li
              key={preset.id}
              className="rounded-lg border border-slate-300 p-4 dark:border-slate-700"
            >
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0 flex-1">
                  <h4 className="font-medium">{preset.title}</h4>
                  <p className="text-sm text-slate-600 dark:text-slate-400">{preset.summary}</p>
                </div>
                <Button
                  size="sm"
                  aria-label={`Use this: ${preset.title}`}
                  onClick={() =>
                    loadConfig(
                      presetValues(preset.id),
                      `Loaded the preset "${preset.title}". Check each step, starting with Basics.`,
                    )
                  }
                >
                  Use this
                </Button>
              </div>
            </li>
          ))}
        </ul>
      </div>
      <ImportPanel onImport={loadImported} />
      <ForgetButton />
    </section>
  );
}
