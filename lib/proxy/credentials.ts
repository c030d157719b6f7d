// Proxy credentials apart from the URL: the user name is a setting (kept, shared, exported);
// the password is a secret that lives in the page's memory only, and only in "plain values"
// mode (in Secret mode install.sh asks for it). One function splits a pasted URL, wherever it
// comes from: the page, an old draft, the command line.
import { formatProxyUrl, parseProxyUrl } from "./url";

export interface SplitUrl {
  /** The URL without user name and password, as the proxy field holds it. */
  url: string;
  username: string;
  password: string;
  /** What the pasted URL's reading said that the shorter URL no longer says (a byte-order mark). */
  notes: string[];
}

/** A proxy URL's user name and password taken out; null when it carries none (or does not parse). */
export function splitProxyCredentials(text: string): SplitUrl | null {
  const parsed = parseProxyUrl(text);
  if (!parsed.ok || (parsed.url.username === "" && parsed.url.password === "")) return null;
  const url = formatProxyUrl(parsed.url, false);
  const kept = parseProxyUrl(url);
  const remaining = kept.ok ? kept.warnings : [];
  return {
    url,
    username: parsed.url.username,
    password: parsed.url.password,
    notes: parsed.warnings.filter((warning) => !remaining.includes(warning)),
  };
}

/** Shown wherever plain values mode carries a password into the bundle (page and command line). */
export const PLAIN_VALUES_WARNING = {
  title: "The proxy password will be readable",
  body: "It is written into the bundle: anyone who can read the bundle, the Helm release (helm get values) or the Terraform state can read it. Use plain values only for a proxy account that is not a secret.",
} as const;

/** The configuration paths that hold secrets: never autosaved, shared or exported. */
export const SECRET_FIELDS = ["proxy.httpPassword", "proxy.httpsPassword"] as const;
export type SecretField = (typeof SECRET_FIELDS)[number];

/** The person-facing name of each secret, as the Proxy step labels it. */
export const SECRET_FIELD_LABELS: Record<SecretField, string> = {
  "proxy.httpPassword": "HTTP proxy password",
  "proxy.httpsPassword": "HTTPS proxy password",
};
