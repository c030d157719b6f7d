"use client";
// Certificate warnings that still stand at review (expired, expiring soon, not a CA…). The
// certificate reader loads only when there are certificates to read.
import { useEffect, useRef, useState } from "react";
import type { Certificate } from "@/lib/config/schema";
import { loadCertsLib } from "@/components/certificates/use-certs-lib";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";

interface Row {
  label: string;
  message: string;
}

export function CertificateWarnings({
  certificates,
  onFix,
}: {
  certificates: readonly Certificate[];
  onFix: () => void;
}) {
  const [rows, setRows] = useState<Row[]>([]);
  // A new config object arrives on every change elsewhere: re-read only when the certificates change.
  const key = certificates.map((c) => `${c.label}\n${c.pem}`).join("\n");
  const latest = useRef(certificates);
  latest.current = certificates;
  useEffect(() => {
    const certificates = latest.current;
    if (certificates.length === 0) return;
    let active = true;
    loadCertsLib().then(
      (lib) => {
        if (!active) return;
        const analyzed = lib.analyzeCertificates(certificates);
        setRows(
          analyzed.flatMap((c) => c.warnings.map((w) => ({ label: c.label, message: w.message }))),
        );
      },
      () =>
        active &&
        setRows([
          {
            label: "Certificates",
            message:
              "The certificate reader could not be loaded, so the certificates were not checked again here.",
          },
        ]),
    );
    return () => {
      active = false;
    };
  }, [key]);
  if (certificates.length === 0 || rows.length === 0) return null;
  return (
    <section aria-labelledby="certificate-warnings-title" className="space-y-2">
      <h3 id="certificate-warnings-title" className="text-base font-semibold">
        Certificate warnings ({rows.length})
      </h3>
      <Notice tone="warning">
        <ul className="list-disc pl-5">
          {rows.map((row, index) => (
            <li key={index}>
              <span className="font-medium">{row.label}</span>: {row.message}
            </li>
          ))}
        </ul>
        <Button size="sm" variant="ghost" className="-ml-2.5" onClick={onFix}>
          Change it in Certificates
        </Button>
      </Notice>
    </section>
  );
}
