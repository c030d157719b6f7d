"use client";
// One proxy URL input with its error or warnings shown as the user types.
import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { parseProxyUrl } from "@/lib/proxy/url";

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
  const { register, control } = useFormContext<ConfigInput>();
  const value = useWatch({ control, name }) ?? "";
  const empty = value.trim() === "";
  const parsed = empty && optional ? null : parseProxyUrl(value);
  // An empty required field gets its message only after the user has typed something.
  const error = parsed && !parsed.ok && !(empty && value === "") ? parsed.error : null;
  const warnings = parsed?.ok ? parsed.warnings : [];
  const credentialsNote =
    parsed?.ok && parsed.url.username !== ""
      ? "This URL carries credentials: they are kept out of the share link and, by default, out of the values files."
      : null;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-messages`}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900"
        {...register(name)}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      <div id={`${id}-messages`} aria-live="polite">
        {error && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
        {warnings.map((warning) => (
          <p key={warning} className="text-sm text-amber-800 dark:text-amber-300">
            {warning}
          </p>
        ))}
        {credentialsNote && (
          <p className="text-sm text-slate-700 dark:text-slate-300">{credentialsNote}</p>
        )}
      </div>
    </div>
  );
}
