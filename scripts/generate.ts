// The command line: the same generators as the browser, for automation and for checking the
// browser's output. Usage:
//   npm run generate -- --config wizard-config.json [--cert FILE ...] [--http-proxy URL]
//                       [--https-proxy URL] [--values FILE] [--agent-values FILE] [--gitops argocd|flux] [--strict]
//                       --out DIR_OR_ZIP
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { GITOPS_TOOLS, type Config } from "../lib/config/schema";
import type { GeneratedFile } from "../lib/generators/index";
import { buildBundle } from "../lib/bundle/build";
import { bundleFolderName } from "../lib/bundle/zip";
import { installPlan, type InstallPlan } from "../lib/plan";
import { checkValuesFileSize, readValuesFile } from "../lib/merge/source-file";
import type { MergeSources } from "../lib/merge/types";
import { readWizardConfig } from "../lib/import/read-wizard-config";
import { failedMessage } from "../lib/share/messages";
import type { ReadingMessage } from "../lib/certs/index";
import { userDataReport } from "../lib/ec2-user-data/user-data-budget";
import { standingWarnings } from "../lib/review/warnings";
import { checkResults } from "../lib/tls-check/results";
import { checkWarnings } from "../lib/tls-check/describe";

const USAGE = [
  "usage: npm run generate -- --config wizard-config.json [--cert FILE ...] [--http-proxy URL] [--https-proxy URL] [--values FILE] [--agent-values FILE] [--gitops argocd|flux] [--strict] --out DIR_OR_ZIP",
  "  --values / --agent-values: your existing values files, merged with the wizard's settings as on Review.",
  "  --gitops argocd|flux: the Helm releases and manifests as files for Git (gitops/), installed by that tool instead of install.sh's helm.",
  "  Certificates are read as the page reads them; what the page would show is printed on stderr",
  "  (refused: left out; warning: kept, but check it; note: for information).",
  "  exit status 0: written. 2: nothing written (bad usage or configuration; with --strict, also",
  "  any refusal or warning). 3: written as the page would, but an input was refused.",
].join("\n");

/** A failure the user can fix; `status` is the exit status (see USAGE). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly status = 2,
  ) {
    super(message);
  }
}

/** One full stop where joined sentences would leave two ("..", ".;", ".)."). */
export function singleStops(message: string): string {
  return message
    .replace(/(?<!\.)\.\.(?=\s|\)|$)/g, ".")
    .replace(/(?<!\.)\.(?=; )/g, "")
    .replace(/(?<!\.)\.\)\./g, ").");
}

function readBytes(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(
      `cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
}

/** Reads the inputs named on the command line into one validated configuration. */
export function loadConfig(args: {
  config: string;
  certs: string[];
  httpProxy?: string;
  httpsProxy?: string;
  /** When the certificates' dates are judged (the page judges them when it shows them). */
  now?: Date;
}): { config: Config; warnings: string[]; certificateMessages: ReadingMessage[] } {
  // The page's reading of an imported wizard-config.json, with the flags and --cert files.
  const reading = readWizardConfig(
    new TextDecoder().decode(readBytes(args.config, "configuration")),
    {
      proxyFlags: { httpProxy: args.httpProxy, httpsProxy: args.httpsProxy },
      certificateFiles: args.certs.map((path) => ({
        name: path,
        bytes: readBytes(path, "certificate file"),
      })),
      now: args.now ?? new Date(),
    },
  );
  if (!reading.ok) throw new CliError(`${args.config}: ${reading.error}`);
  // The page loads the rest of a partly invalid configuration; a script should not run on part.
  if (reading.dropped.length > 0)
    throw new CliError(
      `${args.config}: ${failedMessage(reading.source, "the command line uses nothing partially, and parts of it are invalid (the page would load the rest)", reading.dropped)}`,
    );
  const { config } = reading;
  const warnings = reading.notes.map((note) => `${note.field}: ${note.message}`);
  for (const field of reading.unusedPasswords) {
    const flag = field === "proxy.httpProxy" ? "--http-proxy" : "--https-proxy";
    const given = field === "proxy.httpProxy" ? args.httpProxy : args.httpsProxy;
    warnings.push(
      `the password in ${given !== undefined ? flag : field} is not used: in Kubernetes Secret mode install.sh asks for it at install time.`,
    );
  }
  if (reading.omittedCredentials.length > 0)
    warnings.push(
      `${reading.omittedCredentials.join(" and ")}: wizard-config.json never holds passwords. For plain values mode, pass the URL with the password (--http-proxy / --https-proxy http://user:password@host:port).`,
    );
  const certificateMessages: ReadingMessage[] = [
    // Said with the other refusals: the rest of the list and of the certificates is used.
    ...reading.refusedNoProxy.map((text) => ({
      level: "refused" as const,
      text: `${args.config}: proxy.noProxy: ${text}`,
    })),
    ...reading.refusedCertificates.map((text) => ({
      level: "refused" as const,
      text: `${args.config}: ${text}`,
    })),
    ...reading.certificateMessages,
  ];
  const plan = installPlan(config);
  const userData = userDataReport(plan)?.warning;
  if (userData) certificateMessages.push({ level: "warning", text: userData });
  // The rest of what Review warns about (the user-data budget is among the certificate messages).
  for (const warning of standingWarnings(plan))
    if (warning.id !== "ec2-user-data") warnings.push(`review: ${warning.message}`);
  return { config, warnings, certificateMessages };
}

/** --gitops argocd|flux: the Helm releases go to gitops/ for that tool (Review's choice). */
function withGitopsFlag(config: Config, flag: string | undefined): Config {
  if (flag === undefined) return config;
  const tool = GITOPS_TOOLS.find((t) => t !== "none" && t === flag);
  if (!tool)
    throw new CliError(`--gitops: use argocd or flux, not ${JSON.stringify(flag)}.\n${USAGE}`);
  return { ...config, gitops: { tool } };
}

/** Runs the command line; what the page would show goes to `stderr`, one line each. */
export async function run(
  argv: string[],
  stderr: (line: string) => void = (line) => process.stderr.write(line),
): Promise<string> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        config: { type: "string" },
        cert: { type: "string", multiple: true, default: [] },
        "http-proxy": { type: "string" },
        "https-proxy": { type: "string" },
        values: { type: "string" },
        "agent-values": { type: "string" },
        gitops: { type: "string" },
        out: { type: "string" },
        strict: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) return USAGE;
  if (!values.config || !values.out)
    throw new CliError(`--config and --out are required.\n${USAGE}`);
  const { config, warnings, certificateMessages } = loadConfig({
    config: values.config,
    certs: values.cert ?? [],
    httpProxy: values["http-proxy"],
    httpsProxy: values["https-proxy"],
  });
  const plan = installPlan(
    withGitopsFlag(config, values.gitops),
    readMergeSources(values.values, values["agent-values"]),
  );
  for (const [file, result] of [
    ["--values", plan.merge.values],
    ["--agent-values", plan.merge.agentValues],
  ] as const)
    if (result && !result.ok) throw new CliError(`${file}: ${result.error}`);
  // What the proxy presents, judged as on Review (the checks came with wizard-config.json).
  const checks = await checkResults(plan, new Date());
  for (const warning of checkWarnings(checks)) warnings.push(`review: ${warning.message}`);
  for (const warning of warnings) stderr(`warning: ${singleStops(warning)}\n`);
  for (const { level, text } of certificateMessages) stderr(`${level}: ${singleStops(text)}\n`);
  const count = (level: ReadingMessage["level"]) =>
    certificateMessages.filter((m) => m.level === level).length;
  const refused = count("refused");
  const warned = warnings.length + count("warning");
  if (values.strict && refused + warned > 0)
    throw new CliError(
      `--strict: ${[refused && `${refused} refused`, warned && `${warned} warning${warned === 1 ? "" : "s"}`].filter(Boolean).join(" and ")} (above), so nothing was written.`,
    );
  const wrote = await writeBundle(plan, values.out);
  if (refused > 0)
    throw new CliError(
      `${wrote}, without the ${refused} refused input${refused === 1 ? "" : "s"} above (as the page would).`,
      3,
    );
  return wrote;
}

/** The values files to merge into, read and checked as the page reads a picked file. */
function readMergeSources(values?: string, agentValues?: string): MergeSources {
  const read = (path: string, flag: string): string => {
    const bytes = readBytes(path, "values file");
    const tooLarge = checkValuesFileSize(path, bytes.length);
    if (tooLarge) throw new CliError(`${flag}: ${tooLarge}`);
    const reading = readValuesFile(path, new TextDecoder().decode(bytes));
    if (!reading.ok) throw new CliError(`${flag}: ${reading.error}`);
    return reading.text;
  };
  return {
    ...(values !== undefined ? { values: read(values, "--values") } : {}),
    ...(agentValues !== undefined ? { agentValues: read(agentValues, "--agent-values") } : {}),
  };
}

/**
 * Writes the bundle to a zip or a folder, and says where, naming the output as given. The zip is
 * the page's, byte for byte: its files inside the folder named for the install. A folder given
 * with --out gets the files themselves, as that folder's contents: the user has named the folder
 * already, so it is what unzipping gives under another name, and scripts that read
 * `OUT/install.sh` keep working.
 */
async function writeBundle(plan: InstallPlan, outArg: string): Promise<string> {
  const out = resolve(outArg);
  const bundle = await buildBundle(plan);
  const files: GeneratedFile[] = bundle.files;
  if (out.endsWith(".zip")) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bundle.zip);
    return `wrote ${files.length} files to ${outArg} (in the folder ${bundleFolderName(plan.config.basics.appDomain)}/)`;
  }
  for (const file of files) {
    const path = join(out, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
    chmodSync(path, file.executable ? 0o755 : 0o644);
  }
  return `wrote ${files.length} files to ${outArg.replace(/\/?$/, "/")}`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  run(process.argv.slice(2)).then(
    (message) => console.log(message),
    (error) => {
      console.error(error instanceof CliError ? `generate: ${singleStops(error.message)}` : error);
      process.exit(error instanceof CliError ? error.status : 1);
    },
  );
}
