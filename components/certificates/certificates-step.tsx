"use client";
// Step 5: the CA certificates that go into `custom_ca_certificates`. The form's
// `certificates` list ({ pem, label }) is the only truth; details and warnings are derived.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { CaScope, ConfigInput } from "@/lib/config/schema";
import { caSetSummary } from "@/lib/certs/ca-sets";
import { TlsCheckSection } from "@/components/tls-check/tls-check-section";
import type { CertificateSource, ImportProblem, ImportResult } from "@/lib/certs";
import { CertificateCard } from "./certificate-card";
import { CertificateInput } from "./certificate-input";
import { ImportProblems } from "./import-problems";
import { loadCertsLib, useCertsLib } from "./use-certs-lib";
import { Notice } from "@/components/ui/notice";
import { userDataReport } from "@/lib/ec2-user-data/user-data-budget";
import { usePlan } from "@/components/wizard-state/use-plan";
import { focusAfterRemoval } from "@/lib/focus/after-removal";

/** Where focus goes once the list has changed: a card's heading, or the add area (none left). */
type FocusTarget = { card: number } | "add-area";

const EMPTY: NonNullable<ConfigInput["certificates"]> = [];

export function CertificatesStep() {
  const { control, getValues, setValue } = useFormContext<ConfigInput>();
  const { fields, move, remove, replace } = useFieldArray({ control, name: "certificates" });
  const certificates = useWatch({ control, name: "certificates" }) ?? EMPTY;
  const { lib, error: loadError } = useCertsLib();
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [status, setStatus] = useState("");
  const sources = useRef(new Map<string, CertificateSource>());
  const addArea = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  const [now] = useState(() => Date.now());

  // From `fields`: they hold the new list in the very render that adds it (useWatch hears of it
  // a render later), so 50 new cards render once, with their details.
  const analyzed = useMemo(
    () => (lib ? lib.analyzeCertificates(fields, new Date(now)) : []),
    [lib, fields, now],
  );
  // The EC2 agents' user data holds the CA value too: its budget, for the configuration as it is.
  const plan = usePlan();
  const userData = useMemo(() => userDataReport(plan), [plan]);

  // Reads the list and the library at call time: a file picked the moment the step opens must
  // not be dropped because the library's state has not been committed yet. Pasted certificates,
  // once added, take the focus to the first new card (the paste area has just been emptied).
  const onImport = useCallback(
    async (result: ImportResult, origin: "files" | "paste") => {
      const certsLib = await loadCertsLib();
      const current = getValues("certificates") ?? EMPTY;
      const outcome = certsLib.importCertificates(current, result);
      for (const cert of outcome.added) sources.current.set(cert.pem, cert.source);
      if (outcome.added.length > 0) {
        if (origin === "paste") {
          const first = outcome.added[0]!.pem;
          focusNext.current = { card: outcome.certificates.findIndex((c) => c.pem === first) };
        }
        replace(outcome.certificates);
      }
      setProblems(outcome.problems);
      setStatus(outcome.status);
      return outcome.added.length;
    },
    [getValues, replace],
  );

  const onMove = useCallback((from: number, to: number) => move(from, to), [move]);
  const onScope = useCallback(
    (index: number, scope: CaScope) =>
      setValue(`certificates.${index}.scope`, scope, { shouldDirty: true, shouldValidate: true }),
    [setValue],
  );
  // A CA certificate from a TLS check's pasted chain, added as an import would add it; focus
  // goes to its card, as after a paste (the button that added it is gone once it is covered).
  const onAddFromCheck = useCallback(
    (pem: string, label: string, source: string) =>
      void onImport(
        {
          certificates: [{ pem, label, source: { fileName: source, position: 1 } }],
          problems: [],
        },
        "paste",
      ),
    [onImport],
  );
  const setSummary = useMemo(() => caSetSummary(plan), [plan]);
  const onRemove = useCallback(
    (index: number) => {
      const label = certificates[index]?.label ?? "the certificate";
      const before = certificates.map((_, i) => i);
      const next = focusAfterRemoval(before, before.toSpliced(index, 1), index);
      // The card after the removed one takes its index; the one before keeps its own.
      focusNext.current = next === null ? "add-area" : { card: next > index ? next - 1 : next };
      remove(index);
      setStatus(`Removed ${label}.`);
    },
    [certificates, remove],
  );
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target === "add-area")
      addArea.current?.querySelector<HTMLElement>("[data-add-certificates]")?.focus();
    else list.current?.querySelector<HTMLElement>(`#certificate-${target.card}-title`)?.focus();
  }, [fields]);

  return (
    <section aria-labelledby="certificates-step-title" className="space-y-6">
      <div className="space-y-2">
        <h2 id="certificates-step-title" className="text-xl font-semibold">
          Custom CA certificates
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The root CAs your internal services and TLS-inspecting proxy use. They become the one-line
          custom_ca_certificates value of both Terraform modules (or one value per module: each card
          says who trusts it), and certs/*.pem in the bundle. Below, check them against what the
          proxy presents. Private keys are never needed and are refused.
        </p>
      </div>
      {loadError && (
        <Notice tone="error" role="alert">
          {loadError}
        </Notice>
      )}
      <div ref={addArea}>
        <CertificateInput onImport={onImport} disabled={!lib} />
      </div>
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
      {setSummary && (
        <p data-testid="ca-set-summary" className="text-sm text-slate-600 dark:text-slate-400">
          {setSummary}
        </p>
      )}
      <div className="space-y-3">
        <h3 className="text-lg font-semibold">
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
        <ol ref={list} className="space-y-3">
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
                scope={certificates[index]?.scope ?? "both"}
                onScope={onScope}
              />
            );
          })}
        </ol>
      </div>
      <TlsCheckSection onAddCertificate={onAddFromCheck} />
    </section>
  );
}
