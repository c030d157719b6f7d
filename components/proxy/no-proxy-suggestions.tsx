"use client";
// Suggested NO_PROXY entries, each with its reason and an on/off switch.
import { useId, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { configSchema, type ConfigInput } from "@/lib/config/schema";
import {
  isSuggestionOn,
  noProxySuggestions,
  parseVpcCidr,
  toggleSuggestion,
} from "@/lib/proxy/suggestions";

interface NoProxySuggestionsProps {
  noProxy: readonly string[];
  onChange: (next: string[]) => void;
}

export function NoProxySuggestions({ noProxy, onChange }: NoProxySuggestionsProps) {
  const id = useId();
  const { control } = useFormContext<ConfigInput>();
  const basics = useWatch({ control, name: "basics" });
  const network = useWatch({ control, name: "network" });
  const [vpcCidr, setVpcCidr] = useState("");
  // Suggestions only need basics and network; a half-typed proxy must not hide them.
  const parsed = configSchema.safeParse({ basics, network });
  if (!parsed.success) return null;
  const vpc = vpcCidr.trim() === "" ? null : parseVpcCidr(vpcCidr);
  const suggestions = noProxySuggestions(parsed.data, { vpcCidr: vpc?.ok ? vpc.cidr : undefined });

  return (
    <div className="space-y-2">
      <h3 className="text-sm font-medium">Suggestions</h3>
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm">
          VPC CIDR (optional, to suggest it)
        </label>
        <input
          id={id}
          value={vpcCidr}
          onChange={(event) => setVpcCidr(event.target.value)}
          placeholder="10.0.0.0/16"
          spellCheck={false}
          aria-invalid={vpc && !vpc.ok ? true : undefined}
          aria-describedby={`${id}-error`}
          className="w-48 rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:border-slate-700 dark:bg-slate-900"
        />
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {vpc && !vpc.ok ? vpc.error : ""}
        </p>
      </div>
      <ul className="space-y-2">
        {suggestions.map((suggestion) => {
          const on = isSuggestionOn(noProxy, suggestion);
          const checkboxId = `${id}-${suggestion.id}`;
          return (
            <li key={suggestion.id} className="flex items-start gap-2">
              <input
                id={checkboxId}
                type="checkbox"
                checked={on}
                onChange={(event) =>
                  onChange(toggleSuggestion(noProxy, suggestion, event.target.checked))
                }
                className="mt-1 h-4 w-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
              />
              <label htmlFor={checkboxId} className="text-sm">
                <span className="font-mono">{suggestion.entries.join(", ")}</span>
                <span className="block text-slate-600 dark:text-slate-400">
                  {suggestion.reason}
                </span>
                {suggestion.assumption && (
                  <span className="block text-amber-800 dark:text-amber-300">
                    Assumption: {suggestion.assumption}
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
