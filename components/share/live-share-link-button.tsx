"use client";
// The share button fed by the live configuration: only this small component re-renders as the
// user types, not the header around it.
import { useLive } from "@/components/wizard-state/wizard-context";
import { ShareLinkButton } from "./share-link-button";

export function LiveShareLinkButton() {
  return <ShareLinkButton config={useLive().config} />;
}
