"use client";
// Drop zone, file picker and paste area. Reads files in the browser only; what is refused is
// reported next to the input. Pasted text is not part of the form: until it is added it is kept
// above the step and in the draft (useTyping), unless it holds a private key or is too large.
import { useId, useMemo, useRef, useState, type DragEvent } from "react";
import type { ImportResult } from "@/lib/certs";
import { MAX_KEPT_PASTE_CHARS, pasteNotKept } from "@/lib/draft/typing";
import { loadCertsLib } from "./use-certs-lib";
import { Button } from "@/components/ui/button";
import { useTyping } from "@/components/wizard-state/wizard-context";
import { FOCUS } from "./styles";

const KEPT_KIB = MAX_KEPT_PASTE_CHARS / 1024;
const KEPT = `Until you add it, pasted text is kept in this browser's draft (up to ${KEPT_KIB} KiB), like everything you type.`;
const NOT_KEPT = {
  "too-large": `This text is over ${KEPT_KIB} KiB, too large for the draft this browser keeps: add it before you leave or reload the page.`,
  "private-key":
    "This text holds a private key, which the wizard never stores: it is not kept in the draft, and Add refuses it whole. Take the key block out, and keep only the certificates.",
} as const;

const READ_FAILED: ImportResult = {
  certificates: [],
  problems: [
    {
      severity: "refused",
      code: "corrupt",
      fileName: "",
      message: "The files could not be read. Try again, or paste their contents.",
    },
  ],
};

export function CertificateInput({
  onImport,
  disabled = false,
}: {
  /** Adds what was read; resolves to the number of certificates added. */
  onImport: (result: ImportResult, origin: "files" | "paste") => Promise<number>;
  disabled?: boolean;
}) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const pasteArea = useRef<HTMLTextAreaElement>(null);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useTyping("certificatePaste");
  const [busy, setBusy] = useState(false);
  const notKept = useMemo(() => (pasted === "" ? null : pasteNotKept(pasted)), [pasted]);

  const readFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    try {
      const lib = await loadCertsLib();
      const merged: ImportResult = { certificates: [], problems: [] };
      for (const file of files) {
        // Size first: a huge file is refused before it is read into memory.
        const result =
          file.size > lib.MAX_FILE_BYTES
            ? lib.refuseOversized(file.name, file.size)
            : lib.readCertificateFile(file.name, new Uint8Array(await file.arrayBuffer()));
        merged.certificates.push(...result.certificates);
        merged.problems.push(...result.problems);
      }
      await onImport(merged, "files");
    } catch {
      await onImport(READ_FAILED, "files");
    } finally {
      setBusy(false);
    }
  };

  const readPaste = async () => {
    const lib = await loadCertsLib();
    const result = lib.readPastedText(pasted);
    const hadKey = result.problems.some((p) => p.code === "private-key");
    const emptied = hadKey || result.certificates.length > 0;
    if (emptied) setPasted("");
    const added = await onImport(result, "paste");
    // Nothing new (refused, or already listed) and the box emptied: the button is disabled now,
    // so the focus goes back to the box, beside the messages that say why.
    if (added === 0 && emptied) pasteArea.current?.focus();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <div className="space-y-4">
      <div
        data-testid="certificate-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`rounded-lg border-2 border-dashed p-6 text-center text-sm ${dragging ? "border-sky-500 bg-sky-50 dark:bg-sky-950" : "border-slate-300 dark:border-slate-600"}`}
      >
        <p className="mb-3">
          Drop certificate files here: PEM (one or many certificates), DER (.cer, .der) or PKCS#7
          (.p7b). Up to 1 MiB each. Files are read in this browser and never uploaded.
        </p>
        {/* Reached through the button below: not a tab stop, nor a second control to hear. */}
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          tabIndex={-1}
          aria-label="Choose certificate files"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = "";
            void readFiles(files);
          }}
        />
        <Button
          data-add-certificates=""
          // aria-disabled, not disabled, while reading: a focused button that becomes disabled
          // loses the focus to the page.
          aria-disabled={busy || disabled || undefined}
          className="aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
          onClick={() => !busy && !disabled && fileInput.current?.click()}
        >
          Choose files…
        </Button>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-paste`} className="block text-sm font-medium">
          Or paste PEM certificates, or an existing custom_ca_certificates value to decode it
        </label>
        <textarea
          ref={pasteArea}
          id={`${id}-paste`}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          rows={5}
          spellCheck={false}
          autoComplete="off"
          placeholder="-----BEGIN CERTIFICATE-----"
          aria-describedby={`${id}-paste-kept`}
          className={`block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${FOCUS}`}
        />
        <p
          id={`${id}-paste-kept`}
          data-testid="certificate-paste-kept"
          className={`text-xs ${notKept ? "text-amber-800 dark:text-amber-300" : "text-slate-600 dark:text-slate-400"}`}
        >
          {notKept ? NOT_KEPT[notKept] : KEPT}
        </p>
        <Button
          variant="primary"
          onClick={() => void readPaste()}
          disabled={busy || disabled || pasted.trim() === ""}
        >
          Add pasted certificates
        </Button>
      </div>
    </div>
  );
}
