"use client";
// The first screen: the page's frame and the Start step's text come from the static HTML and
// stay on screen (hydrated, not re-rendered) while the wizard loads. The wizard loads in two
// stages, each run in a task of its own, so no single task holds the page for long: first the
// schema (the validation library builds it), then the form and its steps.
import { startTransition, useEffect, useState, type ComponentType } from "react";
import { HeaderTitle } from "./header-title";
import { StartIntro } from "@/components/steps/start-intro";

/** Lets the browser handle input and paint between two pieces of start-up work. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function loadWizard(): Promise<ComponentType> {
  await import("@/lib/config/schema");
  await yieldToMain();
  const { Wizard } = await import("./wizard");
  return Wizard;
}

function ShellPlaceholder({ failed }: { failed: boolean }) {
  return (
    <div>
      <header className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto max-w-[90rem] px-4 py-2 sm:px-6 sm:py-3">
          <HeaderTitle />
        </div>
      </header>
      <main className="mx-auto max-w-[90rem] px-4 py-6 sm:px-6">
        {/* The Start step's text, from the HTML; hidden when the URL opens another step. */}
        <div className="start-placeholder mb-4 space-y-1 lg:max-w-[calc(50%-0.75rem)]">
          <p className="text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
            Step 1 of 6
          </p>
          <StartIntro />
        </div>
        {failed ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            The wizard could not be loaded (the connection may have dropped). Reload the page to try
            again: your saved draft is kept.
          </p>
        ) : (
          <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
            Loading the wizard…
          </p>
        )}
        <noscript>
          <p className="mt-2 text-sm">The wizard runs in your browser and needs JavaScript.</p>
        </noscript>
      </main>
    </div>
  );
}

export function WizardShell() {
  const [Wizard, setWizard] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadWizard().then(
      // A transition: React renders the form in slices, yielding to input between them.
      (loaded) => live && startTransition(() => setWizard(() => loaded)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return Wizard ? <Wizard /> : <ShellPlaceholder failed={failed} />;
}
