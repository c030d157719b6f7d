"use client";
// Review's list of the TLS checks: one line per host and module, covered or not (the warnings
// above say what to do about each one that is not).
import type { CheckResult } from "@/lib/tls-check";
import { SET_TITLES, verdictLines } from "@/lib/tls-check/describe";
import { withPort } from "@/lib/tls-check/host";

export function TlsCheckSummary({ results }: { results: CheckResult[] | null }) {
  return (
    <section aria-labelledby="tls-checks-title" className="space-y-2">
      <h3 id="tls-checks-title" className="text-base font-semibold">
        What the proxy presents, checked
      </h3>
      {!results ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Checking…</p>
      ) : (
        <ul data-testid="review-tls-checks" className="space-y-1 text-sm">
          {results.flatMap((result) =>
            verdictLines(result).map((line) => (
              <li
                key={`${result.check.host}-${line.set}`}
                data-covered={String(line.covered)}
                data-state={line.state}
                className="break-words"
              >
                <span aria-hidden="true">{line.mark} </span>
                <span className="font-medium">{withPort(result.check.host)}</span>,{" "}
                {SET_TITLES[line.set].replace(/^./, (c) => c.toLowerCase())}: {line.state}.
                {(line.covered || line.state === "partly covered") && ` ${line.text}`}
              </li>
            )),
          )}
        </ul>
      )}
    </section>
  );
}
