// The sentences a person reads after opening a link or importing a file.
import { defaultConfig, type Config } from "../config/schema";
import { stripCredentials } from "../proxy/url";
import { CREDENTIAL_FIELD_LABELS, CREDENTIAL_FIELDS, type CredentialField } from "./secrets";
import type { SecretField } from "../proxy/credentials";
import type { DroppedPart, ImportSource } from "./types";
import { toWellFormedText } from "../config/well-formed";

const SOURCE = { link: "the link", file: "the file" } as const;

/** "Certificate 2 (Corp CA) (reason); …": quotes untrusted text, so broken characters become U+FFFD. */
function listDropped(dropped: DroppedPart[]): string {
  return toWellFormedText(dropped.map((d) => `${d.part} (${d.reason})`).join("; "));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** What stands out in a configuration, in a few words each. */
export function summarizeConfig(config: Config): string[] {
  const parts: string[] = [];
  const { basics, network, proxy, certificates } = config;
  if (basics.appDomain !== defaultConfig.basics.appDomain) parts.push(`domain ${basics.appDomain}`);
  if (basics.namespace !== defaultConfig.basics.namespace)
    parts.push(`namespace ${basics.namespace}`);
  if (network.ingressScheme === "internal") parts.push("private ingress (internal load balancer)");
  if (network.egress.restricted) parts.push("restricted egress");
  if (proxy.enabled) parts.push(`HTTP proxy ${stripCredentials(proxy.httpProxy)}`);
  if (certificates.length > 0) parts.push(plural(certificates.length, "CA certificate"));
  return parts;
}

export function loadedNotice(
  config: Config,
  source: ImportSource,
  details: {
    omittedCredentials: (CredentialField | SecretField)[];
    omittedCertificates: number;
    omittedChecks?: number;
    dropped: DroppedPart[];
    /** Sentences about certificates left out after the X.509 check. */
    refusedCertificates?: string[];
    /** Sentences about the pieces of NO_PROXY left out (the rest of the list is loaded). */
    refusedNoProxy?: string[];
    /** URL fields whose password Secret mode does not use. */
    unusedPasswords?: CredentialField[];
    /** What the fields say about the values as given, by dotted path (lib/import). */
    notes?: readonly { field: string; message: string }[];
  },
): string {
  const summary = summarizeConfig(config);
  const sentences = [
    summary.length > 0
      ? `Loaded the configuration from ${SOURCE[source]}: ${summary.join(", ")}.`
      : `Loaded the configuration from ${SOURCE[source]}: the default settings.`,
  ];
  // Older links and files dropped the whole `user:password@` from a URL field.
  const urls = details.omittedCredentials.filter((f): f is CredentialField =>
    (CREDENTIAL_FIELDS as readonly string[]).includes(f),
  );
  if (urls.length > 0)
    sentences.push(
      `The proxy credentials were left out of ${SOURCE[source]}: enter the user name again in the Proxy step (for the ${urls.map((f) => CREDENTIAL_FIELD_LABELS[f]).join(" and ")}).`,
    );
  const passwords = details.omittedCredentials.filter((f) => !urls.includes(f as CredentialField));
  if (passwords.length > 0)
    sentences.push(
      `The ${passwords.map((f) => CREDENTIAL_FIELD_LABELS[f]).join(" and ")} never leave${passwords.length === 1 ? "s" : ""} the page that typed ${passwords.length === 1 ? "it" : "them"}: type ${passwords.length === 1 ? "it" : "them"} in the Proxy step, or choose the Kubernetes Secret mode and let install.sh ask.`,
    );
  const unused = details.unusedPasswords ?? [];
  if (unused.length > 0)
    sentences.push(
      unused.length === 1
        ? `The password in the ${CREDENTIAL_FIELD_LABELS[unused[0]!]} is not used: in Kubernetes Secret mode install.sh asks for it at install time.`
        : `The passwords in the ${unused.map((f) => CREDENTIAL_FIELD_LABELS[f]).join(" and ")} are not used: in Kubernetes Secret mode install.sh asks for them at install time.`,
    );
  if (details.omittedCertificates > 0)
    sentences.push(
      `The sender left out ${plural(details.omittedCertificates, "certificate")}: add ${details.omittedCertificates === 1 ? "it" : "them"} in the Certificates step.`,
    );
  if (details.omittedChecks)
    sentences.push(
      `The sender left out ${plural(details.omittedChecks, "TLS check")} of what the proxy presents: paste the output again in the Certificates step to check it here.`,
    );
  sentences.push(...(details.refusedCertificates ?? []).map(toWellFormedText));
  const refusedNoProxy = details.refusedNoProxy ?? [];
  if (refusedNoProxy.length > 0)
    sentences.push(
      `Left out of NO_PROXY: ${toWellFormedText(refusedNoProxy.join(" "))} The rest of the list was loaded.`,
    );
  if (details.dropped.length > 0)
    sentences.push(
      `Not used because invalid: ${listDropped(details.dropped)}. Everything else was loaded.`,
    );
  const notes = details.notes ?? [];
  if (notes.length > 0)
    sentences.push(
      `About the values read: ${toWellFormedText(notes.map((n) => `${n.field}: ${n.message}`).join(" "))}`,
    );
  return sentences.join(" ");
}

/** The message for a link or file that could not be used at all. */
export function failedMessage(source: ImportSource, what: string, dropped: DroppedPart[] = []) {
  const parts = dropped.length > 0 ? ` Invalid: ${listDropped(dropped)}.` : "";
  return `This ${source === "link" ? "share link" : "file"} cannot be used: ${what}.${parts} Nothing from it was loaded.`;
}
