"use client";
// Opens a share link: reads `#c=…` once at load (and when a link is pasted into the address bar
// of an open wizard), asks before replacing a draft, and clears the link from the address so a
// reload does not import again. A damaged link (`##c=…`, `?c=…`, …) loads nothing and says what
// is wrong (lib/share/fragment.ts decides). Decoding never throws; on any error the draft is
// left as it was. The link is read as an imported file or `npm run generate` reads it
// (lib/import), whose reader loads only when the address holds a link (and the certificate
// library only when the link holds certificates).
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { addressWithoutShareLink, looksLikeShareLink } from "@/lib/share/fragment";
import type { ImportedConfig } from "@/lib/import/read-wizard-config";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";

type Message = { tone: "success" | "warning" | "error" | "info"; text: string };

/** Removes the link without a new history entry, keeping the router's history state. */
function clearLink() {
  window.history.replaceState(
    window.history.state,
    "",
    addressWithoutShareLink(window.location.href),
  );
}

export function LinkImportGate({
  hasDraft,
  onLoad,
  showLoadedNotice = true,
}: {
  hasDraft: boolean;
  onLoad: (loaded: ImportedConfig) => void;
  /** Off when the page shows the notice it receives through `onLoad` itself. */
  showLoadedNotice?: boolean;
}) {
  const [pending, setPending] = useState<ImportedConfig | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  // Read at decision time, so the effect below runs once and never re-reads a cleared fragment.
  const latest = useRef({ hasDraft, onLoad, showLoadedNotice });
  useLayoutEffect(() => {
    latest.current = { hasDraft, onLoad, showLoadedNotice };
  });

  const load = (loaded: ImportedConfig) => {
    const { onLoad: apply, showLoadedNotice: show } = latest.current;
    apply(loaded);
    setMessage(
      show
        ? { tone: loaded.dropped.length > 0 ? "warning" : "success", text: loaded.notice }
        : null,
    );
  };

  useEffect(() => {
    const read = () => {
      const address = window.location.search + window.location.hash;
      if (!looksLikeShareLink(address)) return;
      clearLink();
      void import("@/lib/import/read-on-page").then(async ({ readWizardConfigOnPage }) => {
        const result = await readWizardConfigOnPage(address);
        if (!result.ok) {
          setPending(null);
          setMessage({ tone: "error", text: `${result.error} Your draft is unchanged.` });
        } else if (latest.current.hasDraft) {
          setMessage(null);
          setPending(result);
        } else load(result);
      });
    };
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);

  return (
    <>
      {message && (
        <div className="mx-auto max-w-[90rem] px-4 pt-4 sm:px-6" data-testid="share-link-notice">
          <Notice
            tone={message.tone}
            role={message.tone === "error" ? "alert" : "status"}
            title={message.tone === "error" ? "The share link could not be opened" : undefined}
            onDismiss={() => setMessage(null)}
          >
            <p>{message.text}</p>
          </Notice>
        </div>
      )}
      <ConfirmDialog
        open={pending !== null}
        title="Replace your draft with the shared configuration?"
        confirmLabel="Replace my draft"
        danger
        onConfirm={() => {
          if (pending) load(pending);
          setPending(null);
        }}
        onCancel={() => {
          setPending(null);
          setMessage({
            tone: "info",
            text: "You kept your draft; the shared configuration was not loaded.",
          });
        }}
      >
        <p>This page holds a draft you were working on. The link you opened would replace it.</p>
        {pending && <p className="text-slate-700 dark:text-slate-300">{pending.notice}</p>}
        <p>To keep both, cancel, download your bundle first, then open the link again.</p>
      </ConfirmDialog>
    </>
  );
}
