// Secrets never leave the page's memory: the proxy passwords are stripped from every draft, link
// and wizard-config.json, and so is anything that looks like credentials inside a URL field (a
// disabled proxy keeps whatever was typed, unvalidated).
import type { Config, ConfigInput } from "../config/schema";
import { SECRET_FIELD_LABELS, SECRET_FIELDS, type SecretField } from "../proxy/credentials";
import { hasCredentials, stripCredentials } from "../proxy/url";

/** The URL fields that older links and files stripped `user:password@` from, by dotted path. */
export const CREDENTIAL_FIELDS = ["proxy.httpProxy", "proxy.httpsProxy"] as const;
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];

/** The person-facing name of each field, as the Proxy step labels it. */
export const CREDENTIAL_FIELD_LABELS: Record<CredentialField | SecretField, string> = {
  "proxy.httpProxy": "HTTP proxy URL",
  "proxy.httpsProxy": "HTTPS proxy URL",
  ...SECRET_FIELD_LABELS,
};

/**
 * The URL without anything that could be a user name or password. A URL that does not parse
 * loses everything between the scheme and its last "@", so a malformed URL cannot leak its
 * password either.
 */
export function removeCredentials(url: string): { url: string; removed: boolean } {
  if (hasCredentials(url)) return { url: stripCredentials(url), removed: true };
  const at = url.lastIndexOf("@");
  if (at < 0) return { url, removed: false };
  const scheme = /^\s*[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(url)?.[0] ?? "";
  // Trimmed as the schema trims, so the link's value reads back exactly as it was written.
  return { url: (scheme.trim() + url.slice(at + 1)).trim(), removed: true };
}

interface ProxySecrets {
  credentials?: string;
  httpProxy?: string;
  httpsProxy?: string;
  httpPassword?: string;
  httpsPassword?: string;
}

/** The proxy section without its secrets, and which secret parts were there. */
function stripProxy<P extends ProxySecrets>(
  proxy: P,
): { proxy: P; omitted: (CredentialField | SecretField)[] } {
  const http = removeCredentials(proxy.httpProxy ?? "");
  const https = removeCredentials(proxy.httpsProxy ?? "");
  const omitted = [
    ...(http.removed ? (["proxy.httpProxy"] as const) : []),
    ...(https.removed ? (["proxy.httpsProxy"] as const) : []),
    // A password counts as left out only where it is used: in Secret mode install.sh asks for it.
    ...SECRET_FIELDS.filter(
      (field) =>
        proxy.credentials === "plain" &&
        (proxy[field.slice("proxy.".length) as keyof ProxySecrets] ?? "") !== "",
    ),
  ];
  return {
    proxy: {
      ...proxy,
      ...(proxy.httpProxy !== undefined ? { httpProxy: http.url } : {}),
      ...(proxy.httpsProxy !== undefined ? { httpsProxy: https.url } : {}),
      ...(proxy.httpPassword !== undefined ? { httpPassword: "" } : {}),
      ...(proxy.httpsPassword !== undefined ? { httpsPassword: "" } : {}),
    },
    omitted,
  };
}

/** The configuration as a link, a file or a draft may carry it, and what was left out. */
export function withoutSecrets(config: Config): {
  config: Config;
  omittedCredentials: CredentialField[];
  omittedSecrets: (CredentialField | SecretField)[];
} {
  const { proxy, omitted } = stripProxy(config.proxy);
  return {
    config: { ...config, proxy },
    omittedCredentials: omitted.filter((f): f is CredentialField =>
      (CREDENTIAL_FIELDS as readonly string[]).includes(f),
    ),
    omittedSecrets: omitted,
  };
}

/** Form values (possibly invalid, as typed) without secrets: what the autosaved draft holds. */
export function inputWithoutSecrets(values: ConfigInput): ConfigInput {
  if (!values.proxy) return values;
  return { ...values, proxy: stripProxy(values.proxy).proxy };
}
