"use client";
// Builds the zip in the browser and hands it to the user. The files are generated again for
// the click, on the main thread, from the configuration on screen: the preview's copy comes
// from a worker and may trail the last keystroke by a moment.
import { useEffect, useState } from "react";
import type { Config } from "@/lib/config/schema";
import type { MergeSources } from "@/lib/merge/types";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { loadGenerators } from "@/components/wizard/use-generators";

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
  // The Review step is where the zip is wanted: fetch the libraries now, so the click is instant.
  useEffect(() => {
    void import("@/lib/bundle/zip");
    void loadGenerators();
  }, []);
  const download = async () => {
    if (!config) return;
    setState({ busy: true, error: null });
    try {
      const [{ buildZip, bundleFileName }, { generateFiles }] = await Promise.all([
        import("@/lib/bundle/zip"),
        loadGenerators(),
      ]);
      const bytes = await buildZip(generateFiles(config, { mergeSources }));
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
