"use client";
// The wizard: reads the saved draft, then hands over to the form with it, so a restored draft
// never flashes the defaults first.
import { useState } from "react";
import { loadDraft } from "@/lib/draft/draft";
import { boot, type Boot } from "./boot";
import { WizardForm } from "./wizard-form";

/** Client-only (loaded after hydration by WizardShell), so the draft can be read while rendering the first time. */
export function Wizard() {
  const [state] = useState<Boot>(() => {
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      // Storage blocked (some file:// setups, strict privacy modes): start fresh, save nothing.
    }
    return boot(storage ? loadDraft(storage) : { status: "none" });
  });
  return <WizardForm boot={state} />;
}
