"use client";
// The step list: every step is a link (any order), the current one is marked, and steps with
// errors say so in words as well as colour.
import { STEPS, type StepId } from "@/lib/steps/steps";
import { FOCUS_RING } from "@/components/ui/button";

export function StepNav({
  current,
  errors,
  onSelect,
}: {
  current: StepId;
  errors: Partial<Record<StepId, number>>;
  onSelect: (step: StepId) => void;
}) {
  return (
    <nav aria-label="Steps">
      <ol className="flex flex-wrap gap-1.5">
        {STEPS.map((step, index) => {
          const count = errors[step.id] ?? 0;
          const isCurrent = step.id === current;
          return (
            <li key={step.id}>
              <a
                href={`?step=${step.id}`}
                aria-current={isCurrent ? "step" : undefined}
                data-has-errors={count > 0 ? "true" : "false"}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                  event.preventDefault();
                  onSelect(step.id);
                }}
                className={`flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm ${FOCUS_RING} ${
                  isCurrent
                    ? "border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950"
                    : "border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
                }`}
              >
                <span aria-hidden="true" className="tabular-nums opacity-80">
                  {index + 1}
                </span>
                <span>{step.title}</span>
                {count > 0 && (
                  <span className="rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white dark:bg-red-400 dark:text-slate-950">
                    <span aria-hidden="true">!</span>
                    <span className="sr-only">
                      ({count} {count === 1 ? "error" : "errors"})
                    </span>
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
