// Proxy credentials are secrets: they never go into a link (shared/design.md, quality bars).
import type { Config } from "../config/schema";
import { hasCredentials, stripCredentials } from "../proxy/url";

/** The configuration fields that may carry `user:password@`, by their dotted path. */
export const CREDENTIAL_FIELDS = ["proxy.httpProxy", "proxy.httpsProxy"] as const;
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];

/** The person-facing name of each field, as the Proxy step labels it. */
export const CREDENTIAL_FIELD_LABELS: Record<CredentialField, string> = {
  "proxy.httpProxy": "HTTP proxy URL",
  "proxy.httpsProxy": "HTTPS proxy URL",
};

/**
 * The URL without anything that could be a user name or password. A URL that does not parse
 * (a disabled proxy keeps whatever was typed) loses everything between the scheme and its last
 * "@", so a malformed URL cannot leak its password either.
 */
export function removeCredentials(url: string): { url: string; removed: boolean } {
  if (hasCredentials(url)) return { url: stripCredentials(url), removed: true };
  const at = url.lastIndexOf("@");
  if (at < 0) return { url, removed: false };
  const scheme = /^\s*[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(url)?.[0] ?? "";
  // Trimmed as the schema trims, so the link's value reads back exactly as it was written.
  return { url: (scheme.trim() + url.slice(at + 1)).trim(), removed: true };
}

/** The configuration as a link may carry it, and the fields whose credentials were removed. */
export function withoutSecrets(config: Config): {
  config: Config;
  omittedCredentials: CredentialField[];
} {
  const http = removeCredentials(config.proxy.httpProxy);
  const https = removeCredentials(config.proxy.httpsProxy);
  const omittedCredentials = CREDENTIAL_FIELDS.filter((field) =>
    field === "proxy.httpProxy" ? http.removed : https.removed,
  );
  return {
    config: { ...config, proxy: { ...config.proxy, httpProxy: http.url, httpsProxy: https.url } },
    omittedCredentials,
  };
}
