// The verdicts in words, for the certificate step, Review and the command line. Types only from
// the chain builder: this module stays out of the lazily loaded certificate code.
import type { CaSetName } from "../ca/ca-sets";
import type { CheckVerdict } from "./check";
import type { CheckResult } from "./results";
import type { StandingWarning } from "../review/standing-warning";
import { withPort } from "./host";

export const SET_LABELS: Record<CaSetName, string> = {
  services: "the Flows services' CA set",
  agents: "the agents' CA set",
};

export const SET_TITLES: Record<CaSetName, string> = {
  services: "Services' CA set",
  agents: "Agents' CA set",
};

export interface VerdictLine {
  set: CaSetName;
  covered: boolean;
  /** "covered", "not covered", "refused" (a path exists, a client refuses it), "unreadable". */
  state: string;
  text: string;
}

const STATES: Record<CheckVerdict["status"], string> = {
  covered: "covered",
  "not-covered": "not covered",
  refused: "refused",
  unreadable: "unreadable",
};

/** One sentence for a verdict. */
export function verdictText(verdict: CheckVerdict): string {
  if (verdict.status === "covered")
    return `Covered by ${verdict.anchor.label || verdict.anchor.name} (fingerprint ${verdict.anchor.fingerprint}).`;
  return verdict.message;
}

/** A line per module that reaches the host. */
export function verdictLines(result: CheckResult): VerdictLine[] {
  return result.bySet.map(({ set, verdict }) => ({
    set,
    covered: verdict.status === "covered",
    state: STATES[verdict.status],
    text: verdictText(verdict),
  }));
}

/** The notes of every verdict, once each. */
export function verdictNotes(result: CheckResult): string[] {
  return [...new Set(result.bySet.flatMap(({ verdict }) => verdict.notes))];
}

/** The CA certificates (labels) that cover what the agents reach, from the checks made. */
export function caNeededByAgents(results: readonly CheckResult[]): string[] {
  const labels = results
    .filter((r) => r.reachedBy.includes("agents"))
    .flatMap((r) => (r.anyCertificate.status === "covered" ? [r.anyCertificate.anchor.label] : []));
  return [...new Set(labels)];
}

/** The topmost CA certificate of the pasted chain that would help, when one is there. */
export function addableCertificate(result: CheckResult): { pem: string; name: string } | null {
  for (const { verdict } of result.bySet)
    if (verdict.status === "not-covered" && verdict.addable) return verdict.addable;
  return null;
}

/** Review's warnings: a check that one of the modules reaching its host would fail. */
export function checkWarnings(results: readonly CheckResult[]): StandingWarning[] {
  return results.flatMap((result, index) =>
    result.bySet
      .filter(({ verdict }) => verdict.status !== "covered")
      .map(({ set, verdict }) => {
        const elsewhere =
          verdict.status === "not-covered" && result.anyCertificate.status === "covered"
            ? ` "${result.anyCertificate.anchor.label}" would cover it: set it to ${set === "agents" ? "agents" : "services"} or both.`
            : "";
        const message = verdictText(verdict);
        return {
          id: `tls-check-${index}-${set}`,
          step: "certificates" as const,
          field: `tlsChecks.${index}`,
          message: `TLS check ${withPort(result.check.host)}: ${SET_LABELS[set]} does not cover what is presented. ${message}${elsewhere}`,
        };
      }),
  );
}
