"use client";
// Import a configuration: a wizard-config.json from an earlier bundle (picker or drag and drop)
// or a pasted share link, read as `npm run generate` reads it (lib/import). Errors stay next to
// the control that caused them; the draft is only touched through `onImport`, after the input
// was fully read. The reader (with the link decoder) loads when something is imported, the
// certificate library only when it holds certificates.
import { useId, useState, type DragEvent } from "react";
import type { ImportedConfig, ImportReading } from "@/lib/import/read-wizard-config";
import { Button, FOCUS_RING } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";

const loadReader = () => import("@/lib/import/read-on-page");

async function readConfigFile(files: readonly File[]): Promise<ImportReading> {
  const { MAX_CONFIG_FILE_BYTES, readWizardConfigOnPage } = await loadReader();
  const file = files[0];
  if (!file) return { ok: false, error: "No file was chosen." };
  if (files.length > 1)
    return { ok: false, error: "Choose one file: the wizard-config.json from a bundle." };
  if (file.size > MAX_CONFIG_FILE_BYTES)
    return {
      ok: false,
      error: `${file.name} is larger than 5 MB: it is not a wizard-config.json.`,
    };
  try {
    return await readWizardConfigOnPage(await file.text());
  } catch {
    return { ok: false, error: `The browser could not read ${file.name}.` };
  }
}

export function ImportPanel({ onImport }: { onImport: (loaded: ImportedConfig) => void }) {
  const id = useId();
  const [fileError, setFileError] = useState<string>();
  const [pasteError, setPasteError] = useState<string>();
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);

  const importFile = async (list: FileList | null) => {
    // Copied at once: the input clears its live FileList right after this call.
    const result = await readConfigFile(Array.from(list ?? []));
    if (!result.ok) return setFileError(`${result.error} Your draft is unchanged.`);
    setFileError(undefined);
    onImport(result);
  };
  const importPasted = async () => {
    if (pasted.trim() === "")
      return setPasteError("Paste a share link or the contents of a wizard-config.json first.");
    const { readWizardConfigOnPage } = await loadReader();
    const result = await readWizardConfigOnPage(pasted);
    if (!result.ok) return setPasteError(`${result.error} Your draft is unchanged.`);
    setPasteError(undefined);
    setPasted("");
    onImport(result);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFile(event.dataTransfer.files);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4">
      <h3 id={`${id}-title`} className="text-base font-semibold">
        Import a configuration
      </h3>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop-zone"
        className={`space-y-2 rounded-lg border-2 border-dashed p-4 text-sm ${dragging ? "border-sky-500 bg-sky-50 dark:bg-sky-950" : "border-slate-300 dark:border-slate-600"}`}
      >
        <label htmlFor={`${id}-file`} className="block font-medium">
          wizard-config.json from an earlier bundle
        </label>
        <p id={`${id}-file-hint`} className="text-slate-600 dark:text-slate-400">
          Drop the file here or choose it. It is read in this browser and never uploaded.
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-file-hint ${id}-file-error`}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => {
            void importFile(event.target.files);
            event.target.value = "";
          }}
          className={`block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100 ${FOCUS_RING}`}
        />
        <FieldError id={`${id}-file-error`} message={fileError} />
      </div>
      <div className="space-y-2 text-sm">
        <label htmlFor={`${id}-paste`} className="block font-medium">
          Share link
        </label>
        <p id={`${id}-paste-hint`} className="text-slate-600 dark:text-slate-400">
          Paste the whole link, or the contents of a wizard-config.json.
        </p>
        <textarea
          id={`${id}-paste`}
          rows={3}
          value={pasted}
          spellCheck={false}
          onChange={(event) => setPasted(event.target.value)}
          aria-describedby={`${id}-paste-hint ${id}-paste-error`}
          aria-invalid={pasteError ? true : undefined}
          className={`block w-full rounded-md border bg-white px-3 py-2 font-mono text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${pasteError ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600"} ${FOCUS_RING}`}
        />
        <FieldError id={`${id}-paste-error`} message={pasteError} />
        <Button onClick={() => void importPasted()}>Import</Button>
      </div>
    </section>
  );
}
