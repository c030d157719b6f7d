"use client";
// The Network step's outbound destinations, in their own section below the form and the preview:
// the table has five columns and long host names, and needs the page's whole width to be read
// (in the form's half it was thirteen rows, each many lines tall).
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { EgressDestinations } from "./egress-destinations";

export const EGRESS_SECTION_ID = "egress-destinations";

/** Scrolls to the outbound destinations and puts the focus there. */
export function showEgressSection() {
  const section = document.getElementById(EGRESS_SECTION_ID);
  section?.scrollIntoView({ block: "start" });
  section?.focus({ preventScroll: true });
}

export function NetworkWide() {
  const { control } = useFormContext<ConfigInput>();
  const restricted = useWatch({ control, name: "network.egress.restricted" });
  if (!restricted) return null;
  return (
    <section
      id={EGRESS_SECTION_ID}
      tabIndex={-1}
      aria-labelledby={`${EGRESS_SECTION_ID}-title`}
      data-testid="egress-section"
      className="min-w-0 scroll-mt-4 space-y-2 rounded-lg border border-slate-300 p-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 lg:col-span-2 dark:border-slate-700"
    >
      <h2 id={`${EGRESS_SECTION_ID}-title`} className="text-lg font-semibold">
        Network: outbound destinations to allow
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        What your firewall or proxy must let the cluster and the agents reach, for the answers
        above. The bundle holds the same list as egress-allowlist files (Markdown, CSV, Squid).
      </p>
      <EgressDestinations />
    </section>
  );
}
