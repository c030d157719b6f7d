"use client";
// The first screen: the page's frame renders from the static HTML at once, and the form (with
// the schema and the form library) loads right after. This keeps the first load light.
import dynamic from "next/dynamic";
import { HeaderTitle } from "./header-title";
import { StartIntro } from "@/components/steps/start-intro";

function ShellPlaceholder() {
  return (
    <div>
      <header className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto max-w-[90rem] px-4 py-3 sm:px-6">
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
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Loading the wizard…
        </p>
        <noscript>
          <p className="mt-2 text-sm">The wizard runs in your browser and needs JavaScript.</p>
        </noscript>
      </main>
    </div>
  );
}

const Wizard = dynamic(() => import("./wizard").then((m) => m.Wizard), {
  ssr: false,
  loading: ShellPlaceholder,
});

export function WizardShell() {
  return <Wizard />;
}
