// One NO_PROXY entry: each runtime reads the list its own way (the sources below), so
// the wizard normalizes what it can, says so, and warns where Go, Node and curl disagree.
// Sources read: Go golang.org/x/net/http/httpproxy (config.init, useProxy); curl lib/noproxy.c;
// undici lib/dispatcher/env-http-proxy-agent.js; Node lib/internal/http.js (ProxyConfig).
import { canonicalIpv6, ipv6Network, isIpv4 } from "./ip";
import { ipv4Network, ipv4Number, rangeToCidrs, readIpv4 } from "./ipv4";
import { shellExpansionMessage, shellExpansions } from "./pasted";

export type NoProxyKind = "host" | "suffix" | "ipv4" | "ipv6" | "cidr" | "all";

export type NoProxyEntryResult =
  | {
      ok: true;
      entry: string;
      kind: NoProxyKind;
      /** How the receivers read the entry: shown as long as the entry is listed. */
      warning?: string;
      /** What was rewritten on the way in: said once, when the entry is read. */
      note?: string;
    }
  | { ok: false; error: string };

/** The documented starting point: localhost, 127.0.0.1 and the cluster's own service names. */
export const DOCUMENTED_NO_PROXY = ["localhost", "127.0.0.1", ".cluster.local"] as const;

const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;
const INVISIBLE = /[\u200B-\u200D\u2060\u00AD\uFEFF]/;

export const NO_PROXY_WARNINGS = {
  all: '"*" turns the proxy off: Go (the Flows services) and Node\'s http module then reach every destination directly, and curl and Node\'s fetch do too when "*" is the whole list. Remove it unless nothing should use the proxy.',
  cidr: "CIDR ranges are honoured by Go (the Flows services) and recent curl, not by Node's fetch (JavaScript runtimes): add host names too.",
  port: "Go and Node compare the port of an entry; curl reads no ports in NO_PROXY and never matches this entry.",
  everyAddress: (cidr: string) =>
    `"${cidr}" covers every address: Go then skips the proxy for any destination written as an IP.`,
} as const;

export const NO_PROXY_NOTES = {
  wildcard: (typed: string, written: string) =>
    `"${typed}" is written "${written}": curl does not read "*." wildcards, and Go, curl and Node all read "${written}" as every subdomain.`,
  hostBits: (typed: string, written: string) =>
    `"${typed}" has host bits set: it is written as its network, "${written}" (Go and curl compare only the network bits anyway).`,
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
  const address = text.slice(0, slash).replace(/^\[(.*)\]$/, "$1");
  const bits = text.slice(slash + 1);
  const v4 = readIpv4(address);
  const v6 = canonicalIpv6(address);
  if (v4.kind === "name" && !v6) {
    if (!/^\d+$/.test(bits))
      return {
        ok: false,
        error: `"${shown}" has a path: NO_PROXY entries are host names and IP ranges, never URLs. Write ${address} without "/${bits}".`,
      };
    return {
      ok: false,
      error: `"${shown}" is not a valid CIDR range: "${address}" is not an IP address. Write a range such as 10.0.0.0/16, or the host name alone.`,
    };
  }
  if (v4.kind === "shorthand" || v4.kind === "invalid")
    return {
      ok: false,
      error: `"${shown}" is not a valid CIDR range: ${v4.kind === "shorthand" ? `write its address in full, ${v4.address}/${bits}.` : v4.message}`,
    };
  const max = v4.kind === "dotted" ? 32 : 128;
  if (!/^\d{1,3}$/.test(bits) || Number(bits) > max)
    return {
      ok: false,
      error: `"${shown}" is not a valid CIDR range: the prefix length after "/" is a number from 0 to ${max}.`,
    };
  const prefix = Number(bits);
  const network =
    v4.kind === "dotted" ? ipv4Network(v4.address, prefix) : ipv6Network(address, prefix);
  const entry = `${network}/${prefix}`;
  const canonical = `${v4.kind === "dotted" ? v4.address : v6}/${prefix}`;
  const warning = prefix === 0 ? NO_PROXY_WARNINGS.everyAddress(entry) : NO_PROXY_WARNINGS.cidr;
  const note = entry !== canonical ? NO_PROXY_NOTES.hostBits(shown, entry) : undefined;
  return { ok: true, entry, kind: "cidr", warning, ...(note ? { note } : {}) };
}

/** `a.b.c.d-e.f.g.h`: only Node's http module reads ranges; the others take CIDRs. */
function rangeError(shown: string, start: string, end: string): string {
  const backwards = ipv4Number(start) > ipv4Number(end);
  const cidrs = backwards ? rangeToCidrs(end, start) : rangeToCidrs(start, end);
  const fix =
    cidrs.length === 1
      ? `write ${cidrs[0]}, the CIDR range it is`
      : cidrs.length <= 4
        ? `write the CIDR ranges that cover it exactly: ${cidrs.join(", ")}`
        : `write it as CIDR ranges (it takes ${cidrs.length} to cover exactly, from ${cidrs[0]} to ${cidrs[cidrs.length - 1]}), or one wider range`;
  return `"${shown}" is an IP range: NO_PROXY takes CIDR ranges, and Go (the Flows services), curl and Node's fetch never match a range written with "-". ${fix[0]!.toUpperCase()}${fix.slice(1)}.`;
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

/** What a pasted entry is when it is not an entry at all: a URL, quotes, shell, a range. */
function pastedShapeError(shown: string, text: string): string | null {
  if (/\s/.test(text)) return `"${shown}" holds more than one entry: separate entries with commas.`;
  if (/["'“”‘’]/.test(text))
    return `${shown} holds quote marks: leave them out, write ${shown.replace(/["'“”‘’]/g, "")}.`;
  if (INVISIBLE.test(text))
    return `"${shown}" holds an invisible character (such as a zero-width space): retype the entry.`;
  const expansion = shellExpansions(shown)[0];
  if (expansion) return shellExpansionMessage(expansion, "the host names");
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/?#]*)/.exec(text);
  if (scheme)
    return `"${shown}": leave out the scheme, write the host name only${scheme[1] ? ` (${scheme[1]})` : ""}.`;
  const range = /^([\d.]+)-([\d.]+)$/.exec(text);
  if (range && isIpv4(range[1] ?? "") && isIpv4(range[2] ?? ""))
    return rangeError(shown, range[1]!, range[2]!);
  return null;
}

/** Validates and normalizes one NO_PROXY entry (a list is split first: lib/proxy/no-proxy-list.ts). */
export function parseNoProxyEntry(input: string): NoProxyEntryResult {
  const shown = input.trim();
  const text = shown.toLowerCase();
  if (text === "") return { ok: false, error: "Empty entry: remove the extra comma." };
  const pasted = pastedShapeError(shown, text);
  if (pasted) return { ok: false, error: pasted };
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
  const result = (
    entry: string,
    kind: NoProxyKind,
    extra: { warning?: string; note?: string } = {},
  ): NoProxyEntryResult => {
    const out: NoProxyEntryResult = { ok: true, entry, kind };
    if (extra.warning ?? portWarning) out.warning = extra.warning ?? portWarning;
    if (extra.note) out.note = extra.note;
    return out;
  };
  const v6 = canonicalIpv6(host);
  if (v6) {
    // Bracketed and bare IPv6 are both kept as written: the receivers need both (no-proxy-list.ts).
    const bracketed = text.startsWith("[");
    return result(suffix ? `[${v6}]${suffix}` : bracketed ? `[${v6}]` : v6, "ipv6");
  }
  if (text.startsWith("[")) return { ok: false, error: `"${shown}" is not a valid IPv6 address.` };
  const v4 = readIpv4(host.startsWith(".") ? host.slice(1) : host);
  if (v4.kind === "dotted" && !host.startsWith(".")) return result(v4.address + suffix, "ipv4");
  if (v4.kind === "shorthand" || v4.kind === "invalid") return { ok: false, error: v4.message };
  if (host.startsWith("*.")) {
    const written = host.slice(1);
    if (!isHostName(written.slice(1)))
      return { ok: false, error: `"${shown}" is not a valid domain.` };
    return result(written + suffix, "suffix", {
      note: NO_PROXY_NOTES.wildcard(shown, written + suffix),
    });
  }
  if (host.includes("*"))
    return {
      ok: false,
      error: `"${shown}": a wildcard is only understood as a leading "*." (or write ".example.com").`,
    };
  if (host.startsWith(".")) {
    if (!isHostName(host.slice(1)))
      return { ok: false, error: `"${shown}" is not a valid domain suffix.` };
    return result(host + suffix, "suffix");
  }
  if (!isHostName(host))
    return { ok: false, error: `"${shown}" is not a host name, IP address, .suffix or CIDR.` };
  return result(host + suffix, "host");
}
