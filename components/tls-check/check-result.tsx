"use client";
// One TLS check: the host, a line per module that reaches it (covered for all of its programs,
// partly, or not, in words and with a mark that is not colour alone), the notes, and the buttons
// to add the missing CA (a root when the chain holds one) or remove the check.
import { useId } from "react";
import type { CheckResult } from "@/lib/tls-check";
import {
  addableCertificate,
  SET_TITLES,
  verdictLines,
  verdictNotes,
} from "@/lib/tls-check/describe";
import { Button } from "@/components/ui/button";

export function CheckResultView({
  index,
  host,
  result,
  onAdd,
  onRemove,
}: {
  index: number;
  host: string;
  /** Null while the verdicts are computed. */
  result: CheckResult | null;
  onAdd: (pem: string, name: string) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const lines = result ? verdictLines(result) : [];
  const covered = lines.length > 0 && lines.every((line) => line.covered);
  const addable = result ? addableCertificate(result) : null;
  return (
    <li data-testid="tls-check-result" data-covered={result ? String(covered) : undefined}>
      {/* A named fieldset: Review's "Change it" focuses it (goToField finds [name=…]). */}
      <fieldset
        name={`tlsChecks.${index}`}
        tabIndex={-1}
        aria-labelledby={`${id}-host`}
        className={`w-full min-w-0 space-y-2 rounded-md border p-3 text-sm focus:outline-2 focus:outline-sky-600 ${
          !result
            ? "border-slate-300 dark:border-slate-700"
            : covered
              ? "border-emerald-400 dark:border-emerald-700"
              : "border-amber-400 dark:border-amber-600"
        }`}
      >
        <legend id={`${id}-host`} className="float-left mr-2 font-medium break-all">
          {host}
        </legend>
        <div className="flex justify-end">
          <Button size="sm" onClick={onRemove}>
            Remove<span className="sr-only"> the check of {host}</span>
          </Button>
        </div>
        <div className="clear-both" />
        {!result ? (
          <p className="text-slate-600 dark:text-slate-400">Checking…</p>
        ) : (
          <ul className="space-y-1">
            {lines.map((line) => (
              <li
                key={line.set}
                data-set={line.set}
                data-covered={String(line.covered)}
                data-state={line.state}
              >
                <span aria-hidden="true">{line.mark} </span>
                <span className="font-medium">
                  {SET_TITLES[line.set]}: {line.state}.
                </span>{" "}
                <span className="break-words">{line.text}</span>
              </li>
            ))}
          </ul>
        )}
        {result && verdictNotes(result).length > 0 && (
          <ul className="list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
            {verdictNotes(result).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        {addable && (
          <Button size="sm" variant="primary" onClick={() => onAdd(addable.pem, addable.name)}>
            {addable.kind === "root"
              ? `Add the root “${addable.name}” to the CA certificates`
              : `Add the intermediate “${addable.name}” (enough for Go clients only, not for Node)`}
          </Button>
        )}
      </fieldset>
    </li>
  );
}
