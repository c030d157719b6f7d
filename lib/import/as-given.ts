// A wizard-config.json's text before the schema reads it. The command line's proxy URLs are
// written into its proxy section, so that they are split and checked exactly like the file's own
// values; NO_PROXY is read as the page's editor reads pasted text (lib/proxy/no-proxy-list.ts):
// the accepted entries are kept and each refused piece is said, where the schema alone would
// leave the whole list out for one bad piece.
import { parseNoProxyList } from "../proxy/no-proxy-list";
import { MAX_CONFIG_FILE_BYTES } from "../share/wizard-config-file";

/** Proxy URLs given beside the file (the command line's --http-proxy and --https-proxy). */
export interface ProxyFlags {
  httpProxy?: string;
  httpsProxy?: string;
}

export interface GivenText {
  /** What the schema reads: the text, with the flags and NO_PROXY's accepted entries in it. */
  text: string;
  /** The `config` object as the file writes it (before the schema trims it), if any. */
  config: unknown;
  /** The proxy section as the file and the flags give it, or null (a share link, not JSON). */
  proxy: Record<string, unknown> | null;
  /** One sentence for each refused piece of NO_PROXY. */
  refusedNoProxy: string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The text as the file and the flags give it. A share link, broken JSON or a text too large to be
 * a wizard-config.json passes unchanged, for the schema's reader to say what it is.
 */
export function readAsGiven(text: string, flags: ProxyFlags): GivenText {
  const unchanged = (config?: unknown): GivenText => ({
    text,
    config,
    proxy: null,
    refusedNoProxy: [],
  });
  if (text.length > MAX_CONFIG_FILE_BYTES) return unchanged();
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return unchanged();
  }
  if (!isPlainObject(json)) return unchanged();
  if (!isPlainObject(json.config)) return unchanged(json.config);
  const proxy: Record<string, unknown> = {
    ...(isPlainObject(json.config.proxy) ? json.config.proxy : {}),
    ...flags,
  };
  const items = proxy.noProxy;
  const list =
    Array.isArray(items) && items.every((item) => typeof item === "string")
      ? parseNoProxyList(items)
      : null;
  const refusedNoProxy = list?.errors ?? [];
  if (Object.keys(flags).length === 0 && refusedNoProxy.length === 0)
    return { text, config: json.config, proxy, refusedNoProxy };
  const read = list && refusedNoProxy.length > 0 ? { ...proxy, noProxy: list.entries } : proxy;
  return {
    text: JSON.stringify({ ...json, config: { ...json.config, proxy: read } }),
    config: json.config,
    proxy,
    refusedNoProxy,
  };
}
