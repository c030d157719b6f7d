"use client";
// "Forget everything in this browser": the same confirmed reset as the header's, worded for
// what it also does to storage, on the steps where a person leaves (Start and Review).
import { Button } from "@/components/ui/button";
import { useWizard } from "@/components/wizard-state/wizard-context";

export function ForgetButton() {
  const { requestReset } = useWizard();
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <p>
        On a shared machine? The draft stays in this browser (passwords never do) until you forget
        it.
      </p>
      <Button size="sm" variant="ghost" onClick={requestReset}>
        Forget everything in this browser
      </Button>
    </div>
  );
}
