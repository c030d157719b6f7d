"use client";
// A text field bound to the wizard's form: label, one-line explanation, and an error tied to
// the input with aria-describedby, shown (and announced) as the user types.
import { useId, type ReactNode } from "react";
import { useFormContext, useFormState, type FieldPath } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { FOCUS_RING } from "./button";

export const INPUT_CLASS = `block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${FOCUS_RING}`;

export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p
      id={id}
      role="alert"
      data-field-error={message ? "" : undefined}
      className="text-sm text-red-700 empty:hidden dark:text-red-400"
    >
      {message}
    </p>
  );
}

export function TextField({
  name,
  label,
  hint,
  placeholder,
  spellCheck = false,
  inputMode,
  liveError,
  monospace = false,
  children,
}: {
  name: FieldPath<ConfigInput>;
  label: string;
  hint: string;
  placeholder?: string;
  spellCheck?: boolean;
  inputMode?: "text" | "url";
  /** An error found while typing that says more than the schema's; shown in its place. */
  liveError?: string;
  monospace?: boolean;
  /** Notes under the field (warnings, advice), announced politely and tied to the input. */
  children?: ReactNode;
}) {
  const id = useId();
  const { register, getFieldState } = useFormContext<ConfigInput>();
  const formState = useFormState<ConfigInput>({ name });
  const error = liveError ?? getFieldState(name, formState).error?.message;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={spellCheck}
        inputMode={inputMode}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error${children ? ` ${id}-notes` : ""}`}
        className={`${INPUT_CLASS} ${monospace ? "font-mono" : ""} ${error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600"}`}
        {...register(name)}
      />
      <FieldError id={`${id}-error`} message={error} />
      {children && (
        <div id={`${id}-notes`} aria-live="polite" className="space-y-1">
          {children}
        </div>
      )}
    </div>
  );
}
