"use client";
// The live preview: one tab per generated file, highlighted, with a copy button and the lines
// that differ from the defaults marked with the setting behind them. While the form has errors
// it keeps showing the last valid configuration, dimmed, and says so.
import { memo, useId, useRef, useState, type KeyboardEvent } from "react";
import type { GeneratedFile } from "@/lib/generators";
import type { FileChanges } from "@/lib/review/changes";
import { previewFileForStep, type StepId } from "@/lib/review/steps";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { Notice } from "@/components/ui/notice";
import { FOCUS_RING } from "@/components/ui/button";
import { ChangeList } from "./change-list";

export const PreviewPanel = memo(function PreviewPanel({
  files,
  changes,
  stale,
  step,
  restrictedEgress,
}: {
  files: readonly GeneratedFile[];
  changes: ReadonlyMap<string, FileChanges>;
  stale: boolean;
  step: StepId;
  restrictedEgress: boolean;
}) {
  const id = useId();
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
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    files.findIndex((f) => f.path === selected),
  );
  const file = files[index];

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
    };
    let next: number | null = null;
    if (event.key in moves) next = (index + moves[event.key]! + files.length) % files.length;
    if (event.key === "Home") next = 0;
    if (event.key === "End") next = files.length - 1;
    if (next === null) return;
    event.preventDefault();
    setSelected(files[next]!.path);
    tabs.current[next]?.focus();
  };

  const fileChanges = file ? changes.get(file.path) : undefined;
  return (
    <section
      id="preview"
      tabIndex={-1}
      aria-label="Preview"
      className="scroll-mt-4 space-y-3 focus:outline-none"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Preview</h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {files.length} files · updates as you type
        </p>
      </div>
      {stale && (
        <Notice tone="warning">
          The form has errors: the preview shows the last valid configuration until they are fixed.
        </Notice>
      )}
      <div
        role="tablist"
        aria-label="Generated files"
        className="flex flex-wrap gap-1"
        onKeyDown={onKeyDown}
      >
        {files.map((f, i) => {
          const isSelected = i === index;
          const c = changes.get(f.path);
          const marked = c && (c.isNew || c.lines.size > 0);
          return (
            <button
              key={f.path}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${i}`}
              aria-selected={isSelected}
              aria-controls={`${id}-panel`}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => setSelected(f.path)}
              className={`rounded-md px-2 py-1 font-mono text-xs ${FOCUS_RING} ${
                isSelected
                  ? "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-950"
                  : "bg-slate-100 text-slate-800 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
              } ${marked ? "border-b-2 border-amber-500" : ""}`}
            >
              {f.path}
            </button>
          );
        })}
      </div>
      {file && (
        <div
          role="tabpanel"
          id={`${id}-panel`}
          aria-labelledby={`${id}-tab-${index}`}
          // Stale (the form has errors): marked by a dashed outline, not faded, so it stays readable.
          className={`space-y-2 ${stale ? "rounded-md outline-2 outline-offset-4 outline-amber-500 outline-dashed" : ""}`}
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
          />
        </div>
      )}
    </section>
  );
});
