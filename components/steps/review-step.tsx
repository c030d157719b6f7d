"use client";
// Review: what is still wrong or risky, the download, the commands in order and the files.
import { useMemo } from "react";
import { STEPS } from "@/lib/review/steps";
import { standingWarnings } from "@/lib/review/warnings";
import { userDataReport } from "@/lib/agents/user-data-budget";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { useLive, useWizard } from "@/components/wizard/wizard-context";
import { DownloadButton } from "./download-button";
import { InstallCommands } from "./install-commands";
import { CertificateWarnings } from "./certificate-warnings";
import { MergePanel } from "@/components/merge/merge-panel";
import { ForgetButton } from "@/components/wizard/forget-button";

function stepTitle(id: string): string {
  return STEPS.find((s) => s.id === id)?.title ?? id;
}

export function ReviewStep() {
  const live = useLive();
  const { goTo, mergeSources, setMergeSources } = useWizard();
  const { config } = live;
  const warnings = useMemo(() => (config ? standingWarnings(config) : []), [config]);
  const userData = useMemo(() => (config ? userDataReport(config) : null), [config]);
  return (
    <section aria-labelledby="review-title" className="space-y-6">
      <div className="space-y-1">
        <h2 id="review-title" className="text-xl font-semibold">
          Review
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Check what still stands, download the bundle, then run its commands in this order.
        </p>
      </div>
      {!config && (
        <Notice tone="error" title="Fix these before downloading">
          <ul className="space-y-1">
            {live.issues.map((issue) => {
              const step = STEPS.find((s) => s.section === issue.path.split(".")[0]);
              return (
                <li key={issue.path + issue.message} className="flex flex-wrap items-center gap-2">
                  <span>{issue.message}</span>
                  {step && (
                    <Button size="sm" variant="ghost" onClick={() => goTo(step.id)}>
                      Go to {step.title}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        </Notice>
      )}
      {warnings.length > 0 && (
        <section aria-labelledby="warnings-title" className="space-y-2">
          <h3 id="warnings-title" className="text-base font-semibold">
            Warnings ({warnings.length})
          </h3>
          <ul className="space-y-2">
            {warnings.map((warning) => (
              <li key={warning.id}>
                <Notice tone="warning">
                  <p>{warning.message}</p>
                  <Button
                    size="sm"
                    variant="ghost"
                    className="-ml-2.5"
                    onClick={() => goTo(warning.step)}
                  >
                    Change it in {stepTitle(warning.step)}
                  </Button>
                </Notice>
              </li>
            ))}
          </ul>
        </section>
      )}
      {userData && (
        <p data-testid="user-data-budget" className="text-sm text-slate-700 dark:text-slate-300">
          {userData.summary}
        </p>
      )}
      {config && (
        <CertificateWarnings
          certificates={config.certificates}
          onFix={() => goTo("certificates")}
        />
      )}
      <MergePanel value={mergeSources} onChange={setMergeSources} config={config} />
      <DownloadButton config={config} mergeSources={mergeSources} fileCount={live.files.length} />
      {config && <InstallCommands config={config} />}
      <section aria-labelledby="files-title" className="space-y-2">
        <h3 id="files-title" className="text-base font-semibold">
          Files in the bundle
        </h3>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
          {live.files.map((file) => (
            <li key={file.path} className="px-3 py-2">
              <span className="font-mono text-xs">{file.path}</span>
              <span className="block text-slate-600 dark:text-slate-400">{file.description}</span>
            </li>
          ))}
        </ul>
      </section>
      <ForgetButton />
    </section>
  );
}
