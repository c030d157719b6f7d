// The command line: the same generators as the browser, for automation and for checking the
// browser's output. Usage:
//   npm run generate -- --config wizard-config.json [--cert FILE ...] [--http-proxy URL]
//                       [--https-proxy URL] --out DIR_OR_ZIP
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseConfig, type Config } from "../lib/config/schema";
import { generateFiles } from "../lib/generators/index";
import { buildZip } from "../lib/bundle/zip";
import { parseWizardConfigFile } from "../lib/share/wizard-config-file";
import { mergeCertificates, readCertificateFile, revalidateCertificates } from "../lib/certs/index";

const USAGE =
  "usage: npm run generate -- --config wizard-config.json [--cert FILE ...] [--http-proxy URL] [--https-proxy URL] --out DIR_OR_ZIP";

export class CliError extends Error {}

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
}): { config: Config; warnings: string[] } {
  const warnings: string[] = [];
  const loaded = parseWizardConfigFile(
    new TextDecoder().decode(readBytes(args.config, "configuration")),
  );
  if (!loaded.ok) throw new CliError(`${args.config}: ${loaded.error}`);
  if (loaded.dropped.length > 0)
    throw new CliError(
      `${args.config}: ${loaded.dropped.map((d) => `${d.part}: ${d.reason}`).join("; ")}. Fix the file: the command line uses nothing partially.`,
    );
  let config: Config = loaded.config;
  // The file's certificates were checked for shape only: read each again as a certificate.
  const checked = revalidateCertificates(config.certificates);
  if (checked.problems.length > 0)
    throw new CliError(checked.problems.map((p) => `${args.config}: ${p.message}`).join("\n"));
  const certs = [...checked.certificates];
  for (const path of args.certs) {
    const result = readCertificateFile(path, readBytes(path, "certificate file"));
    const refused = result.problems.filter((p) => p.severity === "refused");
    if (refused.length > 0)
      throw new CliError(refused.map((p) => `${path}: ${p.message}`).join("\n"));
    for (const p of result.problems) warnings.push(`${path}: ${p.message}`);
    const merged = mergeCertificates(certs, result.certificates);
    certs.splice(0, certs.length, ...merged.certificates);
    warnings.push(...merged.problems.map((p) => `${path}: ${p.message}`));
  }
  const proxy = {
    ...config.proxy,
    ...(args.httpProxy !== undefined ? { httpProxy: args.httpProxy } : {}),
    ...(args.httpsProxy !== undefined ? { httpsProxy: args.httpsProxy } : {}),
  };
  const omitted = loaded.omittedCredentials.filter(
    (field) => !(field === "proxy.httpProxy" ? args.httpProxy : args.httpsProxy),
  );
  if (omitted.length > 0)
    warnings.push(
      `${omitted.join(" and ")} had credentials that wizard-config.json does not keep: pass --http-proxy / --https-proxy with them, or the files will use the URL without credentials.`,
    );
  const parsed = parseConfig({ ...config, proxy, certificates: certs });
  if (!parsed.success)
    throw new CliError(
      parsed.issues.map((i) => `${i.path || "configuration"}: ${i.message}`).join("\n"),
    );
  config = parsed.data;
  return { config, warnings };
}

export async function run(argv: string[]): Promise<string> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        config: { type: "string" },
        cert: { type: "string", multiple: true, default: [] },
        "http-proxy": { type: "string" },
        "https-proxy": { type: "string" },
        out: { type: "string" },
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
  const { config, warnings } = loadConfig({
    config: values.config,
    certs: values.cert ?? [],
    httpProxy: values["http-proxy"],
    httpsProxy: values["https-proxy"],
  });
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  const files = generateFiles(config);
  const out = resolve(values.out);
  if (out.endsWith(".zip")) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, await buildZip(files));
    return `wrote ${files.length} files to ${out}`;
  }
  for (const file of files) {
    const path = join(out, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
    chmodSync(path, file.executable ? 0o755 : 0o644);
  }
  return `wrote ${files.length} files to ${out}/`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  run(process.argv.slice(2)).then(
    (message) => console.log(message),
    (error) => {
      console.error(error instanceof CliError ? `generate: ${error.message}` : error);
      process.exit(error instanceof CliError ? 2 : 1);
    },
  );
}
