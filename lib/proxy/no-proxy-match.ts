// Whether a NO_PROXY list sends a host past the proxy, as Go's HTTP client reads it (the Flows
// services are Go): golang.org/x/net/http/httpproxy, config.init and useProxy. Entries come
// normalized from lib/proxy/no-proxy.ts; IP and CIDR entries never match a host name.

/** Splits `name:port`; IP literals and CIDRs are not names, so they come back as null. */
function domainEntry(entry: string): { suffix: string; matchHost: boolean; port: string } | null {
  const match = /^([^:/[\]]+?)(?::(\d+))?$/.exec(entry.toLowerCase());
  if (!match || /^[\d.]+$/.test(match[1] ?? "")) return null;
  let name = match[1] ?? "";
  // Go: "*.x" and ".x" match subdomains only; "x" matches x and its subdomains.
  if (name.startsWith("*.")) name = name.slice(1);
  const matchHost = !name.startsWith(".");
  return { suffix: matchHost ? `.${name}` : name, matchHost, port: match[2] ?? "" };
}

/** True when the Flows services reach host:port directly under this NO_PROXY list. */
export function noProxyCovers(entries: readonly string[], host: string, port: number): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  if (name === "localhost") return true;
  return entries.some((raw) => {
    const entry = raw.trim();
    if (entry === "*") return true;
    const domain = domainEntry(entry);
    if (!domain) return false;
    if (domain.port !== "" && domain.port !== String(port)) return false;
    return name.endsWith(domain.suffix) || (domain.matchHost && name === domain.suffix.slice(1));
  });
}
