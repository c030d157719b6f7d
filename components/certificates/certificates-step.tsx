"use client";
// Step 5: the CA certificates that go into `custom_ca_certificates`. The form's
// `certificates` list ({ pem, label }) is the only truth; details and warnings are derived.
import { useCallback, useMemo, useRef, useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import type { CertificateSource, ImportProblem, ImportResult } from "@/lib/certs";
import { CertificateCard } from "./certificate-card";
import { CertificateInput } from "./certificate-input";
import { ImportProblems } from "./import-problems";
import { loadCertsLib, useCertsLib } from "./use-certs-lib";
import { Notice } from "@/components/ui/notice";
import { useLive } from "@/components/wizard/wizard-context";
import { userDataReport } from "@/lib/agents/user-data-budget";

const EMPTY: { pem: string; label: string }[] = [];

export function CertificatesStep() {
  const { control, getValues } = useFormContext<ConfigInput>();
  const { fields, move, remove, replace } = useFieldArray({ control, name: "certificates" });
  const certificates = useWatch({ control, name: "certificates" }) ?? EMPTY;
  const { lib, error: loadError } = useCertsLib();
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [status, setStatus] = useState("");
  const sources = useRef(new Map<string, CertificateSource>());
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [now] = useState(() => Date.now());

  // From `fields`: they hold the new list in the very render that adds it (useWatch hears of it
  // a render later), so 50 new cards render once, with their details.
  const analyzed = useMemo(
    () => (lib ? lib.analyzeCertificates(fields, new Date(now)) : []),
    [lib, fields, now],
  );
  // The EC2 agents' user data holds the CA value too: its budget, for the configuration as it is.
  const { lastValid } = useLive();
  const userData = useMemo(() => userDataReport(lastValid), [lastValid]);

  // Reads the list and the library at call time: a file picked the moment the step opens must
  // not be dropped because the library's state has not been committed yet.
  const onImport = useCallback(
    (result: ImportResult) => {
      void loadCertsLib().then((certsLib) => {
        const current = getValues("certificates") ?? EMPTY;
        const outcome = certsLib.importCertificates(current, result);
        for (const cert of outcome.added) sources.current.set(cert.pem, cert.source);
        if (outcome.added.length > 0) replace(outcome.certificates);
        setProblems(outcome.problems);
        setStatus(outcome.status);
      });
    },
    [getValues, replace],
  );

  const onMove = useCallback((from: number, to: number) => move(from, to), [move]);
  const onRemove = useCallback(
    (index: number) => {
      const label = certificates[index]?.label ?? "the certificate";
      remove(index);
      setStatus(`Removed ${label}.`);
      listHeading.current?.focus();
    },
    [certificates, remove],
  );

  return (
    <section aria-labelledby="certificates-step-title" className="space-y-6">
      <div className="space-y-2">
        <h2 id="certificates-step-title" className="text-xl font-semibold">
          Custom CA certificates
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The root CAs your internal services and TLS-inspecting proxy use. They become the one-line
          custom_ca_certificates value of both Terraform modules, and certs/*.pem in the bundle.
          Private keys are never needed and are refused.
        </p>
      </div>
      {loadError && (
        <Notice tone="error" role="alert">
          {loadError}
        </Notice>
      )}
      <CertificateInput onImport={onImport} disabled={!lib} />
      <p role="status" className="sr-only">
        {status}
      </p>
      <ImportProblems problems={problems} onDismiss={() => setProblems([])} />
      {userData && (
        <div data-testid="certificates-size-warning">
          {userData.warning ? (
            <Notice tone="warning" title="Too large for the EC2 agents">
              <p>{userData.warning}</p>
            </Notice>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">{userData.summary}</p>
          )}
        </div>
      )}
      <div className="space-y-3">
        <h3 ref={listHeading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          {fields.length === 0
            ? "No certificates yet"
            : `${fields.length} certificate${fields.length === 1 ? "" : "s"}, in the order of the value`}
        </h3>
        {fields.length === 0 && (
          <Notice>
            Without certificates, custom_ca_certificates stays empty and the runtimes trust only the
            public CAs.
          </Notice>
        )}
        <ol className="space-y-3">
          {fields.map((field, index) => {
            const certificate = analyzed[index] ?? {
              pem: certificates[index]?.pem ?? "",
              label: certificates[index]?.label ?? "",
              details: null,
              warnings: [],
            };
            return (
              <CertificateCard
                key={field.id}
                index={index}
                count={fields.length}
                certificate={certificate}
                source={sources.current.get(certificate.pem)}
                now={now}
                onMove={onMove}
                onRemove={onRemove}
              />
            );
          })}
        </ol>
      </div>
    </section>
  );
}
