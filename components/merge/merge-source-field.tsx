"use client";
// One existing values file: paste it, drop it or pick it. The file is read in the browser only;
// lib/merge/source-file.ts decides whether a picked file may replace the text.
// A parse error is shown under the text, with a button that selects the line it points at.
import { useId, useRef, useState, type DragEvent } from "react";
import { Button, FOCUS_RING } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { checkValuesFileSize, readValuesFile } from "@/lib/merge/source-file";

export interface SourceError {
  message: string;
  line?: number;
}

export function MergeSourceField({
  label,
  hint,
  text,
  onText,
  error,
  testId,
}: {
  label: string;
  hint: string;
  text: string;
  onText: (text: string) => void;
  error?: SourceError;
  testId: string;
}) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);

  // An empty, oversized or binary file leaves the field as it was and says why.
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const tooLarge = checkValuesFileSize(file.name, file.size);
    if (tooLarge) return setReadError(tooLarge);
    try {
      const read = readValuesFile(file.name, await file.text());
      if (!read.ok) return setReadError(read.error);
      setReadError(null);
      onText(read.text);
    } catch {
      setReadError(`${file.name} could not be read. Try again, or paste its contents.`);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };

  const showLine = (line: number) => {
    const element = area.current;
    if (!element) return;
    const lines = element.value.split("\n");
    const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
    element.focus();
    element.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  };

  const message = readError ?? error?.message;
  return (
    <div className="space-y-1" data-testid={testId}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      <textarea
        id={id}
        ref={area}
        value={text}
        onChange={(event) => {
          setReadError(null);
          onText(event.target.value);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        rows={text ? 10 : 4}
        spellCheck={false}
        autoComplete="off"
        placeholder="Paste your values.yaml here, or drop the file"
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        className={`block w-full rounded-md border bg-white px-3 py-2 font-mono text-xs text-slate-900 placeholder:text-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${FOCUS_RING} ${message ? "border-red-600 dark:border-red-400" : dragging ? "border-sky-500 bg-sky-50 dark:bg-sky-950" : "border-slate-300 dark:border-slate-600"}`}
      />
      <FieldError id={`${id}-error`} message={message} />
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          aria-label={`Choose a file: ${label}`}
          onClick={() => picker.current?.click()}
        >
          Choose a file…
        </Button>
        {error?.line !== undefined && !readError && (
          <Button size="sm" variant="ghost" onClick={() => showLine(error.line!)}>
            Select line {error.line}
          </Button>
        )}
        {text !== "" && (
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Clear: ${label}`}
            onClick={() => {
              setReadError(null);
              onText("");
            }}
          >
            Clear
          </Button>
        )}
        <input
          ref={picker}
          type="file"
          accept=".yaml,.yml,.txt,text/yaml,text/plain"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            void readFile(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
      </div>
    </div>
  );
}
