"use client";
// The destinations a restricted network must allow, for the last valid configuration.
import { egressDestinations, type EgressKind } from "@/lib/egress/destinations";
import { useLive } from "@/components/wizard/wizard-context";

const KIND_LABELS: Record<EgressKind, string> = { image: "image", url: "URL", cidr: "IP range" };

// The same list the bundle's egress-allowlist files hold, so the page and the files agree.
export function EgressDestinations() {
  const live = useLive();
  const rows = egressDestinations(live.lastValid);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left text-sm font-medium">
          Outbound destinations to allow
        </caption>
        <thead className="text-xs text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Destination
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Kind
            </th>
            <th scope="col" className="py-1 font-medium">
              Why
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1 pr-3 font-mono text-xs break-all">{row.target}</td>
              <td className="py-1 pr-3">
                {KIND_LABELS[row.kind]}
                {row.documented ? "" : ", yours"}
              </td>
              <td className="py-1">{row.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
