// Self-signed CA certificates made by the real `openssl`, for tests and benchmarks.
import { execFileSync } from "node:child_process";

export interface SelfSignedCaOptions {
  /** The subject, e.g. `/CN=Corp Root` or `/C=DE/O=Corp/CN=Root`. */
  subject: string;
  days?: number;
  key?: "rsa" | "ec";
  /** Where to keep the private key; by default it is thrown away. */
  keyOut?: string;
  /** Extra `-addext` values besides basicConstraints=critical,CA:TRUE. */
  extensions?: string[];
}

/** One CA certificate as canonical PEM (openssl writes LF, 64 columns, a final newline). */
export function selfSignedCa(options: SelfSignedCaOptions): string {
  const key =
    options.key === "ec"
      ? ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]
      : ["-newkey", "rsa:2048"];
  const extensions = ["basicConstraints=critical,CA:TRUE", ...(options.extensions ?? [])];
  const text = execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      ...key,
      "-nodes",
      "-keyout",
      options.keyOut ?? "/dev/null",
      "-subj",
      options.subject,
      "-days",
      String(options.days ?? 3650),
      ...extensions.flatMap((extension) => ["-addext", extension]),
    ],
    { stdio: ["ignore", "pipe", "ignore"] },
  ).toString("latin1");
  const block = /-----BEGIN CERTIFICATE-----\n[\s\S]*?\n-----END CERTIFICATE-----\n/.exec(text);
  if (!block) throw new Error(`openssl did not print a certificate for ${options.subject}`);
  return block[0];
}
