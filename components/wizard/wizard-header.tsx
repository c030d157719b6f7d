"use client";
// The page header: title, the promise that nothing leaves the browser, theme, share and reset.
import { Button } from "@/components/ui/button";
import { ThemeToggle } from "./theme-toggle";
import { HeaderTitle } from "./header-title";
import { LiveShareLinkButton } from "@/components/share/live-share-link-button";

export function WizardHeader({ onReset }: { onReset: () => void }) {
  return (
    <header className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-[90rem] flex-wrap items-center justify-between gap-x-3 gap-y-1.5 px-4 py-2 sm:px-6 sm:py-3">
        <HeaderTitle />
        <div className="flex items-center gap-2">
          <ThemeToggle />
          <LiveShareLinkButton />
          <Button size="sm" variant="ghost" onClick={onReset}>
            Reset
          </Button>
        </div>
      </div>
    </header>
  );
}
