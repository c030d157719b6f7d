// The reading of a wizard-config.json (or a share link given in its place), shared by the page
// (read-on-page.ts) and `npm run generate` (read-wizard-config.ts): the same text gives the same
// configuration, the same parts left out and the same sentences wherever it is read. The
// certificate steps (X.509, which needs the certificate library) come as a parameter, so that
// the page loads that library only for a configuration that holds certificates.
import { bomNotes } from "../config/bom";
import { parseConfig, type Config } from "../config/schema";
import { upgradeConfigInput } from "../config/upgrade";
import type {
  CertificateSource,
  ImportOutcome,
  ImportResult as CertificateFiles,
  importCertificates,
  readCertificateFile,
  readingMessages,
  ReadingMessage,
} from "../certs/index";
import { splitProxyCredentials } from "../proxy/credentials";
import { proxySectionNotes, type ProxyNote } from "../proxy/read-proxy";
import { describeIssues } from "../share/recover";
import { failedMessage, loadedNotice } from "../share/messages";
import { CREDENTIAL_FIELDS, type CredentialField } from "../share/secrets";
import type { LoadedConfig } from "../share/types";
import { parseWizardConfigFile } from "../share/wizard-config-file";
import { readAsGiven, type ProxyFlags } from "./as-given";

/** What the reading does with certificates (certificate-steps.ts holds the real ones). */
export interface CertificateSteps {
  /** Each certificate of the text read again as X.509; those that are not one left out. */
  revalidate(loaded: LoadedConfig): LoadedConfig;
  readFile: typeof readCertificateFile;
  add: typeof importCertificates;
  messages: typeof readingMessages;
}

/** The reading stopped before the certificate steps it was not given, as there were some. */
export interface NeedsCertificateSteps {
  ok: false;
  needsCertificateSteps: true;
}

export interface ReadOptions {
  /** Proxy URLs given beside the text, read as if its proxy section held them. */
  proxyFlags?: ProxyFlags;
  /** Certificate files given beside the text, added as the Certificates step adds dropped files. */
  certificateFiles?: readonly { name: string; bytes: Uint8Array }[];
  /** When the certificates' dates are judged; without it they are not. */
  now?: Date;
}

export interface ImportedConfig extends LoadedConfig {
  /** One sentence for each piece of NO_PROXY left out; the rest of the list is in `config`. */
  refusedNoProxy: string[];
  /** What the page says next to each field about the values as given, by dotted path. */
  notes: ProxyNote[];
  /** URL fields given with a password that Secret mode does not use: install.sh asks for it. */
  unusedPasswords: CredentialField[];
  /**
   * The certificate files' refusals and notices, then what the Certificates step's cards say
   * about each certificate (its conversion, its warnings).
   */
  certificateMessages: ReadingMessage[];
}

/** Never thrown, always returned: `error` says what was wrong and that nothing was used. */
export type ImportReading = ({ ok: true } & ImportedConfig) | { ok: false; error: string };

/** The URL fields that carry a password Secret mode does not use (install.sh asks for it). */
function unusedPasswords(config: Config, proxy: Record<string, unknown>): CredentialField[] {
  if (config.proxy.credentials !== "secret") return [];
  return CREDENTIAL_FIELDS.filter((path) => {
    const url = proxy[path.slice("proxy.".length)];
    return typeof url === "string" && splitProxyCredentials(url)?.password;
  });
}

function read(
  steps: CertificateSteps | null,
  text: string,
  options: ReadOptions,
): ImportReading | NeedsCertificateSteps {
  const flags: ProxyFlags = Object.fromEntries(
    Object.entries(options.proxyFlags ?? {}).filter(([, url]) => url !== undefined),
  );
  const given = readAsGiven(text, flags);
  const parsed = parseWizardConfigFile(given.text);
  if (!parsed.ok) return parsed;
  const certificateFiles = options.certificateFiles ?? [];
  if (!steps && (parsed.config.certificates.length > 0 || certificateFiles.length > 0))
    return { ok: false, needsCertificateSteps: true };
  // Certificates from a link or a file were checked for their shape only: each is read again
  // as X.509 before it is used. Without certificates there is nothing to read.
  const loaded = steps ? steps.revalidate(parsed) : parsed;
  const files: CertificateFiles = { certificates: [], problems: [] };
  for (const file of certificateFiles) {
    const result = steps!.readFile(file.name, file.bytes);
    files.certificates.push(...result.certificates);
    files.problems.push(...result.problems);
  }
  const imported: ImportOutcome = steps
    ? steps.add(loaded.config.certificates, files)
    : { certificates: [], added: [], problems: [], status: "" };
  const sources = new Map<string, CertificateSource>(imported.added.map((c) => [c.pem, c.source]));
  // The flags once more, for a share link (its text had no proxy section to write them into):
  // a URL with user:password@ is split as the page splits a pasted one.
  const proxy = { ...loaded.config.proxy, ...flags };
  const upgraded = upgradeConfigInput({ proxy }) as { proxy: typeof proxy };
  const final = parseConfig({
    ...loaded.config,
    proxy: upgraded.proxy,
    certificates: imported.certificates,
  });
  if (!final.success)
    return {
      ok: false,
      error: `With the proxy URLs and certificate files given beside it, the configuration is invalid: ${describeIssues(final.issues)}. Nothing from it was loaded.`,
    };
  const config = final.data;
  const asGiven = given.proxy ?? proxy;
  const notes = [
    ...proxySectionNotes(asGiven),
    // The schema removes a leading byte-order mark from any other field: said, as under a field.
    ...bomNotes(given.config).map(({ path, message }) => ({ field: path, message })),
  ];
  const supplied: Record<string, boolean> = {
    "proxy.httpProxy": flags.httpProxy !== undefined,
    "proxy.httpsProxy": flags.httpsProxy !== undefined,
    "proxy.httpPassword": config.proxy.httpPassword !== "",
    "proxy.httpsPassword": config.proxy.httpsPassword !== "",
  };
  const details = {
    ...loaded,
    config,
    omittedCredentials: loaded.omittedCredentials.filter((field) => !supplied[field]),
    refusedNoProxy: given.refusedNoProxy,
    notes,
    unusedPasswords: unusedPasswords(config, asGiven),
  };
  return {
    ok: true,
    ...details,
    notice: loadedNotice(config, loaded.source, details),
    certificateMessages: steps
      ? steps.messages(config.certificates, imported.problems, sources, options.now ?? null)
      : [],
  };
}

/**
 * Reads the text of a wizard-config.json, or a share link, with what was given beside it; with
 * `steps` null, stops at the first certificate instead (never for a text without any).
 */
export function readWith(
  steps: CertificateSteps | null,
  text: string,
  options: ReadOptions = {},
): ImportReading | NeedsCertificateSteps {
  try {
    return read(steps, text, options);
  } catch {
    return { ok: false, error: failedMessage("file", "it could not be read") };
  }
}
