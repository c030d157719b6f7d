"use client";
// Where a share link opened in the browser is read (once, at load).
import type { Config } from "@/lib/config/schema";
// TODO(share): render LinkImportGate from components/share/link-import-gate.tsx once it lands.

export function LinkGate(_props: {
  hasDraft: boolean;
  onLoad: (config: Config, notice: string) => void;
}) {
  return null;
}
