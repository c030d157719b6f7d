"use client";
// Where proxy credentials go: a Kubernetes Secret (default) or the values files in plain text.
import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { checkDnsLabel } from "@/lib/config/validators";

export function ProxyCredentials({ hasCredentials }: { hasCredentials: boolean }) {
  const id = useId();
  const { register, control } = useFormContext<ConfigInput>();
  const mode = useWatch({ control, name: "proxy.credentials" }) ?? "secret";
  const secretName = useWatch({ control, name: "proxy.secretName" }) ?? "spacelift-flows-proxy";
  const secretError = checkDnsLabel(secretName.trim(), "Secret name", 253);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Proxy credentials</legend>
      {!hasCredentials && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The proxy URLs carry no user name or password: this applies only if you add some.
        </p>
      )}
      <div className="flex items-start gap-2">
        <input
          id={`${id}-secret`}
          type="radio"
          value="secret"
          className="mt-1 h-4 w-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
          {...register("proxy.credentials")}
        />
        <label htmlFor={`${id}-secret`} className="text-sm">
          Kubernetes Secret (recommended)
          <span className="block text-slate-600 dark:text-slate-400">
            The values files reference the Secret (valueFrom.secretKeyRef); install.sh creates it
            from a variable or a prompt. The password is never written into the bundle.
          </span>
        </label>
      </div>
      {mode === "secret" && (
        <div className="ml-6 space-y-1">
          <label htmlFor={`${id}-name`} className="block text-sm">
            Secret name
          </label>
          <input
            id={`${id}-name`}
            spellCheck={false}
            aria-invalid={secretError ? true : undefined}
            aria-describedby={`${id}-name-error`}
            className="w-72 rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:border-slate-700 dark:bg-slate-900"
            {...register("proxy.secretName")}
          />
          <p id={`${id}-name-error`} className="text-sm text-red-700 dark:text-red-400">
            {secretError ?? ""}
          </p>
        </div>
      )}
      <div className="flex items-start gap-2">
        <input
          id={`${id}-plain`}
          type="radio"
          value="plain"
          className="mt-1 h-4 w-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
          {...register("proxy.credentials")}
        />
        <label htmlFor={`${id}-plain`} className="text-sm">
          Plain values
          <span className="block text-slate-600 dark:text-slate-400">
            The full URL, password included, goes into the values files and Terraform variables.
          </span>
        </label>
      </div>
      {mode === "plain" && hasCredentials && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-300"
        >
          Warning: the proxy password will be readable by anyone who can read the bundle, the Helm
          release (helm get values) or the Terraform state. Use this only for a throw-away proxy
          account.
        </p>
      )}
    </fieldset>
  );
}
