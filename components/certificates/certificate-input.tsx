"use client";
// Drop zone, file picker and paste area. Reads files in the browser only; what is refused is
// reported next to the input. Pasted text is never part of the form (so never autosaved).
import { useId, useRef, useState, type DragEvent } from "react";
import type { ImportResult } from "@/lib/certs";
import { loadCertsLib } from "./use-certs-lib";
import { Button } from "@/components/ui/button";
import { FOCUS } from "./styles";

export function CertificateInput({
  onImport,
  disabled = false,
}: {
  onImport: (result: ImportResult) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState("");
  const [busy, setBusy] = useState(false);

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
      onImport(merged);
    } catch {
      onImport({
        certificates: [],
        problems: [
          {
            severity: "refused",
            code: "corrupt",
            fileName: "",
            message: "The files could not be read. Try again, or paste their contents.",
          },
        ],
      });
    } finally {
      setBusy(false);
    }
  };

  const readPaste = async () => {
    const lib = await loadCertsLib();
    const result = lib.readPastedText(pasted);
    onImport(result);
    const hadKey = result.problems.some((p) => p.code === "private-key");
    if (hadKey || result.certificates.length > 0) setPasted("");
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
        <label htmlFor={`${id}-files`} className="sr-only">
          Choose certificate files
        </label>
        <input
          ref={fileInput}
          id={`${id}-files`}
          type="file"
          multiple
          className="sr-only"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = "";
            void readFiles(files);
          }}
        />
        <Button onClick={() => fileInput.current?.click()} disabled={busy || disabled}>
          Choose files…
        </Button>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-paste`} className="block text-sm font-medium">
          Or paste PEM certificates, or an existing custom_ca_certificates value to decode it
        </label>
        <textarea
          id={`${id}-paste`}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          rows={5}
          spellCheck={false}
          autoComplete="off"
          placeholder="-----BEGIN CERTIFICATE-----"
          className={`block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${FOCUS}`}
        />
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
