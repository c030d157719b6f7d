"use client";
// "Check against what the proxy presents": the s_client command for each host that matters, a
// box for its output (or a PEM chain file), and each check's verdict against the CA set of every
// module that reaches the host. The checks live in the form (so in the link and the draft); the
// verdicts are derived (use-tls-checks.ts).
import { useId, useMemo, useRef, useState } from "react";
import { usePlan } from "@/components/wizard-state/use-plan";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import {
  checkCheckedHost,
  MAX_TLS_CHECKS,
  type Config,
  type ConfigInput,
} from "@/lib/config/schema";
import { checkTargets, sClientCommand, sClientNote } from "@/lib/tls-check/targets";
import { withPort } from "@/lib/tls-check/host";
import { caNeededByAgents } from "@/lib/tls-check/describe";
import type { CheckResult } from "@/lib/tls-check";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { FieldError, INPUT_CLASS } from "@/components/ui/field";
import { useLive, useTyping } from "@/components/wizard-state/wizard-context";
import { loadTlsCheckLib, useTlsCheckResults } from "./use-tls-checks";
import { CheckResultView } from "./check-result";

const SET_NAMES = { services: "services", agents: "agents" } as const;
const EMPTY_CHECKS: NonNullable<ConfigInput["tlsChecks"]> = [];
const EMPTY_CERTS: NonNullable<ConfigInput["certificates"]> = [];

/** The configuration the verdicts read: the last valid one, with the checks and CAs as they are. */
function useCheckedConfig(): Config {
  const { settled } = useLive();
  const { control } = useFormContext<ConfigInput>();
  const checks = useWatch({ control, name: "tlsChecks" }) ?? EMPTY_CHECKS;
  const certificates = useWatch({ control, name: "certificates" }) ?? EMPTY_CERTS;
  return useMemo(
    () => ({
      ...settled,
      tlsChecks: checks.map((c) => ({ host: c.host, chain: c.chain })),
      certificates: certificates.map((c) => ({ ...c, scope: c.scope ?? "both" })),
    }),
    [settled, checks, certificates],
  );
}

export function TlsCheckSection({
  onAddCertificate,
}: {
  /** Adds a CA certificate from a pasted chain to the list, as an import would. */
  onAddCertificate: (pem: string, label: string, source: string) => void;
}) {
  const id = useId();
  const { control } = useFormContext<ConfigInput>();
  const { fields, append, update, remove } = useFieldArray({ control, name: "tlsChecks" });
  const config = useCheckedConfig();
  // The hosts to check depend on neither the checks nor the certificates: the settled plan has them.
  const plan = usePlan();
  const targets = useMemo(() => checkTargets(plan), [plan]);
  const { results, error: runError } = useTlsCheckResults(config);
  const [host, setHost] = useState("");
  // Kept above the step and in the draft, as the certificate box is (lib/draft/typing.ts).
  const [pasted, setPasted] = useTyping("tlsCheckPaste");
  const [error, setError] = useState("");
  const [notes, setNotes] = useState<string[]>([]);
  const [status, setStatus] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const addCheck = async (fileName: string, bytes: Uint8Array) => {
    setError("");
    setNotes([]);
    let lib;
    try {
      lib = await loadTlsCheckLib();
    } catch {
      setError("The certificate reader could not be loaded: reload the page to try again.");
      return;
    }
    const read = lib.readPresented(fileName, bytes);
    if (!read.ok) {
      setError(read.error);
      return;
    }
    const chosen = host.trim() || read.suggestedHost || "";
    const hostError =
      chosen === "" ? "Enter the host this output is for." : checkCheckedHost(chosen);
    if (hostError) {
      setError(hostError);
      return;
    }
    const check = { host: withPort(chosen), chain: read.chain };
    const existing = config.tlsChecks.findIndex((c) => withPort(c.host) === check.host);
    if (existing < 0 && config.tlsChecks.length >= MAX_TLS_CHECKS) {
      setError(
        `At most ${MAX_TLS_CHECKS} hosts can be checked in one configuration: remove a check first.`,
      );
      return;
    }
    if (existing >= 0) update(existing, check);
    else append(check, { shouldFocus: false });
    setNotes(read.notes);
    setPasted("");
    setHost("");
    setStatus(
      `${existing >= 0 ? "Checked again" : "Checked"} ${check.host}: ${read.chain.length} certificate${read.chain.length === 1 ? "" : "s"} read.`,
    );
    resultsHeading.current?.focus();
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 1024 * 1024) {
      setError(`${file.name} is larger than 1 MB: that is not one connection's certificates.`);
      return;
    }
    await addCheck(file.name, new Uint8Array(await file.arrayBuffer()));
  };

  const hostsListId = `${id}-hosts`;
  return (
    <section
      aria-labelledby={`${id}-title`}
      data-testid="tls-check"
      className="space-y-4 rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      <div className="space-y-1">
        <h3 id={`${id}-title`} className="text-lg font-semibold">
          Check against what the proxy presents
        </h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          A TLS-inspecting proxy re-signs every HTTPS connection with its own CA, and often nobody
          knows which one. Run the command for a host from a machine behind the proxy, paste its
          output here, and the wizard builds the chain against your CA certificates (signatures,
          dates and CA constraints checked) for each module that reaches that host.
        </p>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">
          Commands for the {targets.length} hosts the services and agents reach
        </summary>
        <ul className="mt-2 space-y-2" data-testid="tls-check-commands">
          {targets.map((target) => {
            const command = sClientCommand(plan, target);
            return (
              <li key={target.host} className="space-y-1">
                <p>
                  <span className="font-medium break-all">{target.host}</span>{" "}
                  <span className="text-slate-600 dark:text-slate-400">
                    ({target.what}; reached by the{" "}
                    {target.reachedBy.map((s) => SET_NAMES[s]).join(" and ")}
                    {target.viaProxy ? ", through the proxy" : ", directly"})
                  </span>
                </p>
                <div className="flex items-start gap-2">
                  <code className="block min-w-0 flex-1 rounded bg-slate-100 p-2 font-mono text-xs break-all dark:bg-slate-800">
                    {command}
                  </code>
                  <CopyButton text={command} what={`the command for ${target.host}`} />
                </div>
              </li>
            );
          })}
        </ul>
        {sClientNote(plan) && (
          <p className="mt-2 text-amber-800 dark:text-amber-200">{sClientNote(plan)}</p>
        )}
        {config.proxy.enabled && (
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            With a proxy user, set PROXY_PASSWORD in the shell first (OpenSSL 3.0 or later reads it
            with -proxy_pass env:PROXY_PASSWORD); the wizard never sees it.
          </p>
        )}
      </details>
      <div className="space-y-3">
        <div className="space-y-1">
          <label htmlFor={`${id}-host`} className="block text-sm font-medium">
            Host (name or name:port)
          </label>
          <input
            id={`${id}-host`}
            list={hostsListId}
            value={host}
            onChange={(event) => setHost(event.target.value)}
            placeholder="registry.useflows.com:443"
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-host-hint`}
            className={`${INPUT_CLASS} border-slate-300 dark:border-slate-600`}
          />
          <datalist id={hostsListId}>
            {targets.map((target) => (
              <option key={target.host} value={target.host} />
            ))}
          </datalist>
          <p id={`${id}-host-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            Empty: the host the presented certificate names.
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-output`} className="block text-sm font-medium">
            s_client output or PEM chain
          </label>
          <p id={`${id}-output-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            Paste it, or drop a file here (PEM, DER or PKCS#7; what the proxy presented, leaf
            first).
          </p>
          <textarea
            id={`${id}-output`}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            onDragOver={(event) => {
              if (event.dataTransfer.types.includes("Files")) event.preventDefault();
            }}
            onDrop={(event) => {
              const file = event.dataTransfer.files[0];
              if (!file) return;
              event.preventDefault();
              void readFile(file);
            }}
            rows={5}
            spellCheck={false}
            placeholder={
              "CONNECTED(00000003)\n---\nCertificate chain\n 0 s:CN = registry.useflows.com\n-----BEGIN CERTIFICATE-----"
            }
            aria-describedby={`${id}-output-hint ${id}-error`}
            aria-invalid={error !== "" || undefined}
            className={`${INPUT_CLASS} font-mono text-xs ${error ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600"}`}
          />
          <FieldError id={`${id}-error`} message={error || undefined} />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="primary"
            disabled={pasted.trim() === ""}
            onClick={() => void addCheck("the pasted output", new TextEncoder().encode(pasted))}
          >
            Check the pasted output
          </Button>
          <Button onClick={() => fileInput.current?.click()}>Check a PEM chain file…</Button>
          <input
            ref={fileInput}
            type="file"
            tabIndex={-1}
            aria-hidden="true"
            accept=".pem,.crt,.cer,.der,.p7b,.txt,.log"
            className="hidden"
            data-testid="tls-check-file"
            onChange={(event) => {
              void readFile(event.target.files?.[0]);
              event.target.value = "";
            }}
          />
        </div>
        {notes.length > 0 && (
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        <p role="status" className="sr-only">
          {status}
        </p>
      </div>
      <div className="space-y-2">
        <h4
          ref={resultsHeading}
          tabIndex={-1}
          className="text-base font-semibold focus:outline-none"
        >
          {fields.length === 0
            ? "No hosts checked yet"
            : `${fields.length} host${fields.length === 1 ? "" : "s"} checked`}
        </h4>
        {runError && <p className="text-sm text-red-700 dark:text-red-400">{runError}</p>}
        <ul className="space-y-2" data-testid="tls-check-results">
          {fields.map((field, index) => (
            <CheckResultView
              key={field.id}
              index={index}
              host={withPort(config.tlsChecks[index]?.host ?? "")}
              result={results?.[index] ?? null}
              onAdd={(pem, name) =>
                onAddCertificate(
                  pem,
                  name,
                  `the TLS check of ${withPort(config.tlsChecks[index]?.host ?? "")}`,
                )
              }
              onRemove={() => {
                remove(index);
                setStatus(`Removed the check of ${withPort(config.tlsChecks[index]?.host ?? "")}.`);
                resultsHeading.current?.focus();
              }}
            />
          ))}
        </ul>
        {results && <AgentsNeed results={results} />}
      </div>
    </section>
  );
}

function AgentsNeed({ results }: { results: CheckResult[] }) {
  if (!results.some((r) => r.reachedBy.includes("agents"))) return null;
  const labels = caNeededByAgents(results);
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="agents-need">
      {labels.length > 0
        ? `From these checks, the agents need: ${labels.join(", ")}. Other CA certificates can be set to "Services only" to save room in the EC2 user data.`
        : "None of your CA certificates covers what the agents reach in these checks."}
    </p>
  );
}
