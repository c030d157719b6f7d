"use client";
// Suggested NO_PROXY entries, each with its reason and an on/off switch.
import { useId } from "react";
import { useController, useFormContext } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { isSuggestionOn, noProxySuggestions, toggleSuggestion } from "@/lib/no-proxy/suggestions";
import { parseVpcCidr } from "@/lib/proxy/vpc-cidr";
import { FieldError, INPUT_CLASS } from "@/components/ui/field";
import { useLive } from "@/components/wizard-state/wizard-context";
import { WaitingNote } from "@/components/ui/waiting-note";

interface NoProxySuggestionsProps {
  noProxy: readonly string[];
  onChange: (next: string[]) => void;
}

export function NoProxySuggestions({ noProxy, onChange }: NoProxySuggestionsProps) {
  const id = useId();
  const { control } = useFormContext<ConfigInput>();
  // From Basics and Network as settled: a half-typed proxy URL or domain hides nothing.
  const { settled } = useLive();
  // Kept in the form (proxy.vpcCidr) so that it is autosaved and shared like every other answer.
  const { field: vpcField, fieldState: vpcState } = useController({
    control,
    name: "proxy.vpcCidr",
  });
  const vpcCidr = vpcField.value ?? "";
  const vpc = vpcCidr.trim() === "" ? null : parseVpcCidr(vpcCidr);
  const vpcError = vpcState.error?.message ?? (vpc && !vpc.ok ? vpc.error : undefined);
  const suggestions = noProxySuggestions(settled, { vpcCidr: vpc?.ok ? vpc.cidr : undefined });

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">Suggested entries</legend>
      <WaitingNote what="These suggestions" within={["basics", "network"]} />
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium">
          VPC CIDR (optional)
        </label>
        <input
          id={id}
          name={vpcField.name}
          ref={vpcField.ref}
          value={vpcCidr}
          onChange={(event) => vpcField.onChange(event.target.value)}
          onBlur={vpcField.onBlur}
          placeholder="10.0.0.0/16"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={vpcError ? true : undefined}
          aria-describedby={`${id}-error`}
          className={`${INPUT_CLASS} w-56 font-mono ${vpcError ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600"}`}
        />
        <FieldError id={`${id}-error`} message={vpcError} />
      </div>
      <ul className="space-y-3">
        {suggestions.map((suggestion) => {
          const checkboxId = `${id}-${suggestion.id}`;
          return (
            <li key={suggestion.id} className="flex items-start gap-3">
              <input
                id={checkboxId}
                type="checkbox"
                checked={isSuggestionOn(noProxy, suggestion)}
                onChange={(event) =>
                  onChange(toggleSuggestion(noProxy, suggestion, event.target.checked))
                }
                aria-describedby={`${checkboxId}-reason`}
                className="mt-0.5 h-4 w-4 shrink-0 accent-sky-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-offset-2 dark:accent-sky-400"
              />
              <div className="min-w-0 text-sm break-words">
                <label htmlFor={checkboxId} className="font-mono font-medium">
                  {suggestion.entries.join(", ")}
                </label>
                <p id={`${checkboxId}-reason`} className="text-slate-600 dark:text-slate-400">
                  {suggestion.reason}
                  {suggestion.assumption && (
                    <span className="block text-amber-800 dark:text-amber-300">
                      Assumption: {suggestion.assumption}
                    </span>
                  )}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
