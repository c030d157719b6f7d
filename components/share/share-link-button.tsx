"use client";
// "Share link": the configuration in the URL fragment, never sent to a server. The panel (and
// the link encoder with its deflate library) loads when the button is first pointed at or
// focused, so it costs the page nothing until it is wanted.
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import type { Config } from "@/lib/config/schema";
import { Button } from "@/components/ui/button";

const loadPanel = () => import("./share-link-panel");
const ShareLinkPanel = lazy(() => loadPanel().then((m) => ({ default: m.ShareLinkPanel })));

export function ShareLinkButton({ config }: { config: Config | null }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent | MouseEvent) => {
      const outside =
        event instanceof MouseEvent && !wrapper.current?.contains(event.target as Node);
      if ((event instanceof KeyboardEvent && event.key === "Escape") || outside) {
        setOpen(false);
        if (event instanceof KeyboardEvent) wrapper.current?.querySelector("button")?.focus();
      }
    };
    document.addEventListener("keydown", close);
    document.addEventListener("mousedown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("mousedown", close);
    };
  }, [open]);

  return (
    <div ref={wrapper} className="relative">
      <Button
        size="sm"
        variant="secondary"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => setOpen(!open)}
      >
        Share link
      </Button>
      {open && (
        <div
          id={`${id}-panel`}
          role="region"
          aria-label="Share link"
          className="absolute right-0 z-20 mt-2 w-[min(26rem,calc(100vw-2rem))] space-y-3 rounded-xl border border-slate-300 bg-white p-4 text-sm text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          <Suspense fallback={<p role="status">Preparing the link…</p>}>
            <ShareLinkPanel config={config} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
