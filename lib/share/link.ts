// Share links: the configuration in the URL fragment (never sent to a server) as
// `c=<format version>.<base64url of deflate-raw bytes>`. Encoding always writes the newest
// format; decoding keeps a decoder per released format (v1.ts, …) and never throws.
import type { Config } from "../config/schema";
import { base64urlToBytes, bytesToBase64url } from "./base64url";
import { failedMessage, loadedNotice } from "./messages";
import { parseWithRecovery } from "./recover";
import { withoutSecrets, type CredentialField } from "./secrets";
import type { SecretField } from "../proxy/credentials";
import type { ImportResult } from "./types";
import { decodeV1, encodeV1, V1, type V1Result } from "./v1";
import { extractFragment, readShareLink } from "./fragment";

export { extractFragment, looksLikeShareLink, readShareLink } from "./fragment";

export const CURRENT_LINK_VERSION = V1;
/** Past this, some chat tools and ticket systems cut links: offer the config file instead. */
export const LONG_LINK_CHARACTERS = 8000;
/** Chromium's own ceiling for a URL; nothing longer can be a link the wizard made. */
export const MAX_LINK_CHARACTERS = 2_000_000;

const DECODERS: Record<number, (bytes: Uint8Array) => V1Result> = { [V1]: decodeV1 };

export interface ShareLinkOptions {
  /** Carry the certificates (as DER bytes). Default: true. */
  includeCertificates?: boolean;
}

export interface ShareLink {
  /** The fragment, without "#": `c=1.…`. */
  fragment: string;
  /** Secrets the configuration holds that the link leaves out (the proxy passwords). */
  omittedSecrets: (CredentialField | SecretField)[];
  certificatesIncluded: number;
}

export function createShareLink(config: Config, options: ShareLinkOptions = {}): ShareLink {
  const includeCertificates = options.includeCertificates ?? true;
  const bytes = encodeV1(config, includeCertificates);
  return {
    fragment: `c=${CURRENT_LINK_VERSION}.${bytesToBase64url(bytes)}`,
    omittedSecrets: withoutSecrets(config).omittedSecrets,
    certificatesIncluded: includeCertificates ? config.certificates.length : 0,
  };
}

/** The fragment payload (without "#") that reproduces the configuration, minus its secrets. */
export function encodeShareLink(config: Config, options: ShareLinkOptions = {}): string {
  return createShareLink(config, options).fragment;
}

/** The page address with the fragment replaced. */
export function shareUrl(pageUrl: string, fragment: string): string {
  return `${pageUrl.split("#")[0]}#${fragment}`;
}

function fail(what: string): ImportResult {
  return { ok: false, error: failedMessage("link", what) };
}

/** Decodes a link, a "#c=…" fragment or its payload; names the damage of a damaged one. Never throws. */
export function decodeShareLink(text: string): ImportResult {
  try {
    if (text.length > MAX_LINK_CHARACTERS)
      return fail("it is longer than any link the wizard makes (over 2 million characters)");
    const reading = readShareLink(text);
    if (reading.kind === "damaged") return fail(reading.problem);
    if (reading.kind === "none")
      return fail(
        extractFragment(text) === ""
          ? "it holds no configuration (nothing after the #)"
          : 'it is not a wizard share link (the part after # should start with "c=")',
      );
    const fragment = reading.fragment;
    const match = /^c=(\d{1,9})\.(.*)$/.exec(fragment);
    if (!match) return fail('its format marker is damaged (expected "c=1." after the #)');
    const version = Number(match[1]);
    const decoder = DECODERS[version];
    if (!decoder)
      return fail(
        version > CURRENT_LINK_VERSION
          ? `it was made by a newer version of the wizard (link format ${version}; this page reads formats up to ${CURRENT_LINK_VERSION}). Open it with the wizard that made it, or ask for its wizard-config.json`
          : `its link format ${version} does not exist`,
      );
    const payload = match[2] ?? "";
    if (payload === "")
      return fail("it holds no configuration after the format marker (cut short?)");
    const bytes = base64urlToBytes(payload);
    if (!bytes.ok)
      return fail(
        `it was changed or cut short while being copied: ${bytes.error}${bytes.position !== undefined ? ` at position ${bytes.position + match[0].length - payload.length + 1} after the #` : ""}`,
      );
    const decoded = decoder(bytes.bytes);
    if (!decoded.ok) return fail(decoded.error);
    const recovered = parseWithRecovery(decoded.input, decoded.base);
    const dropped = [...decoded.dropped, ...recovered.dropped];
    if (!recovered.ok) return { ok: false, error: failedMessage("link", recovered.error, dropped) };
    const details = {
      omittedCredentials: decoded.omittedCredentials,
      omittedCertificates: decoded.omittedCertificates,
      omittedChecks: decoded.omittedChecks,
      dropped,
    };
    return {
      ok: true,
      config: recovered.config,
      source: "link",
      ...details,
      refusedCertificates: [],
      notice: loadedNotice(recovered.config, "link", details),
    };
  } catch {
    // Every step above returns its own message; this only guards against the unforeseen.
    return fail("it could not be read");
  }
}
