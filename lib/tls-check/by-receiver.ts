// A verdict against a CA set, judged by each program that trusts that set (lib/receivers): a
// path that ends at an intermediate CA (or at a server's own certificate) is accepted by Go and
// refused by Node, so one CA set can be covered for one receiver and not for another.
import type { CaSetName } from "../certs/ca-sets";
import { acceptsPartialChain, receiversOfCaSet, type Receiver } from "../receivers";
import { rootDescription, type CheckVerdict } from "./check";

export { rootDescription };

export interface ByReceiver {
  accepted: Receiver[];
  refused: Receiver[];
  /** Receivers whose TLS library is not known: never counted as accepting. */
  unsure: Receiver[];
}

/** Who accepts the path a verdict found, among the receivers of `set`. */
export function judgeByReceivers(set: CaSetName, verdict: CheckVerdict): ByReceiver {
  const receivers = receiversOfCaSet(set);
  if (verdict.status !== "covered") return { accepted: [], refused: receivers, unsure: [] };
  if (verdict.anchorKind === "root") return { accepted: receivers, refused: [], unsure: [] };
  const by = (answer: string) => receivers.filter((r) => acceptsPartialChain(r) === answer);
  return { accepted: by("yes"), refused: by("no"), unsure: by("unknown") };
}

/** Covered for every receiver of the set. */
export function coveredForAll(judgement: ByReceiver): boolean {
  return judgement.refused.length === 0 && judgement.unsure.length === 0;
}

/** "a", "a and b", "a, b and c". */
export function listed(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
