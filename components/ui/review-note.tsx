"use client";
// What Review would say about a field, said under the field itself while it is typed: the same
// warnings (lib/review/warnings.ts), for the settled configuration, those that name this field.
// The warnings' code (and the install plan they read) loads after the first paint, so it costs
// the first screen nothing.
import { useContext, useEffect, useState } from "react";
import { LiveContext } from "@/components/wizard-state/wizard-context";
import {
  loadedReviewWarnings,
  loadReviewWarnings,
} from "@/components/wizard-state/load-review-warnings";

export function ReviewNote({ name }: { name: string }) {
  const live = useContext(LiveContext);
  const [lib, setLib] = useState(loadedReviewWarnings);
  useEffect(() => {
    if (lib || !live) return;
    let active = true;
    loadReviewWarnings().then(
      (module) => active && setLib(() => module),
      () => {
        // Not loaded (offline): the notes stay away; Review says the same warnings.
      },
    );
    return () => {
      active = false;
    };
  }, [lib, live]);
  if (!live || !lib) return null;
  // One computation per settled configuration, however many fields ask (and made while the page
  // is idle: components/wizard/use-live-config.ts).
  const mine = lib.reviewWarningsOf(live.settled).filter((warning) => warning.field === name);
  if (mine.length === 0) return null;
  return (
    <>
      {mine.map((warning) => (
        <p
          key={warning.id}
          data-review-note={warning.id}
          className="text-sm text-amber-800 dark:text-amber-300"
        >
          <span className="font-medium">Review warns: </span>
          {warning.message}
        </p>
      ))}
    </>
  );
}
