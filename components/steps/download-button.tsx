"use client";
// Builds the zip in the browser (the zip library loads only now) and hands it to the user.
import { useEffect, useState } from "react";
import type { Config } from "@/lib/config/schema";
import type { GeneratedFile } from "@/lib/generators";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export function DownloadButton({
  config,
  files,
}: {
  config: Config | null;
  files: readonly GeneratedFile[];
}) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  // The Review step is where the zip is wanted: fetch the library now, so the click is instant.
  useEffect(() => {
    void import("@/lib/bundle/zip");
  }, []);
  const download = async () => {
    if (!config) return;
    setState({ busy: true, error: null });
    try {
      const { buildZip, bundleFileName } = await import("@/lib/bundle/zip");
      const bytes = await buildZip(files);
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
            {files.length} files in one zip, the same bytes every time for the same answers.
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
