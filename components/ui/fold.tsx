"use client";
// A section folded to one line (its summary says what is chosen), so a step stays short while a
// setting keeps its default. It opens by itself when it has something to show; otherwise only
// the person opens or closes it: a choice made inside never folds it away under their focus.
import { useState, type ReactNode } from "react";

export function Fold({
  summary,
  initiallyOpen,
  testId,
  children,
}: {
  summary: ReactNode;
  initiallyOpen: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  // Something to show arriving later (a draft or a link applied while the step is open) opens it.
  const [wanted, setWanted] = useState(initiallyOpen);
  if (initiallyOpen !== wanted) {
    setWanted(initiallyOpen);
    if (initiallyOpen) setOpen(true);
  }
  return (
    <details
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid={testId}
      className="rounded-lg border border-slate-300 p-3 dark:border-slate-700"
    >
      <summary className="cursor-pointer rounded text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500">
        {summary}
      </summary>
      <div className="mt-3 space-y-4">{children}</div>
    </details>
  );
}
