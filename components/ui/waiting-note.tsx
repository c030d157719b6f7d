"use client";
// Says, where a derived view is shown, which invalid fields it is waiting for, each with a button
// that opens its step and focuses it. Until then the view shows their last valid values (or the
// defaults), never a value the user has since changed elsewhere.
import { fieldLabel } from "@/lib/config/field-labels";
import { waitingWithin } from "@/lib/config/settle";
import { STEPS, stepForPath } from "@/lib/steps/steps";
import { FOCUS_RING } from "@/components/ui/button";
import { useLive, useWizard } from "@/components/wizard-state/wizard-context";

export function WaitingNote({
  what,
  within,
  messages = false,
  testId,
}: {
  /** The view, as the start of a sentence: "The preview", "The ‘through the proxy’ column". */
  what: string;
  /** The settings the view reads (config path prefixes); every field when absent. */
  within?: readonly string[];
  /** Show each field's error message too (where there is room for it). */
  messages?: boolean;
  testId?: string;
}) {
  const { waiting } = useLive();
  const { goToField, step: current } = useWizard();
  const fields = within ? waitingWithin(waiting, within) : waiting;
  if (fields.length === 0) return null;
  return (
    <div
      data-testid={testId}
      data-waiting-note=""
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>
        {what} waits for {fields.length === 1 ? "this field" : `these ${fields.length} fields`}, and
        shows {fields.length === 1 ? "its" : "their"} last valid value (or the default) until then:
      </p>
      <ul className="mt-1 space-y-0.5">
        {fields.map((field) => {
          const step = stepForPath(field.path);
          const title = STEPS.find((s) => s.id === step)?.title;
          return (
            <li key={field.path}>
              <button
                type="button"
                onClick={() => step && goToField(step, field.path)}
                className={`rounded font-medium underline ${FOCUS_RING}`}
              >
                <span className="sr-only">Go to </span>
                {fieldLabel(field.path)}
              </button>
              {step && step !== current && title && (
                <span className="text-amber-900 dark:text-amber-200"> ({title})</span>
              )}
              {messages && <span>: {field.message}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
