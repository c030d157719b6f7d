"use client";
// One proxy URL input with its error or warnings shown as the user types. A URL pasted with
// `user:password@` is split at once: the user name goes to its field, the password to the
// in-memory password field (plain values mode) or nowhere (Kubernetes Secret mode), and the
// person is told which.
import { useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { credentialWarnings } from "@/lib/proxy/credential-notes";
import { splitProxyCredentials } from "@/lib/proxy/credentials";
import { parseProxyUrl } from "@/lib/proxy/url";
import { TextField } from "@/components/ui/field";
import { usePaintedWatch } from "@/components/ui/paint-first";

interface ProxyUrlFieldProps {
  name: "proxy.httpProxy" | "proxy.httpsProxy";
  label: string;
  hint: string;
  /** Empty is allowed (the HTTPS field falls back to the HTTP URL). */
  optional?: boolean;
  placeholder: string;
}

const FIELDS = {
  "proxy.httpProxy": { user: "proxy.httpUser", password: "proxy.httpPassword" },
  "proxy.httpsProxy": { user: "proxy.httpsUser", password: "proxy.httpsPassword" },
} as const;

export function ProxyUrlField({ name, label, hint, optional, placeholder }: ProxyUrlFieldProps) {
  const { setValue, getValues } = useFormContext<ConfigInput>();
  // As of the last frame: the key is painted before the URL is read.
  const value = usePaintedWatch(name) ?? "";
  const [moved, setMoved] = useState<string[]>([]);

  useEffect(() => {
    // Typed on since: the newer value comes here next.
    if ((getValues(name) ?? "") !== value) return;
    const split = splitProxyCredentials(value);
    if (!split) return;
    const plain = getValues("proxy.credentials") === "plain";
    const options = { shouldDirty: true, shouldValidate: true } as const;
    setValue(name, split.url, options);
    setValue(FIELDS[name].user, split.username, options);
    if (plain && split.password !== "") setValue(FIELDS[name].password, split.password, options);
    setMoved([
      `The user name ${split.username} moved to its own field.` +
        (split.password === ""
          ? ""
          : plain
            ? " The password moved to the password field below: it stays in this page only, never saved or shared."
            : " The password was not kept: in Kubernetes Secret mode install.sh asks for it when you install."),
      ...split.notes,
      // In plain values mode the password field shows these itself.
      ...(plain ? [] : credentialWarnings(split.password, "password")),
    ]);
  }, [value, name, setValue, getValues]);

  const parsed = value.trim() === "" && optional ? null : parseProxyUrl(value);
  // Live parsing says more than the schema; an untouched empty field waits for the schema.
  const liveError = parsed && !parsed.ok && value !== "" ? parsed.error : undefined;
  const warnings = parsed?.ok ? parsed.warnings : [];
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
      {moved.map((sentence, index) => (
        <p
          key={sentence}
          className={`text-sm ${index === 0 ? "text-slate-700 dark:text-slate-300" : "text-amber-800 dark:text-amber-300"}`}
        >
          {sentence}
        </p>
      ))}
      {warnings.map((warning) => (
        <p key={warning} className="text-sm text-amber-800 dark:text-amber-300">
          {warning}
        </p>
      ))}
    </TextField>
  );
}
