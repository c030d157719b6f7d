"use client";
// A checkbox bound to the form, with its explanation tied to it.
import { useId } from "react";
import { useFormContext, type FieldPath } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { ReviewNote } from "./review-note";

export function CheckboxField({
  name,
  label,
  hint,
}: {
  name: FieldPath<ConfigInput>;
  label: string;
  hint?: string;
}) {
  const id = useId();
  const { register } = useFormContext<ConfigInput>();
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        aria-describedby={`${hint ? `${id}-hint ` : ""}${id}-notes`}
        className="mt-0.5 h-4 w-4 shrink-0 accent-sky-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-offset-2 dark:accent-sky-400"
        {...register(name)}
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
            {hint}
          </p>
        )}
        <div id={`${id}-notes`} aria-live="polite" className="space-y-1">
          <ReviewNote name={name} />
        </div>
      </div>
    </div>
  );
}
