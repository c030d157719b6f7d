"use client";
// The destinations a restricted network must allow, for the settled configuration: every valid
// answer as typed (lib/config/settle.ts), and a note naming any field the list still waits for.
import { Fragment } from "react";
import {
  HOST_PATTERN_LEGEND,
  KIND_LABELS,
  proxyRoute,
  SOURCE_LABELS,
  SOURCE_LEGEND,
} from "@/lib/egress/table";
import { usePlan } from "@/components/wizard-state/use-plan";
import { WaitingNote } from "@/components/ui/waiting-note";

/**
 * The settings the list reads: the rows come from Basics and Network, the "through the proxy"
 * column and the proxy's own allowlist from the proxy's URLs.
 */
export const EGRESS_SETTINGS = [
  "basics",
  "network",
  "proxy.enabled",
  "proxy.httpProxy",
  "proxy.httpsProxy",
] as const;

/** A host name that may wrap after its dots and hyphens, never inside a label. */
export function BreakableHost({ host }: { host: string }) {
  const parts = host.split(/(?<=[.-])/);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** A cell's column name, shown only on phones, where the header row is hidden. */
function CellLabel({ children }: { children: string }) {
  return <span className="text-slate-600 sm:hidden dark:text-slate-400">{children}: </span>;
}

// The same list and words as the bundle's egress-allowlist files, so the page and the files agree.
export function EgressDestinations() {
  const rows = usePlan().egress;
  return (
    <div className="space-y-2">
      <WaitingNote what="This list" within={EGRESS_SETTINGS} testId="egress-waiting" />
      <div className="overflow-x-auto">
        {/* On phones each row is a block (a five-column table does not fit 390 px): the
            header row is hidden and each cell says what it is. */}
        <table className="w-full text-left text-sm max-sm:block">
          <caption className="mb-1 text-left text-sm font-medium max-sm:block">
            Outbound destinations to allow
          </caption>
          <thead className="text-xs text-slate-600 max-sm:hidden dark:text-slate-400">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                Destination and what to allow
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                Kind
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                Through the proxy
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                Why
              </th>
              <th scope="col" className="py-1 font-medium">
                Source
              </th>
            </tr>
          </thead>
          <tbody className="max-sm:block">
            {rows.map((row) => (
              <tr
                key={row.id}
                className="border-t border-slate-200 align-top max-sm:block max-sm:py-1 dark:border-slate-800"
                data-testid={`egress-${row.id}`}
              >
                <td className="py-1 pr-3 max-sm:block">
                  <div className="font-mono text-xs break-words">
                    <BreakableHost host={row.target} />
                  </div>
                  <ul className="mt-0.5 font-mono text-xs break-words text-slate-600 dark:text-slate-400">
                    {[...row.hosts, ...row.cidrs].map((value) => (
                      <li key={value}>
                        <BreakableHost host={value} />
                        {row.port === 443 ? "" : `:${row.port}`}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="py-1 pr-3 max-sm:inline max-sm:py-0">
                  <CellLabel>Kind</CellLabel>
                  {KIND_LABELS[row.kind]}
                </td>
                <td className="py-1 pr-3 max-sm:inline max-sm:py-0">
                  <CellLabel>, through the proxy</CellLabel>
                  {proxyRoute(row)}
                </td>
                <td className="py-1 pr-3 max-sm:block">
                  {row.why}
                  {row.note && (
                    <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{row.note}</p>
                  )}
                </td>
                <td className="py-1 max-sm:block max-sm:py-0">
                  <CellLabel>Source</CellLabel>
                  {SOURCE_LABELS[row.source]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Source: {SOURCE_LEGEND} {HOST_PATTERN_LEGEND}
      </p>
    </div>
  );
}
