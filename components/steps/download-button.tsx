"use client";
// Builds the zip in the browser and hands it to the user. The files are generated again, on the
// main thread, from the configuration on screen (the preview's copy may come from a worker).
// The zip is prepared while the user reads the Review step, once the answers have been still
// for a moment, so the click only hands it over; a click before that builds it at once.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Config } from "@/lib/config/schema";
import type { MergeSources } from "@/lib/merge/types";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { loadGenerators } from "@/components/wizard/use-generators";
import { useMergeReport } from "@/components/merge/use-merge-report";
import { afterNextPaint } from "@/lib/schedule/after-paint";
import { runWhenIdle } from "@/lib/schedule/idle";

const PREPARE_AFTER_MS = 400;

export function DownloadButton({
  config,
  mergeSources,
  fileCount,
}: {
  config: Config | null;
  mergeSources: MergeSources;
  /** How many files the bundle holds, as the preview counts them. */
  fileCount: number;
}) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  // The Review step is where the zip is wanted: fetch the libraries once the step is on screen
  // and the browser is idle (starting them is work the step's first frame need not wait for).
  useEffect(() => {
    let cancel = () => {};
    let active = true;
    void afterNextPaint().then(() => {
      if (active) cancel = runWhenIdle([() => import("@/lib/bundle/zip"), () => loadGenerators()]);
    });
    return () => {
      active = false;
      cancel();
    };
  }, []);

  // The zip for one configuration, built once: by the preparation below or by the click.
  const prepared = useRef<{
    config: Config;
    mergeSources: MergeSources;
    bytes: Promise<Uint8Array>;
  }>(null);
  const zipFor = useCallback((c: Config, m: MergeSources): Promise<Uint8Array> => {
    const last = prepared.current;
    if (last && last.config === c && last.mergeSources === m) return last.bytes;
    const bytes = Promise.all([import("@/lib/bundle/zip"), loadGenerators()]).then(
      ([{ buildBundleZip }, { generateFiles }]) =>
        buildBundleZip(generateFiles(c, { mergeSources: m }), c.basics.appDomain),
    );
    prepared.current = { config: c, mergeSources: m, bytes };
    // A failed build is not kept: the click tries again and reports the error.
    bytes.catch(() => {
      if (prepared.current?.bytes === bytes) prepared.current = null;
    });
    return bytes;
  }, []);
  // A values file being merged (in a worker, components/merge/use-merge-report.ts): the zip
  // waits for that merge, which it then reuses, rather than merging again on this thread.
  const merging = useMergeReport(config, mergeSources).pending;
  useEffect(() => {
    if (!config || merging) return;
    let idle: number | undefined;
    const prepare = () => void zipFor(config, mergeSources).catch(() => undefined);
    // After a pause in typing (the merge fields are on this step), when the browser is idle.
    const timer = window.setTimeout(() => {
      if (typeof requestIdleCallback === "function")
        idle = requestIdleCallback(prepare, { timeout: 2000 });
      else prepare();
    }, PREPARE_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [config, mergeSources, zipFor, merging]);

  const download = async () => {
    if (!config) return;
    setState({ busy: true, error: null });
    try {
      const { bundleFileName } = await import("@/lib/bundle/zip");
      const bytes = await zipFor(config, mergeSources);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/zip" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = bundleFileName(config.basics.appDomain);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({
        busy: false,
        error: `The zip could not be built: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
  return (
    <div className="space-y-2 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="font-medium">Bundle</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {fileCount} files in one zip, the same bytes every time for the same answers.
          </p>
        </div>
        <Button
          variant="primary"
          onClick={download}
          disabled={!config || state.busy}
          aria-describedby={config ? undefined : "download-blocked"}
        >
          {state.busy ? "Building…" : "Download zip"}
        </Button>
      </div>
      {!config && (
        <p id="download-blocked" className="text-sm text-red-700 dark:text-red-400">
          The download waits until the errors above are fixed.
        </p>
      )}
      {state.error && (
        <Notice tone="error" role="alert">
          <p>{state.error}</p>
        </Notice>
      )}
    </div>
  );
}
