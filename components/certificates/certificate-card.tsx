"use client";
// One certificate: its details, its warnings, and the buttons that move or remove it.
import { memo, useId } from "react";
import type { AnalyzedCertificate, CertificateSource } from "@/lib/certs";
import { describeConversion } from "@/lib/certs/conversion";
import { Button } from "@/components/ui/button";
import { FOCUS, WARNING_BOX } from "./styles";
import { CA_SCOPES, type CaScope } from "@/lib/config/schema";
import { CA_SCOPE_LABELS } from "@/lib/certs/ca-sets";

const DAY = 86_400_000;

function describeSource(source: CertificateSource | undefined): string {
  if (!source) return "From the saved configuration";
  const bundle = source.bundleItem ? `, certificate ${source.bundleItem} of its PKCS#7 bundle` : "";
  return `${source.fileName}, block ${source.position}${bundle}`;
}

function describeExpiry(notAfter: Date, now: number): string {
  const days = Math.floor((notAfter.getTime() - now) / DAY);
  if (days < 0) return `expired ${-days} day${days === -1 ? "" : "s"} ago`;
  return `expires in ${days} day${days === 1 ? "" : "s"}`;
}

const date = (d: Date) => d.toISOString().slice(0, 10);

function selfSigned(details: NonNullable<AnalyzedCertificate["details"]>): string {
  if (!details.isSelfSigned) return "no";
  if (details.isCa) return "yes (a root)";
  return details.version === 1 ? "yes (a legacy version 1 root)" : "yes";
}

export interface CertificateCardProps {
  index: number;
  count: number;
  certificate: AnalyzedCertificate;
  source: CertificateSource | undefined;
  now: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  scope: CaScope;
  onScope: (index: number, scope: CaScope) => void;
}

/**
 * "Up" or "Down", named "Up: move … up" (the visible word first). At the end of the list it stays
 * focusable but does nothing, and says why (aria-disabled, with the reason as its description).
 */
function MoveButton({
  direction,
  label,
  endNote,
  onClick,
}: {
  direction: "up" | "down";
  label: string;
  endNote: string | null;
  onClick: () => void;
}) {
  const noteId = useId();
  const word = direction === "up" ? "Up" : "Down";
  return (
    <>
      <Button
        size="sm"
        aria-label={`${word}: move ${label || "this certificate"} ${direction}`}
        aria-disabled={endNote !== null || undefined}
        aria-describedby={endNote ? noteId : undefined}
        className="aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
        onClick={() => endNote === null && onClick()}
      >
        <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
        {word}
      </Button>
      {endNote && (
        <span id={noteId} hidden>
          {endNote}
        </span>
      )}
    </>
  );
}

export const CertificateCard = memo(function CertificateCard(props: CertificateCardProps) {
  const { index, count, certificate, source, now, onMove, onRemove, scope, onScope } = props;
  const { details, warnings, label } = certificate;
  const headingId = `certificate-${index}-title`;
  const rows: [string, string][] = details
    ? [
        ["Subject", details.subjectText],
        ["Issuer", details.issuerText],
        [
          "Valid",
          `${date(details.notBefore)} to ${date(details.notAfter)} (${describeExpiry(details.notAfter, now)})`,
        ],
        ["CA", details.isCa ? "yes" : "no"],
        ["Self-signed", selfSigned(details)],
        ["Key", details.keyDescription],
        ["SHA-256", details.fingerprint],
        ["Source", describeSource(source)],
      ]
    : [["Source", describeSource(source)]];
  const conversion = describeConversion(source);
  if (conversion) rows.push(["Converted", conversion]);
  return (
    <li
      aria-labelledby={headingId}
      data-testid="certificate-card"
      // Laid out and painted only near the viewport: 50 new cards appear at once.
      className="space-y-2 rounded-lg border border-slate-300 p-4 [contain-intrinsic-size:auto_17rem] [content-visibility:auto] dark:border-slate-700"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        {/* Focused after a paste adds it, or when the card before it is removed. */}
        <h4
          id={headingId}
          tabIndex={-1}
          className="min-w-0 rounded font-semibold break-words focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
        >
          {index + 1}. {label || "Unnamed certificate"}
        </h4>
        <div className="flex gap-1">
          <MoveButton
            direction="up"
            label={label}
            endNote={index === 0 ? "It is already the first certificate." : null}
            onClick={() => onMove(index, index - 1)}
          />
          <MoveButton
            direction="down"
            label={label}
            endNote={index === count - 1 ? "It is already the last certificate." : null}
            onClick={() => onMove(index, index + 1)}
          />
          <Button size="sm" aria-label={`Remove ${label}`} onClick={() => onRemove(index)}>
            Remove
          </Button>
        </div>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className={term === "SHA-256" ? "font-mono text-xs break-all" : "break-words"}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {/* Radios, not a <select>: Chromium lays out each select's card on its own after the cards
          are added (it reaches into the content-visibility skipped cards), about 1.5 ms a card. */}
      <fieldset
        className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"
        data-testid="certificate-scope"
      >
        <legend className="float-left mr-1 text-slate-600 dark:text-slate-400">Trusted by</legend>
        {CA_SCOPES.map((value) => (
          <label key={value} className="inline-flex cursor-pointer items-center gap-1.5">
            <input
              type="radio"
              name={`certificates.${index}.scope`}
              value={value}
              checked={scope === value}
              onChange={() => onScope(index, value)}
              className={`h-4 w-4 accent-sky-700 dark:accent-sky-400 ${FOCUS}`}
            />
            {CA_SCOPE_LABELS[value]}
          </label>
        ))}
      </fieldset>
      {warnings.length > 0 && (
        <ul aria-label={`Warnings for ${label}`} className="space-y-1">
          {warnings.map((warning) => (
            <li key={warning.code} data-warning={warning.code} className={WARNING_BOX}>
              ⚠ {warning.message}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
});
