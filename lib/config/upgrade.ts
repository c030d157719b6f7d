import { splitProxyCredentials } from "../proxy/credentials";

// Stored configurations from before a setting existed, read the way they were meant. Every
// reader of untrusted input (link, wizard-config.json, draft, command line) passes it through
// here before the schema, so they all agree.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Before `network.egress.mirror`, a filled-in mirror repository was itself the choice of the
 * user's own registry. Returns a copy with `mirror: "own"` where an input names a repository
 * but no mirror choice (newer links and files always carry the choice beside a repository).
 */
export function upgradeConfigInput(value: unknown): unknown {
  return upgradeProxyCredentials(upgradeMirror(value));
}

function upgradeMirror(value: unknown): unknown {
  if (!isPlainObject(value) || !isPlainObject(value.network)) return value;
  const egress = value.network.egress;
  if (!isPlainObject(egress) || "mirror" in egress) return value;
  const named = (key: string) => typeof egress[key] === "string" && egress[key].trim() !== "";
  if (!named("backendImageRepository") && !named("agentImageRepository")) return value;
  return {
    ...value,
    network: { ...value.network, egress: { ...egress, mirror: "own" } },
  };
}

/**
 * Before the user name had its own field, it lived in the proxy URL with the password. Moves a
 * URL's user name to `httpUser` / `httpsUser` (unless one is set) and its password to the
 * password field, which no draft, link or file keeps (lib/share/secrets.ts).
 */
function upgradeProxyCredentials(value: unknown): unknown {
  if (!isPlainObject(value) || !isPlainObject(value.proxy)) return value;
  const proxy: Record<string, unknown> = { ...value.proxy };
  let changed = false;
  for (const [field, user, password] of [
    ["httpProxy", "httpUser", "httpPassword"],
    ["httpsProxy", "httpsUser", "httpsPassword"],
  ] as const) {
    const url = proxy[field];
    const split = typeof url === "string" ? splitProxyCredentials(url) : null;
    if (!split) continue;
    proxy[field] = split.url;
    if (typeof proxy[user] !== "string" || proxy[user] === "") proxy[user] = split.username;
    if (split.password !== "") proxy[password] = split.password;
    changed = true;
  }
  return changed ? { ...value, proxy } : value;
}
