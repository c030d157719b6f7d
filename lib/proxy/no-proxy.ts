// NO_PROXY entries: each runtime reads the list its own way (shared/domain.md, pitfalls), so
// the wizard normalizes what it can and warns where Go, Node and curl disagree.
import { canonicalIpv6, isIpv4 } from "./ip";

export type NoProxyKind = "host" | "suffix" | "wildcard" | "ipv4" | "ipv6" | "cidr" | "all";

export type NoProxyEntryResult =
  { ok: true; entry: string; kind: NoProxyKind; warning?: string } | { ok: false; error: string };

/** The documented starting point: localhost, 127.0.0.1 and the cluster's own service names. */
export const DOCUMENTED_NO_PROXY = ["localhost", "127.0.0.1", ".cluster.local"] as const;

const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;

export const NO_PROXY_WARNINGS = {
  all: '"*" turns the proxy off for every destination in Go, Node and curl.',
  cidr: "CIDR ranges are honoured by Go (the Flows services) and recent curl, not by Node's fetch (JavaScript runtimes): add host names too.",
  wildcard: (suffix: string) =>
    `curl does not read "*." wildcards: write "${suffix}", which Go, Node and curl all take to mean every subdomain.`,
  port: "Go and Node compare the port of an entry; curl reads no ports in NO_PROXY and never matches this entry.",
  everyAddress: (cidr: string) =>
    `"${cidr}" covers every address: Go then skips the proxy for any destination written as an IP.`,
} as const;

function isHostName(value: string): boolean {
  return value.length <= 253 && value.split(".").every((label) => LABEL.test(label));
}

function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}

function parseCidr(text: string, shown: string): NoProxyEntryResult {
  const slash = text.indexOf("/");
  const address = text.slice(0, slash);
  const bits = text.slice(slash + 1);
  const v6 = canonicalIpv6(address);
  const max = isIpv4(address) ? 32 : v6 ? 128 : -1;
  if (max < 0 || !/^\d{1,3}$/.test(bits) || Number(bits) > max)
    return { ok: false, error: `"${shown}" is not a valid CIDR range (e.g. 10.0.0.0/16).` };
  const entry = `${v6 ?? address}/${Number(bits)}`;
  const warning =
    Number(bits) === 0 ? NO_PROXY_WARNINGS.everyAddress(entry) : NO_PROXY_WARNINGS.cidr;
  return { ok: true, entry, kind: "cidr", warning };
}

/** Splits `host:port` and `[v6]:port`; a bare IPv6 address has no port. */
function splitPort(text: string): { host: string; port: string | null } | null {
  if (text.startsWith("[")) {
    const match = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
    return match ? { host: match[1] ?? "", port: match[2] ?? null } : null;
  }
  const colons = text.split(":").length - 1;
  if (colons !== 1) return { host: text, port: null };
  const [host = "", port = ""] = text.split(":");
  return { host, port };
}

/** Validates and normalizes one NO_PROXY entry. */
export function parseNoProxyEntry(input: string): NoProxyEntryResult {
  const shown = input.trim();
  const text = shown.toLowerCase();
  if (text === "") return { ok: false, error: "Empty entry: remove the extra comma." };
  if (/\s/.test(text))
    return { ok: false, error: `"${shown}" contains a space: separate entries with commas.` };
  if (text.includes("://"))
    return { ok: false, error: `"${shown}": leave out the scheme, write the host name only.` };
  if (text === "*") return { ok: true, entry: "*", kind: "all", warning: NO_PROXY_WARNINGS.all };
  if (text.includes("/")) return parseCidr(text, shown);
  const split = splitPort(text);
  if (!split)
    return { ok: false, error: `"${shown}": write an IPv6 address with a port as [ADDRESS]:PORT.` };
  const { port } = split;
  const host = split.host.replace(/\.$/, "");
  let suffix = "";
  if (port !== null) {
    const number = parsePort(port);
    if (number === null)
      return { ok: false, error: `"${shown}" has an invalid port: use a number from 1 to 65535.` };
    suffix = `:${number}`;
  }
  const portWarning = suffix ? NO_PROXY_WARNINGS.port : undefined;
  const withWarning = (entry: string, kind: NoProxyKind, warning?: string): NoProxyEntryResult =>
    warning ? { ok: true, entry, kind, warning } : { ok: true, entry, kind };
  if (isIpv4(host)) return withWarning(host + suffix, "ipv4", portWarning);
  const v6 = canonicalIpv6(host);
  if (v6) return withWarning(suffix ? `[${v6}]${suffix}` : v6, "ipv6", portWarning);
  if (text.startsWith("[")) return { ok: false, error: `"${shown}" is not a valid IPv6 address.` };
  if (/^[\d.]+$/.test(host)) return { ok: false, error: `"${shown}" is not a valid IPv4 address.` };
  if (host.startsWith("*.")) {
    if (!isHostName(host.slice(2)))
      return { ok: false, error: `"${shown}" is not a valid domain.` };
    return withWarning(host + suffix, "wildcard", NO_PROXY_WARNINGS.wildcard(host.slice(1)));
  }
  if (host.includes("*"))
    return {
      ok: false,
      error: `"${shown}": a wildcard is only understood as a leading "*." (or write ".example.com").`,
    };
  if (host.startsWith(".")) {
    if (!isHostName(host.slice(1)))
      return { ok: false, error: `"${shown}" is not a valid domain suffix.` };
    return withWarning(host + suffix, "suffix", portWarning);
  }
  if (!isHostName(host))
    return { ok: false, error: `"${shown}" is not a host name, IP address, .suffix or CIDR.` };
  return withWarning(host + suffix, "host", portWarning);
}

export interface NoProxyListResult {
  entries: string[];
  errors: string[];
  warnings: string[];
}

/** Splits a comma- or newline-separated list, normalizes each entry and drops duplicates. */
export function parseNoProxyList(text: string | readonly string[]): NoProxyListResult {
  let raw = typeof text === "string" ? text.split(/[,\n]/) : [...text];
  // One trailing separator ("a,b,") is a habit, not a mistake.
  if (typeof text === "string" && raw.length > 1 && raw[raw.length - 1]?.trim() === "")
    raw = raw.slice(0, -1);
  const entries: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const part of raw) {
    const result = parseNoProxyEntry(part);
    if (!result.ok) {
      if (!errors.includes(result.error)) errors.push(result.error);
      continue;
    }
    if (!entries.includes(result.entry)) entries.push(result.entry);
    if (result.warning && !warnings.includes(result.warning)) warnings.push(result.warning);
  }
  return { entries, errors, warnings };
}
