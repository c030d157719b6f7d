"use client";
// The preview's files for the settled configuration (lib/config/settle.ts), generated in a worker
// (preview.worker.ts): the YAML library and the generators never load on the main thread for the
// preview, and ~60 files with 50 certificates are generated beside the page instead of in it,
// so a keystroke's task holds the key only (the configuration itself arrives here after the
// key's paint, see use-live-config.ts). The files come back a frame or two later and render in
// a transition. Where workers are unavailable (blocked, or one fails), the generators load on
// the main thread and run in that same deferred render.
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Config } from "@/lib/config/schema";
import type { GeneratedFile } from "@/lib/generators/types";
import type { MergeSources } from "@/lib/merge/types";
import type { PreviewRequest, PreviewResponse } from "./preview.worker";
import { loadBundleModule, type BundleModule } from "@/components/wizard-state/load-bundle-module";

export interface PreviewFiles {
  /** Empty until the first files arrive (see `ready`). */
  files: GeneratedFile[];
  ready: boolean;
  /** Set when the files could not be generated; the preview says so. */
  error: string | null;
  /** What the files were generated from (they may trail the configuration for a moment). */
  source: { config: Config; mergeSources: MergeSources } | null;
}

const EMPTY: PreviewFiles = { files: [], ready: false, error: null, source: null };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function usePreviewFiles(config: Config, mergeSources: MergeSources): PreviewFiles {
  const [local, setLocal] = useState<BundleModule | null>(null);
  const fromWorker = useWorkerFiles(local === null, config, mergeSources, () => {
    void loadBundleModule().then((module) => startTransition(() => setLocal(() => module)));
  });

  const here = useMemo((): PreviewFiles | null => {
    if (!local) return null;
    try {
      const files = local.generateFiles(local.installPlan(config, mergeSources));
      return { files, ready: true, error: null, source: { config, mergeSources } };
    } catch (error) {
      return { files: [], ready: true, error: message(error), source: null };
    }
  }, [local, config, mergeSources]);

  return here ?? fromWorker;
}

/** The files from the worker while `enabled`; calls `unavailable` when no worker can be used. */
function useWorkerFiles(
  enabled: boolean,
  config: Config,
  mergeSources: MergeSources,
  unavailable: () => void,
): PreviewFiles {
  const [state, setState] = useState<PreviewFiles>(EMPTY);
  const worker = useRef<Worker | null | undefined>(undefined);
  const latest = useRef(0);
  const sent = useRef<PreviewFiles["source"]>(null);
  const fallback = useRef(unavailable);
  useLayoutEffect(() => {
    fallback.current = unavailable;
  });

  useEffect(() => {
    return () => {
      worker.current?.terminate();
      // Mounted again (React's strict mode does this in development): start over.
      worker.current = undefined;
    };
  }, []);

  // A layout effect: the request leaves in the task that rendered the change, not a frame later.
  useLayoutEffect(() => {
    if (!enabled) {
      worker.current?.terminate();
      worker.current = null;
      return;
    }
    const id = ++latest.current;
    if (worker.current === undefined) {
      try {
        const created = new Worker(new URL("./preview.worker.ts", import.meta.url), {
          type: "module",
        });
        created.onmessage = (event: MessageEvent<PreviewResponse>) => {
          const response = event.data;
          if (response.id !== latest.current) return;
          if (!response.ok) {
            setState((s) => ({ ...s, ready: true, error: response.message }));
            return;
          }
          // A transition: React renders the preview in slices that leave room for input.
          const source = sent.current;
          startTransition(() =>
            setState({ files: response.files, ready: true, error: null, source }),
          );
        };
        // A worker that fails to load or crashes: carry on without it.
        created.onerror = (event) => {
          event.preventDefault();
          created.terminate();
          worker.current = null;
          fallback.current();
        };
        worker.current = created;
      } catch {
        worker.current = null;
      }
    }
    if (worker.current) {
      sent.current = { config, mergeSources };
      worker.current.postMessage({ id, config, mergeSources } satisfies PreviewRequest);
    } else fallback.current();
  }, [enabled, config, mergeSources]);

  return state;
}
