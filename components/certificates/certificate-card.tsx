"use client";
// One certificate: its details, its warnings, and the buttons that move or remove it.
import { memo } from "react";
import type { AnalyzedCertificate, CertificateSource } from "@/lib/certs";
import { describeConversion } from "@/lib/certs/conversion";
import { Button } from "@/components/ui/button";
import { WARNING_BOX } from "./styles";

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
}

export const CertificateCard = memo(function CertificateCard(props: CertificateCardProps) {
  const { index, count, certificate, source, now, onMove, onRemove } = props;
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
        <h3 id={headingId} className="font-semibold break-all">
          {index + 1}. {label || "Unnamed certificate"}
        </h3>
        <div className="flex gap-1">
          <Button
            size="sm"
            aria-disabled={index === 0}
            aria-label={`Move ${label} up`}
            onClick={() => index > 0 && onMove(index, index - 1)}
          >
            ↑ Up
          </Button>
          <Button
            size="sm"
            aria-disabled={index === count - 1}
            aria-label={`Move ${label} down`}
            onClick={() => index < count - 1 && onMove(index, index + 1)}
          >
            ↓ Down
          </Button>
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
