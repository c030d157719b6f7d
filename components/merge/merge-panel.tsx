"use client";
// Merge into existing values files: the user pastes or drops the values.yaml they already use
// (and the agent chart's when agents run in Kubernetes); the panel shows what the merge changes.
// The bundle then holds the merged files (lib/generators/index.ts, options.mergeSources).
// The merge runs in a worker (use-merge-report.ts): a large file takes seconds, shown as such.
import { useEffect, useState } from "react";
import type { Config } from "@/lib/config/schema";
import type { DiffHunk, MergeResult, MergeSources } from "@/lib/merge";
import { Notice } from "@/components/ui/notice";
import { MergeDiff } from "./merge-diff";
import { MergeSourceField, type SourceError } from "./merge-source-field";
import { useMergeReport } from "./use-merge-report";

function sourceError(result: MergeResult | undefined): SourceError | undefined {
  return result && !result.ok ? { message: result.error, line: result.line } : undefined;
}

export function MergePanel({
  value,
  onChange,
  config,
}: {
  value: MergeSources;
  onChange: (value: MergeSources) => void;
  config: Config | null;
}) {
  const merge = useMergeReport(config, value);
  const outcome = merge.report?.outcome ?? {};
  const loadError = merge.error;
  const agents = config?.basics.agents.kubernetes ?? false;
  return (
    <section aria-labelledby="merge-title" className="space-y-4" data-testid="merge-panel">
      <div className="space-y-1">
        <h3 id="merge-title" className="text-base font-semibold">
          Merge into your existing values.yaml (optional)
        </h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Already have a values file for the chart? Paste it, drop it, or paste the output of{" "}
          <code>helm get values RELEASE -n NAMESPACE</code>. The wizard writes only its own keys
          (appDomain, ingress, the proxy variables in extraEnv) and keeps your comments, key order
          and every other value; the bundle then holds the merged file. The text never leaves this
          browser.
        </p>
      </div>
      <label className="flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          checked={value.keep ?? false}
          onChange={(event) => onChange({ ...value, keep: event.target.checked })}
          aria-describedby="merge-keep-hint"
          className="mt-0.5 h-4 w-4 shrink-0 accent-sky-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-offset-2 dark:accent-sky-400"
        />
        <span>
          <span className="font-medium">Keep these files in this browser</span>
          <span id="merge-keep-hint" className="block text-slate-600 dark:text-slate-400">
            Values files may hold passwords: by default they stay only in this page&apos;s memory
            and a reload forgets them. Tick to keep them in the saved draft.
          </span>
        </span>
      </label>
      {loadError && <Notice tone="error">{loadError}</Notice>}
      {!config && (value.values || value.agentValues) && (
        <Notice tone="warning">
          The merge shows once the configuration is valid: fix the errors listed above.
        </Notice>
      )}
      <MergeSourceField
        testId="merge-values"
        label="Your values.yaml (spacelift-flows chart)"
        hint="Becomes helm/values.yaml in the bundle, merged with the wizard's settings."
        text={value.values ?? ""}
        onText={(text) => onChange({ ...value, values: text })}
        error={sourceError(outcome.values)}
      />
      <MergeProgress pending={merge.pending} since={merge.since} />
      <MergeResultView
        hunks={merge.report?.hunks.values ?? NO_HUNKS}
        result={value.values ? outcome.values : undefined}
        name="values.yaml"
      />
      {agents && (
        <>
          <MergeSourceField
            testId="merge-agent-values"
            label="Your agent values file (spacelift-flows-agent chart)"
            hint="Becomes helm/agent-values.yaml in the bundle, merged with the agent settings."
            text={value.agentValues ?? ""}
            onText={(text) => onChange({ ...value, agentValues: text })}
            error={sourceError(outcome.agentValues)}
          />
          <MergeResultView
            hunks={merge.report?.hunks.agentValues ?? NO_HUNKS}
            result={value.agentValues ? outcome.agentValues : undefined}
            name="agent-values.yaml"
          />
        </>
      )}
      {!agents && value.agentValues && (
        <Notice tone="info">
          Your agent values file is kept but not used: agents do not run in Kubernetes (Basics).
        </Notice>
      )}
    </section>
  );
}

const NO_HUNKS: DiffHunk[] = [];

/** "Merging…" while the worker merges, with the seconds it has taken so far. */
function MergeProgress({ pending, since }: { pending: boolean; since: number }) {
  const [now, setNow] = useState(since);
  useEffect(() => {
    if (!pending) return;
    const timer = window.setInterval(() => setNow(performance.now()), 1000);
    return () => window.clearInterval(timer);
  }, [pending]);
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  return (
    <p
      role="status"
      data-testid="merge-progress"
      className="text-sm text-slate-600 dark:text-slate-400"
    >
      {pending ? `Merging your values file…${seconds >= 1 ? ` ${seconds} s` : ""}` : ""}
    </p>
  );
}

function MergeResultView({
  hunks,
  result,
  name,
}: {
  hunks: readonly DiffHunk[];
  result: MergeResult | undefined;
  name: string;
}) {
  if (!result) return null;
  if (!result.ok)
    return (
      <Notice tone="error">
        Nothing was merged: the bundle keeps the wizard&apos;s own {name} until the file above can
        be merged.
      </Notice>
    );
  return (
    <div className="space-y-2" data-testid={`merge-result-${name}`}>
      <details className="text-sm">
        <summary className="cursor-pointer rounded font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500">
          What the merge did ({result.notes.length})
        </summary>
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700 dark:text-slate-300">
          {result.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      </details>
      <MergeDiff hunks={hunks} label={`Changes to your ${name}`} />
    </div>
  );
}
