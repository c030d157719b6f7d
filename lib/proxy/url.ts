// Parsing and normalizing proxy URLs. `new URL()` is not enough here: it accepts
// `proxy.example.com:8080` (the host becomes the scheme) and leaves characters raw that break
// the agent module's unquoted `export HTTP_PROXY=…` (in its user_data.tftpl, read at
// AGENT_MODULE in lib/upstream/sources.ts).
import { canonicalIpv6, isIpv6 } from "./ip";
import { readIpv4 } from "./ipv4";
import {
  shellAssignment,
  shellAssignmentMessage,
  shellExpansionMessage,
  shellExpansions,
  stripBom,
  unquote,
} from "./pasted";

export { isIpv4, isIpv6 } from "./ip";

export interface ProxyUrl {
  scheme: "http" | "https";
  username: string;
  password: string;
  /** Host as written in a URL: lower-case name, IPv4, or a bracketed IPv6 literal. */
  host: string;
  /** Empty when the URL names no port. */
  port: string;
}

export type ProxyUrlResult =
  | { ok: true; url: ProxyUrl; normalized: string; warnings: string[] }
  | { ok: false; error: string };

const UNRESERVED = /[A-Za-z0-9\-._~]/;
const utf8 = new TextEncoder();
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Percent-encodes every byte that is not unreserved (RFC 3986), so the value is shell-inert too. */
export function encodeUserinfo(value: string): string {
  let out = "";
  for (const ch of value) {
    if (UNRESERVED.test(ch)) out += ch;
    else
      for (const byte of utf8.encode(ch))
        out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

function decodeUserinfo(
  value: string,
  what: string,
): { ok: true; value: string } | { ok: false; error: string } {
  if (/%(?![0-9A-Fa-f]{2})/.test(value))
    return {
      ok: false,
      error: `The ${what} holds a "%" that is not followed by two hex digits. Write a literal % as %25: Go's HTTP client silently ignores a proxy URL it cannot parse.`,
    };
  if (UNPAIRED_SURROGATE.test(value))
    return { ok: false, error: `The ${what} holds a broken unicode character: retype it.` };
  try {
    return { ok: true, value: decodeURIComponent(value) };
  } catch {
    return { ok: false, error: `The ${what} holds percent-escapes that are not valid UTF-8.` };
  }
}

// Labels may hold "_": corporate DNS has such names, and Go, curl and Node all accept them.
const HOSTNAME =
  /^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/;
const INVISIBLE = /[\u200B-\u200D\u2060\u00AD\uFEFF]/;
const SCHEME = /[a-z][a-z0-9+.-]*:\/\//gi;

/** Text that is something else than one URL: a shell line, quotes, two URLs, a bare "//host". */
function pastedShapeError(text: string): string | null {
  const line = shellAssignment(text);
  if (line) return shellAssignmentMessage(line, "the URL");
  const inner = unquote(text);
  if (inner !== null) return `Leave out the quotes: ${inner}.`;
  if (/^["'“‘]|["'”’]$/.test(text))
    return `Leave out the quote mark: ${text.replace(/^["'“‘]|["'”’]$/g, "")}.`;
  const schemes = text.match(SCHEME) ?? [];
  if (schemes.length > 1) {
    const urls = text.split(/[\s,;]+(?=[a-z][a-z0-9+.-]*:\/\/)/i);
    return `This holds ${schemes.length} URLs (${urls.join(" and ")}): a proxy URL field takes one. Put an HTTPS proxy in the HTTPS proxy URL field.`;
  }
  if (text.startsWith("//")) return `Add the scheme before "//": http:${text}.`;
  if (text.startsWith("://")) return `Add the scheme before "://": http${text}.`;
  // Before looking for separators: "$(hostname -f)" is one mistake, not two values.
  const spaced = shellExpansions(text).find((expansion) => /\s/.test(expansion));
  if (spaced)
    return shellExpansionMessage(spaced, text.includes("@") ? "the value" : "the host name");
  // A proxy URL has no path, so a separator after the last "@" ends one value and starts another.
  const hostStart = text.lastIndexOf("@") + 1;
  const separator = /[,;\s]+/.exec(text.slice(hostStart));
  const second = separator ? text.slice(hostStart + separator.index + separator[0].length) : "";
  // "proxy :3128" is a stray space, not a second value.
  if (separator && (/[,;]/.test(separator[0]) || /^[^:/@]/.test(second))) {
    const first = text.slice(0, hostStart + separator.index);
    const by = separator[0].trim()[0];
    return `This holds two values separated by ${by ? `"${by}"` : "a space"} (${first} and ${second}): a proxy URL field takes one URL.`;
  }
  if (INVISIBLE.test(text))
    return "The URL holds an invisible character (such as a zero-width space): retype it.";
  return null;
}

/** Parses a proxy URL the way a careful human reads it, and returns the normalized form. */
export function parseProxyUrl(input: string): ProxyUrlResult {
  const bom = stripBom(input, "proxy URL");
  const text = bom.text.trim();
  if (text === "")
    return { ok: false, error: "Enter the proxy URL, for example http://proxy.example.com:3128." };
  const pasted = pastedShapeError(text);
  if (pasted) return { ok: false, error: pasted };
  if (/\s/.test(text))
    return { ok: false, error: "A proxy URL cannot contain spaces or line breaks." };
  const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(text);
  if (!schemeMatch && /^https?:/i.test(text))
    return {
      ok: false,
      error: `Write two slashes after the scheme: ${text.replace(/^(https?):\/?/i, "$1://")}.`,
    };
  if (!schemeMatch) {
    return {
      ok: false,
      error: `Add the scheme: http://${text.replace(/^[a-z][a-z0-9+.-]*:\/+/i, "")}. Without it, URL parsers read the host name as the scheme.`,
    };
  }
  const scheme = (schemeMatch[1] ?? "").toLowerCase();
  if (scheme.startsWith("socks"))
    return {
      ok: false,
      error:
        "SOCKS proxies are not supported: Flows and its agents read HTTP_PROXY / HTTPS_PROXY, and Node's fetch speaks only HTTP CONNECT. Use an http:// proxy.",
    };
  if (scheme !== "http" && scheme !== "https")
    return { ok: false, error: `The scheme must be http:// or https://, not ${scheme}://.` };

  const afterScheme = text.slice(schemeMatch[0].length);
  // A proxy URL has no path, so every '@' belongs to the credentials: a password typed raw
  // with '/', '?', '#' or '@' in it still reads as the person meant.
  const at = afterScheme.lastIndexOf("@");
  const afterUserinfo = afterScheme.slice(at + 1);
  const end = afterUserinfo.search(/[/?#]/);
  const hostPort = end < 0 ? afterUserinfo : afterUserinfo.slice(0, end);
  const rest = end < 0 ? "" : afterUserinfo.slice(end);
  if (rest !== "" && rest !== "/")
    return {
      ok: false,
      error: "A proxy URL has no path, query or fragment: end it after the port.",
    };

  let username = "";
  let password = "";
  if (at >= 0) {
    const userinfo = afterScheme.slice(0, at);
    const colon = userinfo.indexOf(":");
    const user = decodeUserinfo(colon < 0 ? userinfo : userinfo.slice(0, colon), "user name");
    if (!user.ok) return user;
    const pass = decodeUserinfo(colon < 0 ? "" : userinfo.slice(colon + 1), "password");
    if (!pass.ok) return pass;
    username = user.value;
    password = pass.value;
    if (username === "")
      return { ok: false, error: "The URL has an '@' but no user name before it." };
  }
  let host: string;
  let port = "";
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close < 0) return { ok: false, error: "An IPv6 address must be closed with ']'." };
    const literal = hostPort.slice(1, close);
    if (!isIpv6(literal)) return { ok: false, error: `"${literal}" is not a valid IPv6 address.` };
    host = `[${canonicalIpv6(literal) ?? literal.toLowerCase()}]`;
    const after = hostPort.slice(close + 1);
    if (after !== "") {
      if (!after.startsWith(":"))
        return { ok: false, error: "Put the port after the ']' as :PORT." };
      port = after.slice(1);
    }
  } else {
    const colon = hostPort.lastIndexOf(":");
    const name = colon < 0 ? hostPort : hostPort.slice(0, colon);
    port = colon < 0 ? "" : hostPort.slice(colon + 1);
    if (name.includes(":"))
      return {
        ok: false,
        error: "Write an IPv6 proxy address in brackets, e.g. http://[2001:db8::1]:3128.",
      };
    if (name === "") return { ok: false, error: "The URL names no proxy host." };
    const lower = name.toLowerCase();
    const expansion = shellExpansions(name)[0];
    if (expansion) return { ok: false, error: shellExpansionMessage(expansion, "the host name") };
    const v4 = readIpv4(lower);
    if (v4.kind === "shorthand" || v4.kind === "invalid") return { ok: false, error: v4.message };
    if (v4.kind === "name" && !HOSTNAME.test(lower))
      return { ok: false, error: `"${name}" is not a valid host name or IP address.` };
    host = lower.replace(/\.$/, "");
  }
  if (hostPort.endsWith(":") && port === "")
    return { ok: false, error: "The URL ends with ':' but names no port." };
  if (port !== "") {
    if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
      return { ok: false, error: `The port must be a number from 1 to 65535, not "${port}".` };
    port = String(Number(port));
  }
  const url: ProxyUrl = { scheme, username, password, host, port };
  const warnings: string[] = bom.note ? [bom.note] : [];
  if (port === "")
    warnings.push(
      scheme === "https"
        ? "No port given: Go, Node and curl all assume 443 for an https:// proxy. Write the port if yours listens elsewhere."
        : "No port given: Go and Node assume 80 for an http:// proxy, but curl assumes 1080. Most proxies listen on 3128 or 8080: write the port.",
    );
  if (scheme === "https")
    warnings.push(
      "https:// means TLS to the proxy itself (most proxies take plain http:// even for HTTPS traffic). The proxy's certificate must then be trusted: add its CA in the certificates step.",
    );
  if (username !== "" && password === "")
    warnings.push("The URL has a user name but no password: is that what your proxy expects?");
  return { ok: true, url, normalized: formatProxyUrl(url), warnings };
}

/** The URL with credentials percent-encoded so that it survives YAML, HCL and an unquoted bash export. */
export function formatProxyUrl(url: ProxyUrl, withCredentials = true): string {
  const userinfo =
    withCredentials && url.username !== ""
      ? `${encodeUserinfo(url.username)}${url.password !== "" ? ":" + encodeUserinfo(url.password) : ""}@`
      : "";
  return `${url.scheme}://${userinfo}${url.host}${url.port !== "" ? ":" + url.port : ""}`;
}

/** True when the text parses as a proxy URL that carries a user name or password. */
export function hasCredentials(input: string): boolean {
  const parsed = parseProxyUrl(input);
  return parsed.ok && parsed.url.username !== "";
}

/** The URL without user name and password (for links and display); the input unchanged when it does not parse. */
export function stripCredentials(input: string): string {
  const parsed = parseProxyUrl(input);
  return parsed.ok ? formatProxyUrl(parsed.url, false) : input;
}
