"use client";
// The destinations a restricted network must allow, for the last valid configuration.
import {
  HOST_PATTERN_LEGEND,
  KIND_LABELS,
  proxyRoute,
  SOURCE_LABELS,
  SOURCE_LEGEND,
} from "@/lib/egress/table";
import { usePlan } from "@/components/wizard-state/use-plan";

// The same list and words as the bundle's egress-allowlist files, so the page and the files agree.
export function EgressDestinations() {
  const rows = usePlan().egress;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left text-sm font-medium">
          Outbound destinations to allow
        </caption>
        <thead className="text-xs text-slate-600 dark:text-slate-400">
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
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className="border-t border-slate-200 align-top dark:border-slate-800"
              data-testid={`egress-${row.id}`}
            >
              <td className="py-1 pr-3">
                <div className="font-mono text-xs break-all">{row.target}</div>
                <ul className="mt-0.5 font-mono text-xs break-all text-slate-600 dark:text-slate-400">
                  {[...row.hosts, ...row.cidrs].map((value) => (
                    <li key={value}>
                      {value}
                      {row.port === 443 ? "" : `:${row.port}`}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="py-1 pr-3">{KIND_LABELS[row.kind]}</td>
              <td className="py-1 pr-3">{proxyRoute(row)}</td>
              <td className="py-1 pr-3">
                {row.why}
                {row.note && (
                  <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{row.note}</p>
                )}
              </td>
              <td className="py-1">{SOURCE_LABELS[row.source]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Source: {SOURCE_LEGEND} {HOST_PATTERN_LEGEND}
      </p>
    </div>
  );
}
