// Every program that reads a Flows install's proxy URL, NO_PROXY list or CA set, with what it
// reads and how (lib/receivers/table-*.ts, each fact with its source), and pure helpers that
// ask the table the questions the generators, the TLS check and the scripts have.
import type { CaSetName } from "../certs/ca-sets";
import { INSTALL_RECEIVERS } from "./table-install";
import { WORKSTATION_RECEIVERS } from "./table-workstation";
import type { Fact, NoProxyEntryKind, Receiver, ReceiverId, Tri } from "./types";

export type * from "./types";
export { SOURCES } from "./sources";

export const RECEIVERS: readonly Receiver[] = [...INSTALL_RECEIVERS, ...WORKSTATION_RECEIVERS];

export function receiver(id: ReceiverId): Receiver {
  const found = RECEIVERS.find((r) => r.id === id);
  if (!found) throw new Error(`no receiver ${id}`);
  return found;
}

/** Whether an intermediate (not self-signed) CA in its trust store can end a path. */
export function acceptsPartialChain(r: Receiver): Tri {
  return r.partialChain.value;
}

const STRICTNESS: Record<Tri, number> = { no: 2, unknown: 1, yes: 0 };

/**
 * The receiver whose verdict to trust when several read the same CA set: one that refuses a
 * partial chain, else one not known to accept it, else the first. Null for none.
 */
export function strictestReceiver(receivers: readonly Receiver[]): Receiver | null {
  let strictest: Receiver | null = null;
  for (const r of receivers)
    if (!strictest || STRICTNESS[r.partialChain.value] > STRICTNESS[strictest.partialChain.value])
      strictest = r;
  return strictest;
}

/** The receivers that trust a CA set of the wizard: what would refuse what it does not cover. */
export function receiversOfCaSet(set: CaSetName): Receiver[] {
  return set === "services"
    ? [receiver("flows-services")]
    : [receiver("flows-agent"), receiver("runtime-containers")];
}

/** What kind of NO_PROXY entry this is, in the terms the readers disagree on. */
export function noProxyEntryKind(entry: string): NoProxyEntryKind {
  const e = entry.trim().toLowerCase();
  if (e === "*") return "all";
  if (/^[0-9a-f:.]+\/\d{1,3}$/.test(e)) return "cidr";
  if (/^\[[0-9a-f:.]+\](:\d+)?$/.test(e) || (e.split(":").length > 2 && /^[0-9a-f:.]+$/.test(e)))
    return "ipv6";
  if (/:\d+$/.test(e)) return "with-port";
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(e)) return "ipv4";
  if (e.startsWith("*.")) return "wildcard-prefix";
  if (e.startsWith(".")) return "leading-dot";
  return "hostname";
}

/** Whether `r` understands a NO_PROXY entry as written (no means: it never matches). */
export function noProxyEntryUnderstood(r: Receiver, entry: string): Tri {
  return r.noProxy.value[noProxyEntryKind(entry)];
}

/** Every fact of a receiver, named: for the test that each has a source. */
export function receiverFacts(r: Receiver): [string, Fact<unknown>][] {
  return [
    ["runtime", r.runtime],
    ["proxyVariables", r.proxyVariables],
    ["noProxy", r.noProxy],
    ["caTrust", r.caTrust],
    ["partialChain", r.partialChain],
  ];
}
