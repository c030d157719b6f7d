// Host names as name filters read them. Squid's dstdomain and AWS Network Firewall's domain
// lists both take `.example.com` for example.com and every subdomain; Squid complains about a
// list that holds a name and a wildcard covering it, so covered names are left out.
import type { EgressDestination } from "./types";

/** A host whose first label is only known after `tofu apply` (the module's ECR mirrors). */
export function isPlaceholderHost(host: string): boolean {
  return host.startsWith("ACCOUNT.");
}

/** `*.s3.x` and `ACCOUNT.dkr.ecr.x` become `.s3.x` and `.dkr.ecr.x`; other names stay exact. */
export function filterDomain(host: string): string {
  if (host.startsWith("*.")) return host.slice(1);
  if (isPlaceholderHost(host)) return host.slice("ACCOUNT".length);
  return host;
}

/** Whether a filter entry (exact, or `.suffix`) lets a host name through. */
export function domainMatches(domain: string, host: string): boolean {
  if (!domain.startsWith(".")) return domain === host;
  return host === domain.slice(1) || host.endsWith(domain);
}

/** The entries of a name filter: unique, first-seen order, none covered by a wildcard. */
export function allowlistDomains(destinations: readonly EgressDestination[]): string[] {
  const entries = [...new Set(destinations.flatMap((d) => d.hosts.map(filterDomain)))];
  const wildcards = entries.filter((e) => e.startsWith("."));
  return entries.filter(
    (entry) => !wildcards.some((w) => w !== entry && domainMatches(w, entry.replace(/^\./, ""))),
  );
}

/** Hosts the filters allow more widely than named (the account is not known yet), for a comment. */
export function widenedHosts(destinations: readonly EgressDestination[]): string[] {
  return [...new Set(destinations.flatMap((d) => d.hosts.filter(isPlaceholderHost)))];
}
