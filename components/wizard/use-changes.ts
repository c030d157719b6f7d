"use client";
// The changed-line marks for the preview, computed in a worker once typing pauses (and the
// browser is idle). Falls back to the main thread (still after the pause) where workers are
// unavailable, e.g. some file:// setups.
import { startTransition, useEffect, useRef, useState } from "react";
import type { Config } from "@/lib/config/schema";
import type { MergeSources } from "@/lib/merge/types";
import { describeChanges, type FileChanges } from "@/lib/preview/changes";
import { whenIdleAfter } from "@/lib/schedule/idle";
import type { ChangesRequest, ChangesResponse } from "./changes.worker";
import { loadBundleModule } from "@/components/wizard-state/load-bundle-module";
import type { PreviewFiles } from "./use-preview-files";

const PAUSE_MS = 250;

function toMap(changes: ChangesResponse["changes"]): Map<string, FileChanges> {
  return new Map(changes.map(([path, c]) => [path, { ...c, lines: new Map(c.lines) }]));
}

export function useChanges(
  /** The preview's files: the marks wait until they are those of this configuration. */
  preview: PreviewFiles,
  config: Config,
  mergeSources: MergeSources,
): Map<string, FileChanges> {
  const source = preview.source;
  const files =
    source?.config === config && source.mergeSources === mergeSources ? preview.files : null;
  const [changes, setChanges] = useState<Map<string, FileChanges>>(() => new Map());
  const worker = useRef<Worker | null | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => {
    return () => {
      worker.current?.terminate();
      // Mounted again (React's strict mode does this in development): start over.
      worker.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (files === null) return;
    const id = ++latest.current;
    return whenIdleAfter(PAUSE_MS, () => {
      if (worker.current === undefined) {
        try {
          worker.current = new Worker(new URL("./changes.worker.ts", import.meta.url), {
            type: "module",
          });
          worker.current.onmessage = (event: MessageEvent<ChangesResponse>) => {
            // A transition: the marks re-render the preview in slices that leave room for input.
            if (event.data.id === latest.current)
              startTransition(() => setChanges(toMap(event.data.changes)));
          };
          worker.current.onerror = () => {
            worker.current?.terminate();
            worker.current = null;
          };
        } catch {
          worker.current = null;
        }
      }
      if (worker.current) {
        worker.current.postMessage({ id, config, mergeSources, files } satisfies ChangesRequest);
      } else {
        void loadBundleModule().then(({ generateFiles, installPlan }) => {
          if (id !== latest.current) return;
          const generate = (c: Config) => generateFiles(installPlan(c, mergeSources));
          const changed = describeChanges(config, generate, files);
          startTransition(() => setChanges(changed));
        });
      }
    });
  }, [files, config, mergeSources]);

  return changes;
}
