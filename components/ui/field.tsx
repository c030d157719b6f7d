"use client";
// A text field bound to the wizard's form: label, one-line explanation, and an error tied to
// the input with aria-describedby, shown (and announced) as the user types.
import { useId, type ReactNode } from "react";
import { useFormContext, useFormState, type FieldPath } from "react-hook-form";
import { bomNote } from "@/lib/config/bom";
import type { ConfigInput } from "@/lib/config/schema";
import { FOCUS_RING } from "./button";
import { useChangeAfterPaint, usePaintedWatch } from "./paint-first";
import { ReviewNote } from "./review-note";

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
  password = false,
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
  /** A secret: masked, and kept from the browser's autofill. */
  password?: boolean;
  /** Notes under the field (warnings, advice), announced politely and tied to the input. */
  children?: ReactNode;
}) {
  const id = useId();
  const { register, getFieldState } = useFormContext<ConfigInput>();
  const formState = useFormState<ConfigInput>({ name });
  const error = liveError ?? getFieldState(name, formState).error?.message;
  // The proxy section's readers word this note themselves. As of the last frame: typing renders
  // nothing before the key is painted.
  const value = usePaintedWatch(name);
  const registered = register(name);
  const onChange = useChangeAfterPaint(registered.onChange);
  const bom = name.startsWith("proxy.") ? null : bomNote(value);
  // What Review would say about this field, said here too.
  const notes = (
    <>
      {bom !== null && <p className="text-sm text-slate-700 dark:text-slate-300">{bom}</p>}
      {children}
      <ReviewNote name={name} />
    </>
  );
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} notes={notes}>
      <input
        id={id}
        type={password ? "password" : "text"}
        autoComplete={password ? "new-password" : "off"}
        spellCheck={spellCheck}
        inputMode={inputMode}
        placeholder={placeholder}
        {...controlProps(id, error, true)}
        className={`${INPUT_CLASS} ${LINE_INPUT_CLASS} ${monospace ? "font-mono" : ""} ${borderClass(error)}`}
        {...registered}
        onChange={onChange}
      />
    </FieldFrame>
  );
}

/**
 * A one-line input sized by CSS alone (its usual 38 px: line, padding, border), so the browser
 * lays out a keystroke inside the input and not the page around it: typing costs what it costs
 * in a bare input. No paint containment: the focus ring is drawn outside the box.
 */
export const LINE_INPUT_CLASS = "h-[calc(2.25rem+2px)] [contain:size_layout_style]";

export function borderClass(error: string | undefined): string {
  return error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600";
}

/** The accessibility attributes a control inside FieldFrame carries. */
export function controlProps(id: string, error: string | undefined, notes = false) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": `${id}-hint ${id}-error${notes ? ` ${id}-notes` : ""}`,
  } as const;
}

/** Label, one-line explanation, the control, its error and notes: one markup for every field. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  notes,
  children,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  notes?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      {children}
      <FieldError id={`${id}-error`} message={error} />
      {notes !== undefined && (
        <div id={`${id}-notes`} aria-live="polite" className="space-y-1">
          {notes}
        </div>
      )}
    </div>
  );
}
