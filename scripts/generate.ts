// The command line: the same generators as the browser, for automation and for checking the
// browser's output. Usage:
//   npm run generate -- --config wizard-config.json [--cert FILE ...] [--http-proxy URL]
//                       [--https-proxy URL] [--values FILE] [--agent-values FILE] [--gitops argocd|flux] [--strict]
//                       --out DIR_OR_ZIP
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { GITOPS_TOOLS, parseConfig, type Config } from "../lib/config/schema";
import { upgradeConfigInput } from "../lib/config/upgrade";
import type { GeneratedFile } from "../lib/generators/index";
import { buildBundle } from "../lib/bundle/build";
import { bundleFolderName } from "../lib/bundle/zip";
import { installPlan, type InstallPlan } from "../lib/plan";
import { checkValuesFileSize, readValuesFile } from "../lib/merge/source-file";
import type { MergeSources } from "../lib/merge/types";
import { parseWizardConfigFile } from "../lib/share/wizard-config-file";
import { withRevalidatedCertificates } from "../lib/share/revalidated";
import { splitProxyCredentials } from "../lib/proxy/credentials";
import { proxySectionNotes } from "../lib/proxy/read-proxy";
import { parseNoProxyList } from "../lib/proxy/no-proxy-list";
import {
  importCertificates,
  readCertificateFile,
  readingMessages,
  type CertificateSource,
  type ImportResult,
  type ReadingMessage,
} from "../lib/certs/index";
import { userDataReport } from "../lib/ec2-user-data/user-data-budget";
import { bomNotes } from "../lib/config/bom";
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The file's text with --http-proxy / --https-proxy written into its proxy section, so that they
 * are read (split, validated) exactly like the file's own values, and the proxy section as given.
 * A share link given as --config is left as it is: the flags then apply after it is decoded.
 */
function withProxyFlags(
  text: string,
  flags: Record<string, string>,
): { text: string; proxy: Record<string, unknown> | null } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { text, proxy: null };
  }
  if (!isPlainObject(json) || !isPlainObject(json.config)) return { text, proxy: null };
  const given = isPlainObject(json.config.proxy) ? json.config.proxy : {};
  const proxy = { ...given, ...flags };
  if (Object.keys(flags).length === 0) return { text, proxy };
  return { text: JSON.stringify({ ...json, config: { ...json.config, proxy } }), proxy };
}

/**
 * NO_PROXY as the page's editor adds the same text (addNoProxyText, one reading): the accepted
 * entries are kept and each refused piece is said, rather than the whole file refused.
 */
function withNoProxyRead(text: string): { text: string; refused: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { text, refused: [] };
  }
  if (!isPlainObject(json) || !isPlainObject(json.config) || !isPlainObject(json.config.proxy))
    return { text, refused: [] };
  const items = json.config.proxy.noProxy;
  if (!Array.isArray(items) || !items.every((item) => typeof item === "string"))
    return { text, refused: [] };
  const list = parseNoProxyList(items);
  if (list.errors.length === 0) return { text, refused: [] };
  const proxy = { ...json.config.proxy, noProxy: list.entries };
  return {
    text: JSON.stringify({ ...json, config: { ...json.config, proxy } }),
    refused: list.errors,
  };
}

/** The `config` object of a wizard-config.json text, or undefined (a share link, bad JSON). */
function rawConfig(text: string): unknown {
  try {
    const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    return isPlainObject(json) ? json.config : undefined;
  } catch {
    return undefined;
  }
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
  const warnings: string[] = [];
  const flags: Record<string, string> = {
    ...(args.httpProxy !== undefined ? { httpProxy: args.httpProxy } : {}),
    ...(args.httpsProxy !== undefined ? { httpsProxy: args.httpsProxy } : {}),
  };
  const source = withProxyFlags(
    new TextDecoder().decode(readBytes(args.config, "configuration")),
    flags,
  );
  const noProxy = withNoProxyRead(source.text);
  // The page's reading of a wizard-config.json, in its order: the schema
  // (lib/share/wizard-config-file.ts), then each certificate read again as X.509
  // (lib/share/revalidated.ts), whose refusals are said below as the page says them.
  const parsedFile = parseWizardConfigFile(noProxy.text);
  const loaded = parsedFile.ok
    ? { ...parsedFile, ...withRevalidatedCertificates(parsedFile) }
    : parsedFile;
  if (!loaded.ok) throw new CliError(`${args.config}: ${loaded.error}`);
  if (loaded.dropped.length > 0)
    throw new CliError(
      `${args.config}: ${loaded.dropped.map((d) => `${d.part}: ${d.reason.replace(/\.$/, "")}`).join("; ")}. Fix the file: the command line uses nothing partially.`,
    );
  let config: Config = loaded.config;
  // --cert files: the page's reading and adding (lib/certs/import.ts), the page's words.
  const read: ImportResult = { certificates: [], problems: [] };
  for (const path of args.certs) {
    const result = readCertificateFile(path, readBytes(path, "certificate file"));
    read.certificates.push(...result.certificates);
    read.problems.push(...result.problems);
  }
  const imported = importCertificates(config.certificates, read);
  const certs = imported.certificates;
  const sources = new Map<string, CertificateSource>(imported.added.map((c) => [c.pem, c.source]));
  // A URL given with user:password@ is split as the page splits a pasted one (upgradeConfigInput).
  const proxy = { ...config.proxy, ...flags };
  const upgraded = upgradeConfigInput({ proxy }) as { proxy: typeof proxy };
  // The page's notes next to each proxy field, for the section as the file and flags gave it.
  const asGiven: Record<string, unknown> = source.proxy ?? proxy;
  for (const note of proxySectionNotes(asGiven)) warnings.push(`${note.field}: ${note.message}`);
  // A byte-order mark removed from any other field is said, as the page says it under the field.
  for (const note of bomNotes(rawConfig(source.text)))
    warnings.push(`${note.path}: ${note.message}`);
  if (config.proxy.credentials === "secret")
    for (const field of ["httpProxy", "httpsProxy"] as const) {
      const url = asGiven[field];
      const where =
        field in flags ? `--${field === "httpProxy" ? "http" : "https"}-proxy` : `proxy.${field}`;
      if (typeof url === "string" && splitProxyCredentials(url)?.password)
        warnings.push(
          `the password in ${where} is not used: in Kubernetes Secret mode install.sh asks for it at install time.`,
        );
    }
  const given: Record<string, boolean> = {
    "proxy.httpProxy": args.httpProxy !== undefined,
    "proxy.httpsProxy": args.httpsProxy !== undefined,
    "proxy.httpPassword": upgraded.proxy.httpPassword !== "",
    "proxy.httpsPassword": upgraded.proxy.httpsPassword !== "",
  };
  const stillMissing = loaded.omittedCredentials.filter((field) => !given[field]);
  if (stillMissing.length > 0)
    warnings.push(
      `${stillMissing.join(" and ")}: wizard-config.json never holds passwords. For plain values mode, pass the URL with the password (--http-proxy / --https-proxy http://user:password@host:port).`,
    );
  const parsed = parseConfig({ ...config, proxy: upgraded.proxy, certificates: certs });
  if (!parsed.success)
    throw new CliError(
      parsed.issues.map((i) => `${i.path || "configuration"}: ${i.message}`).join("\n"),
    );
  config = parsed.data;
  const certificateMessages = readingMessages(
    config.certificates,
    imported.problems,
    sources,
    args.now ?? new Date(),
  );
  certificateMessages.unshift(
    // Refused NO_PROXY pieces are said with the other refusals (the rest of the list is used).
    ...noProxy.refused.map((message) => ({
      level: "refused" as const,
      text: `${args.config}: proxy.noProxy: ${message}`,
    })),
    ...loaded.refusedCertificates.map((message) => ({
      level: "refused" as const,
      text: `${args.config}: ${message}`,
    })),
  );
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
