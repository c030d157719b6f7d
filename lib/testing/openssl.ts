// Certificates made by the real `openssl`, for tests and benchmarks: self-signed CAs, and
// server certificates signed by a test CA.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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

/** A test CA whose key is kept, to sign server certificates with. */
export interface TestCa {
  pem: string;
  keyPath: string;
}

/** A CA named `subject`, its key written to `dir`. */
export function testCa(subject: string, dir: string, name: string): TestCa {
  const keyPath = join(dir, `${name}.key`);
  const pem = selfSignedCa({
    subject,
    keyOut: keyPath,
    extensions: ["keyUsage=critical,keyCertSign,cRLSign"],
  });
  return { pem, keyPath };
}

/** A server certificate and its key (PEM) for every name in `hosts`, signed by `ca`. */
export function signedServerCertificate(
  ca: TestCa,
  hosts: readonly string[],
  dir: string,
): { cert: string; key: string } {
  const file = (name: string) => join(dir, name);
  writeFileSync(file("server-ca.pem"), ca.pem);
  writeFileSync(
    file("server.ext"),
    [
      "basicConstraints=critical,CA:FALSE",
      "keyUsage=critical,digitalSignature,keyEncipherment",
      "extendedKeyUsage=serverAuth",
      `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(",")}`,
      "",
    ].join("\n"),
  );
  const run = (...args: string[]) =>
    execFileSync("openssl", args, { stdio: ["ignore", "pipe", "pipe"] });
  run(
    "req",
    "-new",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    file("server.key"),
    "-subj",
    `/CN=${hosts[0] ?? "localhost"}`,
    "-out",
    file("server.csr"),
  );
  run(
    "x509",
    "-req",
    "-in",
    file("server.csr"),
    "-CA",
    file("server-ca.pem"),
    "-CAkey",
    ca.keyPath,
    "-set_serial",
    "4242",
    "-days",
    "2",
    "-extfile",
    file("server.ext"),
    "-out",
    file("server.pem"),
  );
  return {
    cert: readFileSync(file("server.pem"), "utf8"),
    key: readFileSync(file("server.key"), "utf8"),
  };
}
