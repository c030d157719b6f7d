"use client";
// One proxy URL input with its error or warnings shown as the user types.
import { useId } from "react";
import { useFormContext, useFormState, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { parseProxyUrl } from "@/lib/proxy/url";
import { FieldError, INPUT_CLASS } from "@/components/ui/field";

interface ProxyUrlFieldProps {
  name: "proxy.httpProxy" | "proxy.httpsProxy";
  label: string;
  hint: string;
  /** Empty is allowed (the HTTPS field falls back to the HTTP URL). */
  optional?: boolean;
  placeholder: string;
}

export function ProxyUrlField({ name, label, hint, optional, placeholder }: ProxyUrlFieldProps) {
  const id = useId();
  const { register, control, getFieldState } = useFormContext<ConfigInput>();
  const formState = useFormState<ConfigInput>({ name });
  const value = useWatch({ control, name }) ?? "";
  const parsed = value.trim() === "" && optional ? null : parseProxyUrl(value);
  // Live parsing says more than the schema; an untouched empty field waits for the schema.
  const liveError = parsed && !parsed.ok && value !== "" ? parsed.error : undefined;
  const error = liveError ?? getFieldState(name, formState).error?.message;
  const warnings = parsed?.ok ? parsed.warnings : [];
  const withCredentials = parsed?.ok && parsed.url.username !== "";
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
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error ${id}-notes`}
        className={`${INPUT_CLASS} font-mono ${error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600"}`}
        {...register(name)}
      />
      <FieldError id={`${id}-error`} message={error} />
      <div id={`${id}-notes`} aria-live="polite" className="space-y-1">
        {warnings.map((warning) => (
          <p key={warning} className="text-sm text-amber-800 dark:text-amber-300">
            {warning}
          </p>
        ))}
        {withCredentials && (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            This URL carries credentials: they stay out of the share link. Where else they go is
            chosen under Proxy credentials below.
          </p>
        )}
      </div>
    </div>
  );
}
