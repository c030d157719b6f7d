"use client";
// The preview's files for the last valid configuration, generated in a worker
// (preview.worker.ts) so the page's main thread stays free while it starts and while the user
// types. Where workers are unavailable (blocked, or a failing worker), the generators load on
// the main thread instead and the preview works the same.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Config } from "@/lib/config/schema";
import { applyFilesDelta } from "@/lib/generators/delta";
import type { GeneratedFile } from "@/lib/generators/types";
import type { MergeSources } from "@/lib/merge/types";
import type { PreviewRequest, PreviewResponse } from "./preview.worker";
import { loadGenerators } from "./use-generators";

export interface PreviewFiles {
  /** Empty until the first files arrive (see `ready`). */
  files: GeneratedFile[];
  ready: boolean;
  /** Set when the files could not be generated; the preview says so. */
  error: string | null;
}

const EMPTY: PreviewFiles = { files: [], ready: false, error: null };

export function usePreviewFiles(config: Config, mergeSources: MergeSources): PreviewFiles {
  const [state, setState] = useState<PreviewFiles>(EMPTY);
  const worker = useRef<Worker | null | undefined>(undefined);
  const known = useRef(new Map<string, GeneratedFile>());
  const latest = useRef(0);
  const request = useRef({ config, mergeSources });

  useEffect(() => () => worker.current?.terminate(), []);

  // A layout effect: the request leaves in the same task as the keystroke's render, not a frame
  // later.
  useLayoutEffect(() => {
    request.current = { config, mergeSources };
    const id = ++latest.current;

    // Without a worker: the generators load here, and the latest request is generated.
    const generateHere = () => {
      const id = latest.current;
      void loadGenerators().then(({ generateFiles }) => {
        if (id !== latest.current) return;
        const { config: c, mergeSources: m } = request.current;
        try {
          setState({ files: generateFiles(c, { mergeSources: m }), ready: true, error: null });
        } catch (error) {
          setState((s) => ({ ...s, ready: true, error: String(error) }));
        }
      });
    };
    const post = (message: PreviewRequest) => worker.current!.postMessage(message);
    if (worker.current === undefined) {
      try {
        worker.current = new Worker(new URL("./preview.worker.ts", import.meta.url), {
          type: "module",
        });
        worker.current.onmessage = (event: MessageEvent<PreviewResponse>) => {
          const response = event.data;
          if (!response.ok) {
            if (response.id === latest.current)
              setState((s) => ({ ...s, ready: true, error: response.message }));
            return;
          }
          // Every reply is applied, in order, so the page knows what the worker has sent.
          const files = applyFilesDelta(known.current, response.delta);
          if (!files) {
            known.current.clear();
            post({ id: ++latest.current, ...request.current, full: true });
            return;
          }
          if (response.id === latest.current) setState({ files, ready: true, error: null });
        };
        // A worker that fails to load or crashes: carry on without it. What was in flight is
        // lost with it, so the latest request is generated here.
        worker.current.onerror = (event) => {
          event.preventDefault();
          worker.current?.terminate();
          worker.current = null;
          latest.current++;
          generateHere();
        };
      } catch {
        worker.current = null;
      }
    }
    if (worker.current) post({ id, config, mergeSources });
    else generateHere();
  }, [config, mergeSources]);

  return state;
}
