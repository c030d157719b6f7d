"use client";
// Copies text to the clipboard and says so (visibly and to screen readers).
import { useState } from "react";
import { Button } from "./button";

/** `what` names what is copied: the button is named "Copy <what>" (then "Copied <what>"). */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  };
  const shown = state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "Copy";
  return (
    // The visible word starts the name, so "Copy" said to a voice control reaches the button.
    <Button size="sm" variant="secondary" onClick={copy} aria-label={`${shown} ${what}`}>
      <span aria-hidden="true">{shown}</span>
      <span role="status" className="sr-only">
        {state === "copied"
          ? "Copied"
          : state === "failed"
            ? "Copy failed: select the text instead"
            : ""}
      </span>
    </Button>
  );
}
