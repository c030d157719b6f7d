"use client";
// NO_PROXY as a list of entries: add (normalized on the way in), remove, and suggestions that
// add or remove their entries. `proxy.noProxy` in the form stays the single truth.
import { useId, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { parseNoProxyEntry, parseNoProxyList } from "@/lib/proxy/no-proxy";
import { NoProxySuggestions } from "./no-proxy-suggestions";

const EMPTY: string[] = [];

export function NoProxyEditor() {
  const id = useId();
  const { control, setValue } = useFormContext<ConfigInput>();
  const noProxy = useWatch({ control, name: "proxy.noProxy" }) ?? EMPTY;
  const [draft, setDraft] = useState("");
  const [errors, setErrors] = useState<string[]>([]);

  const update = (next: string[]) =>
    setValue("proxy.noProxy", next, { shouldDirty: true, shouldValidate: true });

  const add = () => {
    const parsed = parseNoProxyList(draft);
    if (draft.trim() === "") {
      setErrors(["Type an entry first, for example .corp.example.com or 10.0.0.0/16."]);
      return;
    }
    const fresh = parsed.entries.filter((entry) => !noProxy.includes(entry));
    const duplicates = parsed.entries.filter((entry) => noProxy.includes(entry));
    update([...noProxy, ...fresh]);
    setErrors([
      ...parsed.errors,
      ...duplicates.map((entry) => `"${entry}" is already in the list.`),
    ]);
    if (parsed.errors.length === 0) setDraft("");
  };

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">NO_PROXY: destinations reached directly</legend>
      <ul aria-label="NO_PROXY entries" className="flex flex-wrap gap-2">
        {noProxy.map((entry) => {
          const parsed = parseNoProxyEntry(entry);
          const warning = parsed.ok ? parsed.warning : parsed.error;
          return (
            <li
              key={entry}
              className="flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pr-1 pl-3 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
              title={warning}
            >
              <span>{entry}</span>
              {warning && (
                <span
                  aria-label={`Warning: ${warning}`}
                  className="text-amber-700 dark:text-amber-300"
                >
                  ⚠
                </span>
              )}
              <button
                type="button"
                onClick={() => update(noProxy.filter((e) => e !== entry))}
                aria-label={`Remove ${entry}`}
                className="rounded-full px-1.5 hover:bg-slate-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:hover:bg-slate-800"
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="flex gap-2">
        <label htmlFor={id} className="sr-only">
          New NO_PROXY entry
        </label>
        <input
          id={id}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
          placeholder=".corp.example.com, 10.0.0.0/16"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={`${id}-messages`}
          className="flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:border-slate-700 dark:bg-slate-900"
        />
        <button
          type="button"
          onClick={add}
          className="rounded-md bg-slate-800 px-3 py-2 text-sm text-white hover:bg-slate-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-offset-2 dark:bg-slate-200 dark:text-slate-900"
        >
          Add
        </button>
      </div>
      <div id={`${id}-messages`} aria-live="polite">
        {errors.map((error) => (
          <p key={error} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        ))}
      </div>
      <NoProxyWarnings entries={noProxy} />
      <NoProxySuggestions noProxy={noProxy} onChange={update} />
    </fieldset>
  );
}

function NoProxyWarnings({ entries }: { entries: readonly string[] }) {
  const { warnings } = parseNoProxyList(entries);
  if (warnings.length === 0) return null;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-amber-800 dark:text-amber-300">
      {warnings.map((warning) => (
        <li key={warning}>{warning}</li>
      ))}
    </ul>
  );
}
