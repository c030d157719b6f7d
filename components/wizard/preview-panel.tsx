"use client";
// The live preview: one tab per generated file, grouped (Helm, Terraform, scripts, egress, …),
// highlighted and numbered, with a copy button and the lines that differ from the defaults marked
// with the setting behind them. While fields are invalid it shows every valid answer as typed and
// the invalid ones at their last valid value, outlined, and names the fields it waits for.
import {
  Fragment,
  memo,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import type { GeneratedFile } from "@/lib/generators";
import type { FileChanges } from "@/lib/preview/changes";
import { groupFiles, shortName } from "@/lib/preview/file-groups";
import { previewFileForStep, type StepId } from "@/lib/steps/steps";
import { CHANGED_MARK, CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { FOCUS_RING } from "@/components/ui/button";
import { ChangeList } from "./change-list";
import { PreviewLegend, NEW_MARK } from "./preview-legend";
import { useWrapLines } from "./use-wrap-lines";

const MOVES: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export const PreviewPanel = memo(function PreviewPanel({
  files: generated,
  changes,
  waitingNote,
  step,
  restrictedEgress,
}: {
  files: readonly GeneratedFile[];
  changes: ReadonlyMap<string, FileChanges>;
  /** Names the invalid fields the files wait for; absent when every field is valid. */
  waitingNote?: ReactNode;
  step: StepId;
  restrictedEgress: boolean;
}) {
  const id = useId();
  const [wrap, setWrap] = useWrapLines();
  // Tabs in group order, so the arrow keys walk them as they are laid out.
  const { groups, files } = useMemo(() => {
    const byPath = new Map(generated.map((f) => [f.path, f]));
    const grouped = groupFiles(generated.map((f) => f.path));
    return { groups: grouped, files: grouped.flatMap((g) => g.paths.map((p) => byPath.get(p)!)) };
  }, [generated]);
  // The preview follows the step; a tab the user picks wins until the step changes.
  const [choice, setChoice] = useState<{ step: StepId; path: string } | null>(null);
  const selected =
    choice?.step === step
      ? choice.path
      : previewFileForStep(
          step,
          files.map((f) => f.path),
          restrictedEgress,
        );
  const setSelected = (path: string) => setChoice({ step, path });
  const tabs = useRef(new Map<string, HTMLButtonElement | null>());
  const index = Math.max(
    0,
    files.findIndex((f) => f.path === selected),
  );
  const file = files[index];

  const onKeyDown = (event: KeyboardEvent) => {
    let next: number | null = null;
    if (event.key in MOVES) next = (index + MOVES[event.key]! + files.length) % files.length;
    if (event.key === "Home") next = 0;
    if (event.key === "End") next = files.length - 1;
    if (next === null) return;
    event.preventDefault();
    const path = files[next]!.path;
    setSelected(path);
    tabs.current.get(path)?.focus();
  };

  // By position: a path may hold characters an id reference should not.
  const tabId = (path: string) => `${id}-tab-${files.findIndex((f) => f.path === path)}`;
  const fileChanges = file ? changes.get(file.path) : undefined;
  return (
    <section
      id="preview"
      tabIndex={-1}
      aria-label="Preview"
      className="min-w-0 scroll-mt-4 space-y-3 focus:outline-none"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Preview</h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {files.length} files · updates as you type
        </p>
      </div>
      {waitingNote}
      <div
        role="tablist"
        aria-label="Generated files"
        aria-describedby={`${id}-legend`}
        className="grid grid-cols-[auto_minmax(0,1fr)] items-start gap-x-2 gap-y-1"
        onKeyDown={onKeyDown}
      >
        {groups.map((group) => (
          <Fragment key={group.id}>
            {/* Each tab is named by its full path, which says the group to screen readers. */}
            <span
              aria-hidden="true"
              className="pt-1 text-[0.6875rem] leading-4 font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
            >
              {group.label}
            </span>
            <div data-file-group={group.id} className="flex flex-wrap gap-1">
              {group.paths.map((path) => {
                const isSelected = path === file?.path;
                const c = changes.get(path);
                const mark = c?.isNew ? NEW_MARK : c && c.lines.size > 0 ? CHANGED_MARK : null;
                const short = shortName(path);
                return (
                  <button
                    key={path}
                    ref={(el) => {
                      tabs.current.set(path, el);
                    }}
                    type="button"
                    role="tab"
                    // Named by the full path; the text shows the short name after the group label.
                    aria-label={path}
                    id={tabId(path)}
                    aria-selected={isSelected}
                    aria-controls={`${id}-panel`}
                    aria-describedby={
                      mark ? `${id}-${mark === NEW_MARK ? "new" : "changed"}` : undefined
                    }
                    data-mark={mark === NEW_MARK ? "new" : mark ? "changed" : undefined}
                    tabIndex={isSelected ? 0 : -1}
                    onClick={() => setSelected(path)}
                    className={`file-tab rounded px-1.5 py-0.5 font-mono text-xs ${FOCUS_RING} ${
                      isSelected
                        ? "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-950"
                        : "bg-slate-100 text-slate-800 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
                    }`}
                  >
                    {short !== path && (
                      <span className="sr-only">{path.slice(0, -short.length)}</span>
                    )}
                    {short}
                  </button>
                );
              })}
            </div>
          </Fragment>
        ))}
      </div>
      <span id={`${id}-changed`} hidden>
        Differs from the defaults
      </span>
      <span id={`${id}-new`} hidden>
        Not in the default bundle
      </span>
      <PreviewLegend id={`${id}-legend`} wrap={wrap} onWrap={setWrap} />
      {file && (
        <div
          role="tabpanel"
          id={`${id}-panel`}
          aria-labelledby={tabId(file.path)}
          // Waiting for a field: marked by a dashed outline, not faded, so it stays readable.
          className={`space-y-2 ${waitingNote ? "rounded-md outline-2 outline-offset-4 outline-amber-500 outline-dashed" : ""}`}
        >
          <div className="flex items-start justify-between gap-2">
            <p className="text-sm text-slate-700 dark:text-slate-300">{file.description}</p>
            <CopyButton text={file.contents} what={file.path} />
          </div>
          {fileChanges && <ChangeList changes={fileChanges} />}
          <CodeBlock
            text={file.contents}
            language={file.language}
            changed={fileChanges?.lines}
            label={`${file.path}, generated`}
            lineNumbers
            wrap={wrap}
          />
        </div>
      )}
    </section>
  );
});
