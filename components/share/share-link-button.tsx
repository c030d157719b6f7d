"use client";
// "Copy share link": the configuration in the URL fragment, never sent to a server. Shows what
// the link carries (length, certificates, credentials left out) before it is copied.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Config } from "@/lib/config/schema";
import { wizardConfigFile } from "@/lib/generators/wizard-config";
import {
  CREDENTIAL_FIELD_LABELS,
  createShareLink,
  LONG_LINK_CHARACTERS,
  shareUrl,
} from "@/lib/share";
import { Button, FOCUS_RING } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

function downloadConfigFile(config: Config) {
  const file = wizardConfigFile(config);
  const url = URL.createObjectURL(new Blob([file.contents], { type: "application/json" }));
  const anchor = Object.assign(document.createElement("a"), { href: url, download: file.path });
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ShareLinkButton({ config }: { config: Config | null }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [includeCertificates, setIncludeCertificates] = useState(true);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const wrapper = useRef<HTMLDivElement>(null);

  // Built only while the panel is open: the configuration changes on every keystroke.
  const link = useMemo(() => {
    if (!open || !config) return null;
    const built = createShareLink(config, { includeCertificates });
    return { ...built, url: shareUrl(window.location.href, built.fragment) };
  }, [open, config, includeCertificates]);
  useEffect(() => setCopied("idle"), [link?.url]);

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

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  const certificates = config?.certificates.length ?? 0;
  const long = link !== null && link.url.length > LONG_LINK_CHARACTERS;
  return (
    <div ref={wrapper} className="relative">
      <Button
        size="sm"
        variant="secondary"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
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
          {!config || !link ? (
            <p role="status">
              The form has errors: fix them first, because a link carries only a valid
              configuration.
            </p>
          ) : (
            <>
              <p className="text-slate-700 dark:text-slate-300">
                The configuration travels in the part after <code>#</code>, which browsers never
                send to a server. Only settings that differ from the defaults are included.
              </p>
              {certificates > 0 && (
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    checked={includeCertificates}
                    onChange={(event) => setIncludeCertificates(event.target.checked)}
                    className={`mt-0.5 h-4 w-4 accent-sky-700 dark:accent-sky-400 ${FOCUS_RING}`}
                  />
                  <span>
                    Include the{" "}
                    {certificates === 1 ? "certificate" : `${certificates} certificates`}
                  </span>
                </label>
              )}
              <label className="block space-y-1">
                <span className="font-medium">
                  Link (
                  <span data-testid="share-link-length">
                    {link.url.length.toLocaleString("en-US")}
                  </span>{" "}
                  characters)
                </span>
                <input
                  readOnly
                  value={link.url}
                  data-testid="share-link"
                  onFocus={(event) => event.currentTarget.select()}
                  className={`block w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950 ${FOCUS_RING}`}
                />
              </label>
              {link.omittedCredentials.length > 0 && (
                <Notice tone="info">
                  <p>
                    The proxy user name and password are left out of the link (
                    {link.omittedCredentials.map((f) => CREDENTIAL_FIELD_LABELS[f]).join(", ")}).
                    Whoever opens it is asked to enter them.
                  </p>
                </Notice>
              )}
              {long && (
                <Notice tone="warning">
                  <p>
                    This link is longer than {LONG_LINK_CHARACTERS.toLocaleString("en-US")}{" "}
                    characters: some chat tools and ticket systems cut long links. Share the
                    configuration file instead
                    {certificates > 0 && includeCertificates
                      ? ", or leave the certificates out"
                      : ""}
                    .
                  </p>
                  <Button size="sm" onClick={() => downloadConfigFile(config)}>
                    Download wizard-config.json
                  </Button>
                </Notice>
              )}
              <div className="flex items-center gap-3">
                <Button variant="primary" onClick={copy}>
                  Copy share link
                </Button>
                <span role="status" className="text-slate-700 dark:text-slate-300">
                  {copied === "copied"
                    ? "Copied to the clipboard."
                    : copied === "failed"
                      ? "The browser refused the clipboard: select the link above and copy it."
                      : ""}
                </span>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
