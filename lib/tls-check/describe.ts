// The verdicts in words, for the certificate step, Review and the command line. Types only from
// the chain builder: this module stays out of the lazily loaded certificate code.
import type { CaSetName } from "../certs/ca-sets";
import type { AddableCertificate, CheckVerdict } from "./check";
import { receiversOfCaSet, type Receiver } from "../receivers";
import { coveredForAll, judgeByReceivers, listed, rootDescription } from "./by-receiver";
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
  /** Covered for every program that trusts this CA set. */
  covered: boolean;
  /**
   * "covered", "partly covered" (some receivers of the set refuse the path: it ends at an
   * intermediate CA or at a server's own certificate), "not covered", "refused" (a path exists,
   * every client refuses it: dates, constraints), "unreadable".
   */
  state: string;
  /** ✓ covered, ⚠ partly covered, ✗ otherwise: never a plain ✓ for a path one receiver refuses. */
  mark: "✓" | "⚠" | "✗";
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

const names = (receivers: readonly Receiver[]) => listed(receivers.map((r) => r.short));

/** What a path that ends below a root means for each receiver of `set`, and what to add. */
function partlyCoveredText(
  set: CaSetName,
  verdict: Extract<CheckVerdict, { status: "covered" }>,
): string {
  const { accepted, refused, unsure } = judgeByReceivers(set, verdict);
  const anchorName = verdict.anchor.label || verdict.anchor.name;
  const ends =
    verdict.anchorKind === "leaf"
      ? `The path ends at "${anchorName}", a server's own certificate (a leaf, not a CA) in this CA set`
      : `The path ends at the intermediate CA "${anchorName}", not at a self-signed root`;
  const parts = [
    ...(accepted.length > 0 ? [`covered for ${names(accepted)}`] : []),
    ...(refused.length > 0
      ? [
          `refused by ${names(refused)}, which need${refused.length === 1 ? "s" : ""} a self-signed root (Node and OpenSSL: UNABLE_TO_GET_ISSUER_CERT)`,
        ]
      : []),
    ...(unsure.length > 0
      ? [
          `perhaps refused by ${names(unsure)}, whose TLS library is not documented (Go accepts such a path, Node and OpenSSL refuse it)`,
        ]
      : []),
  ];
  const root = verdict.root;
  const add = !root
    ? ""
    : root.pem
      ? ` Add "${root.name}" from the pasted chain.`
      : ` Add the root ${rootDescription(root)}: the pasted chain does not hold it, so find that file.`;
  const leaf =
    verdict.anchorKind === "leaf"
      ? " A TLS-inspecting proxy signs a new server certificate for every host: trust its CA, not one of its certificates."
      : "";
  return `${ends}: ${parts.join("; ")}.${add}${leaf}`;
}

/** What adding an intermediate of the pasted chain would achieve, for a set not covered. */
function intermediateOnlyText(set: CaSetName, addable: AddableCertificate | null): string {
  if (addable?.kind !== "intermediate") return "";
  const goOnly = receiversOfCaSet(set).filter((r) => r.partialChain.value === "yes");
  return goOnly.length > 0
    ? ` Adding "${addable.name}" from the pasted chain, an intermediate, would cover ${names(goOnly)} only.`
    : ` Adding "${addable.name}" from the pasted chain, an intermediate, would not be enough: a self-signed root is needed.`;
}

/** The line of one CA set: covered for all of its receivers, or who refuses and what to add. */
export function setVerdictLine(set: CaSetName, verdict: CheckVerdict): VerdictLine {
  if (verdict.status === "covered") {
    if (coveredForAll(judgeByReceivers(set, verdict)))
      return {
        set,
        covered: true,
        state: "covered",
        mark: "✓",
        text: `${verdictText(verdict).replace(/\.$/, "")}, for ${names(receiversOfCaSet(set))}.`,
      };
    return {
      set,
      covered: false,
      state: "partly covered",
      mark: "⚠",
      text: partlyCoveredText(set, verdict),
    };
  }
  const extra = verdict.status === "not-covered" ? intermediateOnlyText(set, verdict.addable) : "";
  return {
    set,
    covered: false,
    state: STATES[verdict.status],
    mark: "✗",
    text: `${verdict.message}${extra}`,
  };
}

/** A line per module that reaches the host. */
export function verdictLines(result: CheckResult): VerdictLine[] {
  return result.bySet.map(({ set, verdict }) => setVerdictLine(set, verdict));
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

/**
 * A certificate of the pasted chain that would help, when one is there: a self-signed root
 * first (covered or not, a path below a root wants it); else the topmost intermediate.
 */
export function addableCertificate(result: CheckResult): AddableCertificate | null {
  let intermediate: AddableCertificate | null = null;
  for (const { verdict } of result.bySet) {
    if (verdict.status === "covered" && verdict.root?.pem)
      return { pem: verdict.root.pem, name: verdict.root.name, fingerprint: "", kind: "root" };
    if (verdict.status === "not-covered" && verdict.addable) {
      if (verdict.addable.kind === "root") return verdict.addable;
      intermediate ??= verdict.addable;
    }
  }
  return intermediate;
}

/**
 * Review's warnings (and the command line's `warning: review:` lines): a check that one of the
 * modules reaching its host would fail, or that some program trusting that module's CA set
 * refuses, named with the host.
 */
export function checkWarnings(results: readonly CheckResult[]): StandingWarning[] {
  return results.flatMap((result, index) =>
    result.bySet.flatMap(({ set, verdict }) => {
      const line = setVerdictLine(set, verdict);
      if (line.covered) return [];
      const host = withPort(result.check.host);
      const base = {
        id: `tls-check-${index}-${set}`,
        step: "certificates" as const,
        field: `tlsChecks.${index}`,
      };
      if (verdict.status === "covered")
        return [
          {
            ...base,
            message: `TLS check ${host}: ${SET_LABELS[set]} is only partly covered. ${line.text}`,
          },
        ];
      const elsewhere =
        verdict.status === "not-covered" && result.anyCertificate.status === "covered"
          ? ` "${result.anyCertificate.anchor.label}" would cover it: set it to ${set === "agents" ? "agents" : "services"} or both.`
          : "";
      return [
        {
          ...base,
          message: `TLS check ${host}: ${SET_LABELS[set]} does not cover what is presented. ${line.text}${elsewhere}`,
        },
      ];
    }),
  );
}
