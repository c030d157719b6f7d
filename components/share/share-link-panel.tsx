"use client";
// The share link panel's contents: builds the link (the encoder loads with this component, when
// the panel first opens) and shows what it carries before it is copied.
import { useEffect, useMemo, useState } from "react";
import type { Config } from "@/lib/config/schema";
import { wizardConfigFile } from "@/lib/generators/wizard-config";
import { planOf } from "@/components/wizard-state/use-plan";
import {
  CREDENTIAL_FIELD_LABELS,
  createShareLink,
  LONG_LINK_CHARACTERS,
  shareUrl,
} from "@/lib/share";
import { Button, FOCUS_RING } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

function downloadConfigFile(config: Config) {
  const file = wizardConfigFile(planOf(config));
  const url = URL.createObjectURL(new Blob([file.contents], { type: "application/json" }));
  const anchor = Object.assign(document.createElement("a"), { href: url, download: file.path });
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ShareLinkPanel({ config }: { config: Config | null }) {
  const [includeCertificates, setIncludeCertificates] = useState(true);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");

  // Built while the panel is open: the configuration changes on every keystroke.
  const link = useMemo(() => {
    if (!config) return null;
    const built = createShareLink(config, { includeCertificates });
    return { ...built, url: shareUrl(window.location.href, built.fragment) };
  }, [config, includeCertificates]);
  useEffect(() => setCopied("idle"), [link?.url]);

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
  const checks = config?.tlsChecks.length ?? 0;
  const included = [
    certificates > 0 &&
      (certificates === 1 ? "the certificate" : `the ${certificates} certificates`),
    checks > 0 && (checks === 1 ? "the TLS check" : `the ${checks} TLS checks`),
  ].filter(Boolean);
  const long = link !== null && link.url.length > LONG_LINK_CHARACTERS;
  return (
    <>
      {!config || !link ? (
        <p role="status">
          The form has errors: fix them first, because a link carries only a valid configuration.
        </p>
      ) : (
        <>
          <p className="text-slate-700 dark:text-slate-300">
            The configuration travels in the part after <code>#</code>, which browsers never send to
            a server. Only settings that differ from the defaults are included.
          </p>
          {included.length > 0 && (
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                checked={includeCertificates}
                onChange={(event) => setIncludeCertificates(event.target.checked)}
                className={`mt-0.5 h-4 w-4 accent-sky-700 dark:accent-sky-400 ${FOCUS_RING}`}
              />
              <span>Include {included.join(" and ")}</span>
            </label>
          )}
          <label className="block space-y-1">
            <span className="font-medium">
              Link (
              <span data-testid="share-link-length">{link.url.length.toLocaleString("en-US")}</span>{" "}
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
          {link.omittedSecrets.length > 0 && (
            <Notice tone="info">
              <p>
                The link leaves out{" "}
                {link.omittedSecrets.map((f) => CREDENTIAL_FIELD_LABELS[f]).join(" and ")}:
                passwords never leave this page. Whoever opens the link types it in the Proxy step,
                or lets install.sh ask for it (Kubernetes Secret mode).
              </p>
            </Notice>
          )}
          {long && (
            <Notice tone="warning">
              <p>
                This link is longer than {LONG_LINK_CHARACTERS.toLocaleString("en-US")} characters:
                some chat tools and ticket systems cut long links. Share the configuration file
                instead
                {included.length > 0 && includeCertificates
                  ? `, or leave ${included.join(" and ")} out`
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
    </>
  );
}
