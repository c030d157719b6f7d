"use client";
// The unified diff of the user's file against the merged one: removed lines red with "-", added
// lines green with "+", a few unchanged lines around each change. The markers are text, so the
// diff reads the same without colour and to a screen reader.
import { memo } from "react";
import type { DiffHunk, DiffLine } from "@/lib/merge";

const ROW: Record<DiffLine["kind"], string> = {
  equal: "text-slate-700 dark:text-slate-300",
  add: "bg-emerald-100 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100",
  remove: "bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100",
};

const MARKER: Record<DiffLine["kind"], string> = { equal: " ", add: "+", remove: "-" };
const SPOKEN: Record<DiffLine["kind"], string> = { equal: "", add: "added: ", remove: "removed: " };

export const MergeDiff = memo(function MergeDiff({
  hunks,
  label,
}: {
  hunks: readonly DiffHunk[];
  label: string;
}) {
  const lines = hunks.flatMap((h) => h.lines);
  const added = lines.filter((l) => l.kind === "add").length;
  const removed = lines.filter((l) => l.kind === "remove").length;
  if (hunks.length === 0)
    return <p className="text-sm text-slate-700 dark:text-slate-300">No line changes.</p>;
  return (
    <div className="space-y-1">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {added} line{added === 1 ? "" : "s"} added, {removed} removed.
      </p>
      <pre
        tabIndex={0}
        aria-label={label}
        data-testid="merge-diff"
        className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 py-2 text-xs leading-5 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:border-slate-700 dark:bg-slate-900"
      >
        <code className="block min-w-max">
          {hunks.map((hunk) => (
            <span key={`${hunk.oldStart}-${hunk.newStart}`} className="block">
              <span className="block px-2 text-slate-500 dark:text-slate-400">
                @@ line {hunk.oldStart} of yours, line {hunk.newStart} merged @@{"\n"}
              </span>
              {hunk.lines.map((line, i) => (
                <span key={i} data-diff={line.kind} className={`block pr-3 pl-2 ${ROW[line.kind]}`}>
                  <span aria-hidden="true" className="inline-block w-4 select-none font-bold">
                    {MARKER[line.kind]}
                  </span>
                  {SPOKEN[line.kind] && <span className="sr-only">{SPOKEN[line.kind]}</span>}
                  {line.text}
                  {"\n"}
                </span>
              ))}
            </span>
          ))}
        </code>
      </pre>
    </div>
  );
});
