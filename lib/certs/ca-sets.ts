// The CA set of each module. Every certificate carries a scope: "both" (the default), "services"
// (the main module's `custom_ca_certificates`, which reaches the Flows server, worker and gateway
// through the config Secret) or "agents" (the agents' own value: the EC2 agent module's
// `custom_ca_certificates`, and FLOWS_ADDITIONAL_ROOT_CAS of the agent chart). EC2 user data has
// room for about two RSA roots (the agent module's user_data.tftpl against AWS's 16 KB cap:
// lib/upstream/user-data.ts), so a large services set need not reach it.
import type { CaScope, Certificate, Config } from "../config/schema";
import { encodeCustomCaCertificates } from "./custom-ca-value";

export type CaSetName = "services" | "agents";

export const CA_SCOPE_LABELS: Record<CaScope, string> = {
  both: "Services and agents",
  services: "Services only",
  agents: "Agents only",
};

export function inCaSet(scope: CaScope, set: CaSetName): boolean {
  return scope === "both" || scope === set;
}

/** The certificates one module trusts, in the order of the certificate list. */
export function caSetCertificates(
  certificates: readonly Certificate[],
  set: CaSetName,
): Certificate[] {
  return certificates.filter((c) => inCaSet(c.scope, set));
}

export interface CaValues {
  /** The main module's `custom_ca_certificates` (the Flows services). */
  services: string;
  /** The agents' value: the EC2 module's `custom_ca_certificates` and the agent chart's env. */
  agents: string;
  /** The sets differ: main.tf gets a second variable for the agents. */
  split: boolean;
}

/** Both one-line values; they are the same string when every certificate is in both sets. */
export function caValues(config: Pick<Config, "certificates">): CaValues {
  const services = caSetCertificates(config.certificates, "services").map((c) => c.pem);
  const agents = caSetCertificates(config.certificates, "agents").map((c) => c.pem);
  const split = config.certificates.some((c) => c.scope !== "both");
  return {
    services: encodeCustomCaCertificates(services),
    agents: split ? encodeCustomCaCertificates(agents) : encodeCustomCaCertificates(services),
    split,
  };
}

/**
 * Each set's size in one sentence, for the certificate step; null when every certificate is in
 * both sets (one value, as before). The EC2 budget itself is lib/ec2-user-data/user-data-budget.ts.
 */
export function caSetSummary(plan: {
  config: Pick<Config, "certificates">;
  ca: CaValues;
}): string | null {
  const { config, ca: values } = plan;
  if (!values.split) return null;
  const count = (set: CaSetName) => caSetCertificates(config.certificates, set).length;
  const part = (set: CaSetName, value: string) =>
    `${count(set)} certificate${count(set) === 1 ? "" : "s"}, ${value.length} characters`;
  return `Two CA sets: the Flows services trust ${part("services", values.services)}; the agents trust ${part("agents", values.agents)}.`;
}
