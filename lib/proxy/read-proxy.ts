// What the Proxy step says next to its fields, for a proxy section that arrives as a whole (a
// wizard-config.json, command-line flags): the same functions the fields call, so the command
// line prints the page's notes as warnings.
import { credentialWarnings } from "./credential-notes";
import { PLAIN_VALUES_WARNING, splitProxyCredentials } from "./credentials";
import { parseNoProxyList } from "./no-proxy-list";
import { parseProxyUrl } from "./url";

export interface ProxyNote {
  /** The setting's dotted path, e.g. proxy.noProxy. */
  field: string;
  message: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const URL_FIELDS = [
  ["httpProxy", "httpUser", "httpPassword"],
  ["httpsProxy", "httpsUser", "httpsPassword"],
] as const;

/**
 * The notes and warnings of a proxy section as given (before the schema trims and normalizes
 * it; a URL may still carry user:password@). Errors are left to the schema; an unused proxy
 * (not enabled) says nothing, as its fields are hidden in the page.
 */
export function proxySectionNotes(proxy: unknown): ProxyNote[] {
  if (!isPlainObject(proxy) || proxy.enabled !== true) return [];
  const text = (key: string) => (typeof proxy[key] === "string" ? proxy[key] : "");
  const notes: ProxyNote[] = [];
  const say = (field: string, messages: readonly string[]) =>
    notes.push(...messages.map((message) => ({ field: `proxy.${field}`, message })));
  let withUser = false;
  for (const [urlField, userField, passwordField] of URL_FIELDS) {
    if (urlField === "httpsProxy" && text(urlField).trim() === "") continue;
    const parsed = parseProxyUrl(text(urlField));
    if (parsed.ok) say(urlField, parsed.warnings);
    // As lib/config/upgrade.ts reads it: a user name field wins over the URL's.
    const split = splitProxyCredentials(text(urlField));
    const user = text(userField) !== "" ? text(userField) : (split?.username ?? "");
    const password = split && split.password !== "" ? split.password : text(passwordField);
    say(userField, credentialWarnings(user, "user name"));
    say(passwordField, credentialWarnings(password, "password"));
    withUser ||= user.trim() !== "";
  }
  if (proxy.credentials === "plain" && withUser)
    say("credentials", [`${PLAIN_VALUES_WARNING.title}. ${PLAIN_VALUES_WARNING.body}`]);
  if (Array.isArray(proxy.noProxy)) {
    const list = parseNoProxyList(proxy.noProxy.filter((e): e is string => typeof e === "string"));
    say("noProxy", [...list.notes, ...list.warnings]);
  }
  return notes;
}
