// Every TLS check of a configuration, judged against the CA set of each module that reaches its
// host (and against every certificate, to name the one that would cover it). Words: describe.ts.
import type { TlsCheck } from "../config/schema";
import type { InstallPlan } from "../plan/install-plan";
import { caSetCertificates, type CaSetName } from "../certs/ca-sets";
import { checkPresentedChain, type CheckVerdict } from "./check";
import { checkTargets, setsForCheck } from "./targets";

export interface CheckResult {
  check: TlsCheck;
  /** The modules whose clients open this connection. */
  reachedBy: CaSetName[];
  /** The verdict against each of those modules' CA sets. */
  bySet: { set: CaSetName; verdict: CheckVerdict }[];
  /** Against every certificate of the configuration: which one would cover it at all. */
  anyCertificate: CheckVerdict;
}

/** Judges every check; `now` decides validity. Never rejects: a failure is a verdict. */
export async function checkResults(install: InstallPlan, now: Date): Promise<CheckResult[]> {
  const { config } = install;
  const targets = checkTargets(install);
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
