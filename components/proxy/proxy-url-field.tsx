"use client";
// One proxy URL input with its error or warnings shown as the user types.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { parseProxyUrl } from "@/lib/proxy/url";
import { TextField } from "@/components/ui/field";

interface ProxyUrlFieldProps {
  name: "proxy.httpProxy" | "proxy.httpsProxy";
  label: string;
  hint: string;
  /** Empty is allowed (the HTTPS field falls back to the HTTP URL). */
  optional?: boolean;
  placeholder: string;
}

export function ProxyUrlField({ name, label, hint, optional, placeholder }: ProxyUrlFieldProps) {
  const { control } = useFormContext<ConfigInput>();
  const value = useWatch({ control, name }) ?? "";
  const parsed = value.trim() === "" && optional ? null : parseProxyUrl(value);
  // Live parsing says more than the schema; an untouched empty field waits for the schema.
  const liveError = parsed && !parsed.ok && value !== "" ? parsed.error : undefined;
  const warnings = parsed?.ok ? parsed.warnings : [];
  const withCredentials = parsed?.ok && parsed.url.username !== "";
  return (
    <TextField
      name={name}
      label={label}
      hint={hint}
      placeholder={placeholder}
      inputMode="url"
      monospace
      liveError={liveError}
    >
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
    </TextField>
  );
}
