// The README's "Custom CA certificates" section: the recipe that rebuilds the value, and the
// standing warnings of each certificate in the words the page and `npm run generate` use.
//
// The README is a pure function of the configuration: the same configuration gives the same
// bundle, byte for byte, whenever it is generated. So it states each certificate's validity
// dates and leaves out the warnings that depend on today's date (expired, not yet valid,
// expiring soon: analyzeCertificates with `now: null`); the page and the command line give
// those at the moment they run, and the README gives the command that checks them at install.
import type { InstallPlan } from "../../plan/install-plan";
import { CA_SCOPE_LABELS, inCaSet, type CaSetName } from "../../certs/ca-sets";
import { AGENT_CA_VARIABLE } from "../../plan/names";
import { certFileName } from "../../certs/file-name";
import { customCaRecipe } from "../../certs/recipe";
import { analyzeCertificates, EXPIRY_WARNING_DAYS } from "../../certs/warnings";
import type { CertificateDetails } from "../../certs/inspect";

/** A Markdown code span that holds any text on one line (CommonMark: a longer fence). */
export function codeSpan(text: string): string {
  const oneLine = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ");
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^`|`$/.test(oneLine) || longest > 0 ? " " : "";
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function describe(details: CertificateDetails): string {
  const issuer = details.isSelfSigned ? "itself" : codeSpan(details.issuerText);
  return `Subject ${codeSpan(details.subjectText)}, issued by ${issuer}; valid from ${day(details.notBefore)} to ${day(details.notAfter)} (UTC); key ${details.keyDescription}; CA: ${details.isCa ? "yes" : "no"}; SHA-256 ${codeSpan(details.fingerprint)}.`;
}

function checksSection(install: InstallPlan, names: readonly string[]): string[] {
  const { config } = install;
  const analyzed = analyzeCertificates(config.certificates, null);
  const count = analyzed.filter((c) => c.warnings.length > 0).length;
  const seconds = EXPIRY_WARNING_DAYS * 86_400;
  return [
    "### Each certificate, checked",
    "",
    count === 0
      ? "The wizard's checks found nothing to warn about in these certificates."
      : `The wizard's checks (the same as in the page and \`npm run generate\`) warn about ${count} of them:`,
    "",
    ...analyzed.flatMap((cert, i) => [
      `${i + 1}. ${codeSpan(`certs/${names[i]}`)}: ${codeSpan(cert.label || "Unnamed certificate")}. ${cert.details ? describe(cert.details) : ""}`.trimEnd(),
      ...cert.warnings.map((w) => `   - **Warning:** ${w.message}`),
    ]),
    "",
    `Dates are stated, not judged: this README is the same whenever the bundle is generated. Before you install, list any certificate that has expired, is not valid yet, or expires within ${EXPIRY_WARNING_DAYS} days (OpenSSL 1.1 or later; no output means none):`,
    "",
    "```sh",
    "for f in certs/*.pem; do",
    '  if ! openssl verify -partial_chain -trusted "$f" "$f" >/dev/null 2>&1; then',
    `    echo "$f: expired or not valid yet: $(openssl x509 -noout -in "$f" -startdate -enddate | tr '\\n' ' ')"`,
    `  elif ! openssl x509 -noout -in "$f" -checkend ${seconds} >/dev/null; then`,
    `    echo "$f: expires within ${EXPIRY_WARNING_DAYS} days: $(openssl x509 -noout -in "$f" -enddate)"`,
    "  fi",
    "done",
    "```",
    "",
  ];
}

/** The recipe for one value: the files of its set, in the order of the list. */
function recipe(
  install: InstallPlan,
  names: readonly string[],
  set: CaSetName | null,
  variable: string,
) {
  const { config } = install;
  const files = names.filter((_, i) => set === null || inCaSet(config.certificates[i]!.scope, set));
  return ["```sh", customCaRecipe(files, variable).trimEnd(), "```", ""];
}

export function caSection(install: InstallPlan): string[] {
  const { config } = install;
  if (config.certificates.length === 0) return [];
  const names = config.certificates.map((cert, i) =>
    certFileName(cert, i, config.certificates.length),
  );
  const values = install.ca;
  const intro = values.split
    ? [
        "Each certificate has a scope: the Flows services' set becomes the main module's `custom_ca_certificates`,",
        `the agents' set becomes \`${AGENT_CA_VARIABLE}\` (the EC2 agent module's \`custom_ca_certificates\`) and FLOWS_ADDITIONAL_ROOT_CAS of the agent chart.`,
        "",
        ...config.certificates.map(
          (cert, i) =>
            `- ${codeSpan(`certs/${names[i]}`)}: ${CA_SCOPE_LABELS[cert.scope].toLowerCase()}`,
        ),
        "",
        `Services: ${values.services.length} characters; agents: ${values.agents.length} characters (one line each). Rebuild each value from the files to check it (Linux and macOS alike):`,
        "",
        ...recipe(install, names, "services", "custom_ca_certificates"),
        ...recipe(install, names, "agents", AGENT_CA_VARIABLE),
      ]
    : [
        `${names.length} certificate(s) in \`certs/\` make up \`custom_ca_certificates\` of both modules (${values.services.length} characters, one line).`,
        "Rebuild the value from the files to check it (Linux and macOS alike):",
        "",
        ...recipe(install, names, null, "custom_ca_certificates"),
      ];
  return ["## Custom CA certificates", "", ...intro, ...checksSection(install, names)];
}
