"use client";
// A group of radio cards bound to one form field; arrow keys move between options natively.
import { useId } from "react";
import { useFormContext, type FieldPath } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { ReviewNote } from "./review-note";

export interface RadioOption {
  value: string;
  label: string;
  hint: string;
}

export function RadioGroup({
  name,
  legend,
  hint,
  options,
}: {
  name: FieldPath<ConfigInput>;
  legend: string;
  hint: string;
  options: readonly RadioOption[];
}) {
  const id = useId();
  const { register } = useFormContext<ConfigInput>();
  return (
    <fieldset aria-describedby={`${id}-hint ${id}-notes`} className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 p-3 has-checked:border-sky-600 has-checked:bg-sky-50 has-focus-visible:ring-2 has-focus-visible:ring-sky-500 dark:border-slate-600 dark:has-checked:border-sky-400 dark:has-checked:bg-sky-950"
          >
            <input
              type="radio"
              value={option.value}
              aria-describedby={`${id}-${option.value}-hint`}
              className="mt-1 h-4 w-4 accent-sky-700 focus:outline-none dark:accent-sky-400"
              {...register(name)}
            />
            <span>
              <span className="block text-sm font-medium">{option.label}</span>
              <span
                id={`${id}-${option.value}-hint`}
                className="block text-sm text-slate-600 dark:text-slate-400"
              >
                {option.hint}
              </span>
            </span>
          </label>
        ))}
      </div>
      <div id={`${id}-notes`} aria-live="polite" className="space-y-1">
        <ReviewNote name={name} />
      </div>
    </fieldset>
  );
}
