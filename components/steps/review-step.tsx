"use client";
// Review: what to do first (the download, the bastion command, the share link, with one line on
// what stands in the way), then what is still wrong or risky (each with a way to the field that
// fixes it), every choice in one line, and the commands in order; the optional merge, folded.
import { useMemo, useState } from "react";
import { STEPS, type StepId } from "@/lib/steps/steps";
import { reviewWarningsOf } from "@/components/wizard-state/review-warnings";
import { configSummary, markErrors } from "@/lib/review/summary";
import { ClusterExpectations } from "./cluster-expectations";
import { userDataReport } from "@/lib/ec2-user-data/user-data-budget";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { useLive, useWizard } from "@/components/wizard-state/wizard-context";
import { WaitingNote } from "@/components/ui/waiting-note";
import { DownloadButton } from "./download-button";
import { GitopsChoice } from "./gitops-choice";
import { BastionCommand } from "./bastion-command";
import { InstallCommands } from "./install-commands";
import { planOf } from "@/components/wizard-state/use-plan";
import { CertificateWarnings } from "./certificate-warnings";
import { MergePanel } from "@/components/merge/merge-panel";
import { useMergeWarnings } from "@/components/merge/use-merge-warnings";
import { ForgetButton } from "./forget-button";
import { useTlsCheckResults } from "@/components/tls-check/use-tls-checks";
import { TlsCheckSummary } from "@/components/tls-check/tls-check-summary";
import { checkWarnings } from "@/lib/tls-check/describe";

function stepTitle(id: string): string {
  return STEPS.find((s) => s.id === id)?.title ?? id;
}

function ChangeButton({ step, field, what }: { step: StepId; field?: string; what: string }) {
  const { goToField } = useWizard();
  return (
    <Button
      size="sm"
      variant="ghost"
      className="-my-1 shrink-0"
      aria-label={`Change ${what} (${stepTitle(step)})`}
      onClick={() => goToField(step, field)}
    >
      Change
    </Button>
  );
}

/** One line above the download: whether it is ready, and how much is below to read first. */
function ReviewStatus({ errors, warnings }: { errors: number; warnings: number }) {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const text =
    errors > 0
      ? `${plural(errors, "field")} to fix before the download${warnings > 0 ? `, and ${plural(warnings, "warning")}` : ""}: listed below.`
      : warnings > 0
        ? `Ready to download. ${plural(warnings, "warning")} below: read them before you run anything.`
        : "Ready to download: no errors, no warnings.";
  return (
    <p
      data-testid="review-status"
      className={`text-sm font-medium ${errors > 0 ? "text-red-700 dark:text-red-400" : "text-slate-800 dark:text-slate-200"}`}
    >
      {text}
    </p>
  );
}

export function ReviewStep() {
  const live = useLive();
  const { goToField, mergeSources, setMergeSources } = useWizard();
  // `config` (valid as typed, or null) is what the download, the bastion command and the merge
  // take; everything shown reads `settled`: every valid answer as typed, each field that waits
  // at its last valid value, and says so.
  const { config, settled } = live;
  const summary = useMemo(
    () => markErrors(configSummary(planOf(settled)), live.waiting),
    [settled, live.waiting],
  );
  const checks = useTlsCheckResults(settled);
  const configWarnings = reviewWarningsOf(settled);
  const mergeWarnings = useMergeWarnings(config, mergeSources);
  const warnings = useMemo(
    () => [
      ...configWarnings,
      ...(checks.results ? checkWarnings(checks.results) : []),
      ...mergeWarnings,
    ],
    [configWarnings, checks.results, mergeWarnings],
  );
  const userData = useMemo(() => userDataReport(planOf(settled)), [settled]);
  // Folded unless files to merge into are already there (a kept draft).
  const [mergeOpen, setMergeOpen] = useState(() =>
    Boolean(mergeSources.values || mergeSources.agentValues),
  );
  return (
    <section aria-labelledby="review-title" className="space-y-6">
      <div className="space-y-1">
        <h2 id="review-title" className="text-xl font-semibold">
          Review
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Download the bundle, then run its commands in order. What still stands, and every choice,
          follow below.
        </p>
      </div>
      <section aria-labelledby="review-actions-title" className="space-y-3">
        <h3 id="review-actions-title" className="sr-only">
          Download and hand over
        </h3>
        <ReviewStatus errors={live.issues.length} warnings={warnings.length} />
        <GitopsChoice />
        <DownloadButton config={config} mergeSources={mergeSources} fileCount={live.files.length} />
        <BastionCommand config={config} mergeSources={mergeSources} />
        <p className="text-sm text-slate-600 dark:text-slate-400">
          For a colleague or a change ticket: <strong>Share link</strong>, at the top of the page,
          holds the whole configuration but no password.
        </p>
      </section>
      {!config && (
        <Notice tone="error" title="Fix these before downloading">
          <ul className="space-y-1">
            {live.issues.map((issue) => {
              const step = STEPS.find((s) => s.section === issue.path.split(".")[0]);
              return (
                <li key={issue.path + issue.message} className="flex flex-wrap items-center gap-2">
                  <span>{issue.message}</span>
                  {step && (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => goToField(step.id, issue.path)}
                    >
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
                    onClick={() => goToField(warning.step, warning.field)}
                  >
                    Change it in {stepTitle(warning.step)}
                  </Button>
                </Notice>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="summary-title" className="space-y-2">
        <h3 id="summary-title" className="text-base font-semibold">
          Your choices{!config && " (lines with an error say so)"}
        </h3>
        <dl
          data-testid="review-summary"
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800"
        >
          {summary.map((line) => (
            // On phones the label sits above its value, which then has the whole width.
            <div
              key={line.label}
              className="flex flex-col gap-0.5 px-3 py-2 sm:flex-row sm:items-start sm:gap-3"
            >
              <dt className="shrink-0 font-medium sm:w-32">{line.label}</dt>
              <dd className="flex min-w-0 flex-1 items-start justify-between gap-2">
                {line.error ? (
                  <span
                    data-summary-error=""
                    className="min-w-0 break-words text-red-700 dark:text-red-400"
                  >
                    <span aria-hidden="true">✗ </span>has an error: {line.error}
                  </span>
                ) : (
                  <span className="min-w-0 break-words text-slate-700 dark:text-slate-300">
                    {line.value}
                  </span>
                )}
                <ChangeButton step={line.step} field={line.field} what={line.label} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {settled.network.cluster.mode === "existing" && (
        <ClusterExpectations name={settled.network.cluster.name} />
      )}
      {settled.tlsChecks.length > 0 && <TlsCheckSummary results={checks.results} />}
      <CertificateWarnings
        certificates={settled.certificates}
        onFix={() => goToField("certificates")}
      />
      {userData && (
        <p data-testid="user-data-budget" className="text-sm text-slate-700 dark:text-slate-300">
          {userData.summary}
        </p>
      )}
      <div className="space-y-2">
        <WaitingNote what="The commands" />
        <InstallCommands plan={planOf(settled)} />
      </div>
      <details
        open={mergeOpen}
        onToggle={(event) => setMergeOpen(event.currentTarget.open)}
        data-testid="merge-details"
        className="rounded-lg border border-slate-300 p-4 dark:border-slate-700"
      >
        <summary className="cursor-pointer text-sm font-medium">
          Merge into your existing values files (optional)
        </summary>
        <div className="mt-4">
          <MergePanel value={mergeSources} onChange={setMergeSources} config={config} />
        </div>
      </details>
      <ForgetButton />
    </section>
  );
}
