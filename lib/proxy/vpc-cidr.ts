// The VPC's range as typed in the Proxy step: the schema checks it, the NO_PROXY suggestions and
// the agents' additions read it.
import { parseNoProxyEntry } from "./no-proxy";

/** Parses a CIDR typed for the VPC: the normalized range, or an error for the person. */
export function parseVpcCidr(
  text: string,
): { ok: true; cidr: string } | { ok: false; error: string } {
  const parsed = parseNoProxyEntry(text);
  if (!parsed.ok || parsed.kind !== "cidr")
    return { ok: false, error: "Enter the VPC's range as a CIDR, for example 10.0.0.0/16." };
  return { ok: true, cidr: parsed.entry };
}
