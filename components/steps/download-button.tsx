"use client";
// Builds the zip in the browser and hands it to the user: the bundle of the configuration on
// screen (bundle-for.ts), which the bastion snippet shares.
// The zip is prepared while the user reads the Review step, once the answers have been still
// for a moment, so the click only hands it over; a click before that builds it at once.
import { useEffect, useState } from "react";
import type { Config } from "@/lib/config/schema";
import type { MergeSources } from "@/lib/merge/types";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { loadBundleModule } from "@/components/wizard-state/load-bundle-module";
import { useMergeReport } from "@/components/merge/use-merge-report";
import { useLive } from "@/components/wizard-state/wizard-context";
import { bundleFor, previewFilesOf } from "./bundle-for";
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
      if (active) cancel = runWhenIdle([() => loadBundleModule()]);
    });
    return () => {
      active = false;
      cancel();
    };
  }, []);

  // A values file being merged (in a worker, components/merge/use-merge-report.ts): the zip
  // waits for that merge, which it then reuses, rather than merging again on this thread.
  const merging = useMergeReport(config, mergeSources).pending;
  // The preview's files, when they are this configuration's: zipped as they are.
  const generated = previewFilesOf(useLive(), config, mergeSources);
  useEffect(() => {
    if (!config || merging) return;
    let idle: number | undefined;
    const prepare = () => void bundleFor(config, mergeSources, generated).catch(() => undefined);
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
  }, [config, mergeSources, merging, generated]);

  const download = async () => {
    if (!config) return;
    setState({ busy: true, error: null });
    try {
      const bundle = await bundleFor(config, mergeSources, generated);
      const url = URL.createObjectURL(
        new Blob([bundle.zip as BlobPart], { type: "application/zip" }),
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = bundle.fileName;
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
          The download waits until the fields listed below are fixed.
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
