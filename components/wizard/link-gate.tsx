"use client";
// Where a share link opened in the browser is read (once, at load).
import type { ImportedConfig } from "@/lib/import/read-wizard-config";
import { LinkImportGate } from "@/components/share/link-import-gate";

export function LinkGate({ onLoad }: { onLoad: (loaded: ImportedConfig) => void }) {
  // `onLoad` (WizardForm.loadImported) already asks before replacing answers that are not the
  // defaults, and shows the notice: the gate neither asks nor shows it a second time.
  return <LinkImportGate hasDraft={false} onLoad={onLoad} showLoadedNotice={false} />;
}
