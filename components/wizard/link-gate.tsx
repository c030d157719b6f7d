"use client";
// Where a share link opened in the browser is read (once, at load).
import type { Config } from "@/lib/config/schema";
import { LinkImportGate } from "@/components/share/link-import-gate";

export function LinkGate({
  onLoad,
}: {
  hasDraft: boolean;
  onLoad: (config: Config, notice: string) => void;
}) {
  // `onLoad` (WizardForm.loadConfig) already asks before replacing answers that are not the
  // defaults, and shows the notice: the gate neither asks nor shows it a second time.
  return <LinkImportGate hasDraft={false} onLoad={onLoad} showLoadedNotice={false} />;
}
