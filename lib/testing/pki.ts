// A small PKI made by the real `openssl`, for tests of chain building: roots, intermediates and
// server certificates with the extensions a test asks for. Keys stay in a temporary folder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Issued {
  name: string;
  pem: string;
  /** The private key's file, for servers that present the certificate. */
  keyFile: string;
  certFile: string;
}

export interface IssueOptions {
  /** A CA certificate (basicConstraints CA:TRUE), with an optional path length. */
  ca?: boolean;
  pathLength?: number;
  /** keyUsage values; by default keyCertSign,cRLSign for a CA and digitalSignature for a server. */
  keyUsage?: string;
  /** DNS names of a server certificate. */
  dnsNames?: string[];
  /** Leave basicConstraints out entirely (a CA that does not say it is one). */
  noBasicConstraints?: boolean;
  days?: number;
}

export interface Pki {
  dir: string;
  root(name: string, options?: IssueOptions): Issued;
  issue(issuer: Issued, name: string, options?: IssueOptions): Issued;
  cleanup(): void;
}

function extensions(options: IssueOptions): string[] {
  const lines: string[] = [];
  if (!options.noBasicConstraints)
    lines.push(
      options.ca
        ? `basicConstraints=critical,CA:TRUE${options.pathLength === undefined ? "" : `,pathlen:${options.pathLength}`}`
        : "basicConstraints=critical,CA:FALSE",
    );
  lines.push(
    `keyUsage=critical,${options.keyUsage ?? (options.ca ? "keyCertSign,cRLSign" : "digitalSignature,keyEncipherment")}`,
  );
  if (options.dnsNames?.length)
    lines.push(`subjectAltName=${options.dnsNames.map((n) => `DNS:${n}`).join(",")}`);
  lines.push("subjectKeyIdentifier=hash");
  return lines;
}

/** `openssl req` with a new P-256 key: a self-signed certificate (-x509) or a request (-new). */
function newRequest(kind: "-x509" | "-new", name: string, keyOut: string, out: string) {
  return [
    "req",
    kind,
    ...["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"],
    ...["-keyout", keyOut, "-out", out, "-subj", `/O=Test PKI/CN=${name}`],
  ];
}

export function makePki(): Pki {
  const dir = mkdtempSync(join(tmpdir(), "pki-"));
  let serial = 0;
  const openssl = (args: string[]) =>
    execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  const files = (name: string) => {
    const base = `${++serial}-${name.replace(/[^A-Za-z0-9]+/g, "-")}`;
    return {
      key: join(dir, `${base}.key`),
      cert: join(dir, `${base}.pem`),
      ext: join(dir, `${base}.ext`),
    };
  };
  const done = (name: string, f: ReturnType<typeof files>): Issued => ({
    name,
    pem: readFileSync(f.cert, "latin1"),
    keyFile: f.key,
    certFile: f.cert,
  });
  return {
    dir,
    root(name, options = { ca: true }) {
      const f = files(name);
      openssl([
        ...newRequest("-x509", name, f.key, f.cert),
        "-days",
        String(options.days ?? 3650),
        ...extensions({ ca: true, ...options }).flatMap((e) => ["-addext", e]),
      ]);
      return done(name, f);
    },
    issue(issuer, name, options = {}) {
      const f = files(name);
      const csr = `${f.cert}.csr`;
      openssl(newRequest("-new", name, f.key, csr));
      writeFileSync(
        f.ext,
        [...extensions(options), "authorityKeyIdentifier=keyid"].join("\n") + "\n",
      );
      openssl([
        "x509",
        "-req",
        "-in",
        csr,
        "-CA",
        issuer.certFile,
        "-CAkey",
        issuer.keyFile,
        "-set_serial",
        String(1000 + serial),
        "-days",
        String(options.days ?? 825),
        "-extfile",
        f.ext,
        "-out",
        f.cert,
      ]);
      return done(name, f);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
