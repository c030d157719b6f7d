"use client";
// The merge of the user's values files, off the main thread (merge.worker.ts): one shared
// request at a time for the whole page (the merge panel and Review's warnings read the same
// report), the newest input queued while one runs, so typing in a 1 MB file never piles up
// merges. Where workers are unavailable, the merge runs here, after the frame.
import { useEffect, useSyncExternalStore } from "react";
import type { Config } from "@/lib/config/schema";
import type { MergeReport } from "@/lib/merge-report/report";
import type { MergeSources } from "@/lib/merge/types";
import type { MergeRequest, MergeResponse } from "./merge.worker";

export interface MergeState {
  report: MergeReport | null;
  /** A merge is running for input newer than `report`. */
  pending: boolean;
  /** When the running merge started (performance.now()), for the elapsed time shown. */
  since: number;
  error: string | null;
}

interface Job {
  id: number;
  config: Config;
  sources: MergeSources;
}

const IDLE: MergeState = { report: null, pending: false, since: 0, error: null };
let state: MergeState = IDLE;
const listeners = new Set<() => void>();
let worker: Worker | null | undefined;
let latest: Job | null = null;
let running: Job | null = null;
let nextId = 0;

function set(next: Partial<MergeState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

/** The page's bundle (built here) reuses the worker's merges instead of merging again. */
function remember(job: Job, report: MergeReport) {
  void Promise.all([
    import("@/lib/merge/merge-sources"),
    import("@/components/wizard-state/use-plan"),
  ]).then(([{ rememberMerges }, { planOf }]) =>
    rememberMerges(planOf(job.config).chartValues, job.sources, report.outcome),
  );
}

function finish(job: Job, result: { report: MergeReport } | { message: string }) {
  running = null;
  if ("report" in result) remember(job, result.report);
  if (latest && latest.id !== job.id) {
    start(latest);
    return;
  }
  if ("report" in result) set({ report: result.report, pending: false, error: null });
  else set({ pending: false, error: `The merge failed: ${result.message}` });
}

function runHere(job: Job) {
  setTimeout(() => {
    void import("@/lib/merge-report/report").then(
      ({ mergeReport }) => finish(job, { report: mergeReport(job.config, job.sources) }),
      (error: unknown) => finish(job, { message: String(error) }),
    );
  }, 0);
}

function createWorker(): Worker | null {
  try {
    const created = new Worker(new URL("./merge.worker.ts", import.meta.url), { type: "module" });
    created.onmessage = (event: MessageEvent<MergeResponse>) => {
      const job = running;
      if (!job || event.data.id !== job.id) return;
      finish(job, event.data.ok ? { report: event.data.report } : { message: event.data.message });
    };
    // A worker that fails to load or crashes: merge here from now on.
    created.onerror = (event) => {
      event.preventDefault();
      created.terminate();
      worker = null;
      if (running) runHere(running);
    };
    return created;
  } catch {
    return null;
  }
}

function start(job: Job) {
  running = job;
  set({ pending: true, since: performance.now() });
  if (worker === undefined) worker = createWorker();
  if (worker)
    worker.postMessage({
      id: job.id,
      config: job.config,
      sources: job.sources,
    } satisfies MergeRequest);
  else runHere(job);
}

function request(config: Config, sources: MergeSources) {
  if (latest && latest.config === config && latest.sources === sources) return;
  latest = { id: ++nextId, config, sources };
  if (running) set({ pending: true, since: state.pending ? state.since : performance.now() });
  else start(latest);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The merge report for these files and this configuration (null config: nothing to merge). */
export function useMergeReport(config: Config | null, sources: MergeSources): MergeState {
  const wanted = Boolean(config && (sources.values || sources.agentValues));
  useEffect(() => {
    if (config && wanted) request(config, sources);
  }, [config, sources, wanted]);
  const current = useSyncExternalStore(
    subscribe,
    () => state,
    () => IDLE,
  );
  return wanted ? current : IDLE;
}
