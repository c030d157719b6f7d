// Every TLS check of a configuration, judged against the CA set of each module that reaches its
// host, and what follows from them: Review's warnings, and which CAs the agents need.
import type { Config, TlsCheck } from "../config/schema";
import { caSetCertificates, type CaSetName } from "../ca/ca-sets";
import type { StandingWarning } from "../review/warnings";
import { checkPresentedChain, type CheckVerdict } from "./check";
import { checkTargets, setsForCheck, withPort } from "./targets";

export interface CheckResult {
  check: TlsCheck;
  /** The modules whose clients open this connection. */
  reachedBy: CaSetName[];
  /** The verdict against each of those modules' CA sets. */
  bySet: { set: CaSetName; verdict: CheckVerdict }[];
  /** Against every certificate of the configuration: which one would cover it at all. */
  anyCertificate: CheckVerdict;
}

export const SET_LABELS: Record<CaSetName, string> = {
  services: "the Flows services' CA set",
  agents: "the agents' CA set",
};

/** Judges every check; `now` decides validity. Never rejects: a failure is a verdict. */
export async function checkResults(config: Config, now: Date): Promise<CheckResult[]> {
  const targets = checkTargets(config);
  return Promise.all(
    config.tlsChecks.map(async (check) => {
      const reachedBy = setsForCheck(targets, check);
      const [anyCertificate, ...verdicts] = await Promise.all([
        checkPresentedChain(check, config.certificates, now),
        ...reachedBy.map((set) =>
          checkPresentedChain(check, caSetCertificates(config.certificates, set), now),
        ),
      ]);
      return {
        check,
        reachedBy,
        bySet: reachedBy.map((set, i) => ({ set, verdict: verdicts[i]! })),
        anyCertificate: anyCertificate!,
      };
    }),
  );
}

/** The CA certificates (labels) that cover what the agents reach, from the checks made. */
export function caNeededByAgents(results: readonly CheckResult[]): string[] {
  const labels = results
    .filter((r) => r.reachedBy.includes("agents"))
    .flatMap((r) => (r.anyCertificate.status === "covered" ? [r.anyCertificate.anchor.label] : []));
  return [...new Set(labels)];
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
        const message = "message" in verdict ? verdict.message : "";
        return {
          id: `tls-check-${index}-${set}`,
          step: "certificates" as const,
          field: `tlsChecks.${index}`,
          message: `TLS check ${withPort(result.check.host)}: ${SET_LABELS[set]} does not cover what is presented. ${message}${elsewhere}`,
        };
      }),
  );
}
