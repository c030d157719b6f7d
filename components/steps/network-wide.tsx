"use client";
// The Network step's outbound destinations, in their own section below the form and the preview:
// the table has five columns and long host names, and needs the page's whole width to be read
// (in the form's half it was thirteen rows, each many lines tall).
// The table (with the install plan and the receivers table it reads) is a chunk of its own,
// fetched while the page is idle (components/wizard/prefetch.ts): the first screen needs none
// of it.
import { useEffect, useState, type ComponentType } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";

let table: ComponentType | null = null;
let loading: Promise<ComponentType> | null = null;

/** The outbound destinations' table, fetched once; a failed fetch is tried again next time. */
export function loadEgressTable(): Promise<ComponentType> {
  loading ??= import("./egress-destinations").then(
    (m) => (table = m.EgressDestinations),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

function EgressTable() {
  // Fetched already (the usual case): rendered in this very render, no fallback frame.
  const [Table, setTable] = useState<ComponentType | null>(() => table);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Table) return;
    let active = true;
    loadEgressTable().then(
      (component) => active && setTable(() => component),
      () => active && setFailed(true),
    );
    return () => {
      active = false;
    };
  }, [Table]);
  if (Table) return <Table />;
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
      {failed
        ? "The destinations could not be loaded: reload the page to try again."
        : "Loading the destinations…"}
    </p>
  );
}

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
      <EgressTable />
    </section>
  );
}
