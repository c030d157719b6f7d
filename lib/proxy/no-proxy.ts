// NO_PROXY entries: each runtime reads the list its own way (shared/domain.md, pitfalls), so
// the wizard normalizes what it can and warns where Go, Node and curl disagree.
import { isIpv4, isIpv6 } from "./url";

export type NoProxyKind = "host" | "suffix" | "wildcard" | "ipv4" | "ipv6" | "cidr" | "all";

export type NoProxyEntryResult =
  { ok: true; entry: string; kind: NoProxyKind; warning?: string } | { ok: false; error: string };

/** The documented starting point: localhost, 127.0.0.1 and the cluster's own service names. */
export const DOCUMENTED_NO_PROXY = ["localhost", "127.0.0.1", ".cluster.local"] as const;

const HOST = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

function splitPort(text: string): { host: string; port: string } {
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    return close < 0
      ? { host: text, port: "" }
      : { host: text.slice(1, close), port: text.slice(close + 2) };
  }
  const colons = text.split(":").length - 1;
  if (colons === 1) {
    const [host = "", port = ""] = text.split(":");
    return { host, port };
  }
  return { host: text, port: "" };
}

/** Validates and normalizes one NO_PROXY entry. */
export function parseNoProxyEntry(input: string): NoProxyEntryResult {
  const text = input.trim().toLowerCase();
  if (text === "") return { ok: false, error: "Empty entry: remove the extra comma." };
  if (/\s/.test(text))
    return {
      ok: false,
      error: `"${input.trim()}" contains a space: separate entries with commas.`,
    };
  if (text === "*")
    return {
      ok: true,
      entry: "*",
      kind: "all",
      warning: '"*" turns the proxy off for every destination in Go, Node and curl.',
    };
  if (text.includes("/")) {
    const [address = "", bits = ""] = text.split("/");
    const max = isIpv4(address) ? 32 : isIpv6(address) ? 128 : -1;
    if (max < 0 || !/^\d{1,3}$/.test(bits) || Number(bits) > max)
      return {
        ok: false,
        error: `"${input.trim()}" is not a valid CIDR range (e.g. 10.0.0.0/16).`,
      };
    return {
      ok: true,
      entry: `${address}/${Number(bits)}`,
      kind: "cidr",
      warning:
        "CIDR ranges are honoured by Go (the Flows services), not by Node's fetch (JavaScript runtimes) nor older curl: add host names too.",
    };
  }
  const { host, port } = splitPort(text);
  if (port !== "" && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535))
    return { ok: false, error: `"${input.trim()}" has an invalid port.` };
  const suffix = port === "" ? "" : `:${Number(port)}`;
  if (isIpv4(host)) return { ok: true, entry: host + suffix, kind: "ipv4" };
  if (isIpv6(host))
    return { ok: true, entry: (suffix ? `[${host}]` : host) + suffix, kind: "ipv6" };
  if (host.startsWith("*.")) {
    if (!HOST.test(host.slice(2)))
      return { ok: false, error: `"${input.trim()}" is not a valid domain.` };
    return {
      ok: true,
      entry: host + suffix,
      kind: "wildcard",
      warning: `curl does not read "*." wildcards: write "${host.slice(1)}", which Go, Node and curl all take to mean every subdomain.`,
    };
  }
  if (host.startsWith(".")) {
    if (!HOST.test(host.slice(1)))
      return { ok: false, error: `"${input.trim()}" is not a valid domain suffix.` };
    return { ok: true, entry: host + suffix, kind: "suffix" };
  }
  if (!HOST.test(host))
    return {
      ok: false,
      error: `"${input.trim()}" is not a host name, IP address, .suffix or CIDR.`,
    };
  return { ok: true, entry: host + suffix, kind: "host" };
}

export interface NoProxyListResult {
  entries: string[];
  errors: string[];
  warnings: string[];
}

/** Splits a comma- or newline-separated list, normalizes each entry and drops duplicates. */
export function parseNoProxyList(text: string | readonly string[]): NoProxyListResult {
  const raw = typeof text === "string" ? text.split(/[,\n]/) : [...text];
  const trimmedEnd =
    typeof text === "string"
      ? raw.filter((part, i) => !(i === raw.length - 1 && part.trim() === ""))
      : raw;
  const entries: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const part of trimmedEnd) {
    const result = parseNoProxyEntry(part);
    if (!result.ok) errors.push(result.error);
    else {
      if (!entries.includes(result.entry)) entries.push(result.entry);
      if (result.warning && !warnings.includes(result.warning)) warnings.push(result.warning);
    }
  }
  return { entries, errors, warnings };
}
