// How each family of readers takes a NO_PROXY entry, as read in its code or docs.
import type { NoProxyEntryKind, Tri } from "./types";

export type NoProxySyntax = Record<NoProxyEntryKind, Tri>;

/**
 * Go's net/http (golang.org/x/net/http/httpproxy): CIDR, IPs with or without a port, `[v6]:port`,
 * `.suffix` (subdomains only), `*.suffix`, `name` (name and subdomains), `*` alone. Loopback and
 * `localhost` are never proxied, whatever the list says.
 */
export const GO_NO_PROXY: NoProxySyntax = {
  all: "yes",
  hostname: "yes",
  "leading-dot": "yes",
  "wildcard-prefix": "yes",
  ipv4: "yes",
  ipv6: "yes",
  cidr: "yes",
  "with-port": "yes",
};

/** undici's EnvHttpProxyAgent (Node's fetch): no CIDR; `.x` and `*.x` both mean x and below. */
export const UNDICI_NO_PROXY: NoProxySyntax = {
  all: "yes",
  hostname: "yes",
  "leading-dot": "yes",
  "wildcard-prefix": "yes",
  ipv4: "yes",
  ipv6: "yes",
  cidr: "no",
  "with-port": "yes",
};

/**
 * Python's urllib proxy_bypass_environment, which botocore's decision goes through: suffixes
 * (a leading dot is dropped), `*` only as the whole value, `host:port`; no CIDR, no `*.x`.
 */
export const PYTHON_NO_PROXY: NoProxySyntax = {
  all: "yes",
  hostname: "yes",
  "leading-dot": "yes",
  "wildcard-prefix": "no",
  ipv4: "yes",
  ipv6: "unknown",
  cidr: "no",
  "with-port": "yes",
};

/** curl: `*` is the only wildcard; CIDR since 7.86.0; IPv6 without brackets. */
export const CURL_NO_PROXY: NoProxySyntax = {
  all: "yes",
  hostname: "yes",
  "leading-dot": "yes",
  "wildcard-prefix": "no",
  ipv4: "yes",
  ipv6: "yes",
  cidr: "yes",
  "with-port": "unknown",
};

/** Only the kinds a documented example shows are known; the rest are not. */
export function fromExample(known: readonly NoProxyEntryKind[]): NoProxySyntax {
  const kinds: NoProxyEntryKind[] = [
    "all",
    "hostname",
    "leading-dot",
    "wildcard-prefix",
    "ipv4",
    "ipv6",
    "cidr",
    "with-port",
  ];
  return Object.fromEntries(
    kinds.map((kind) => [kind, known.includes(kind) ? "yes" : "unknown"]),
  ) as NoProxySyntax;
}
