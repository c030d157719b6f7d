// Test-only: builds a corpus of certificates, keys and broken files with the real `openssl`
// command, in a temporary directory, so the parser is checked against what users really have.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MINIMAL_CONFIG = `[req]
distinguished_name = dn
prompt = no
[dn]
[ca]
default_ca = ca_section
[ca_section]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any
copy_extensions = none
[any]
commonName = supplied
[v3_root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[v3_intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[v3_leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:flows.example.com
`;

/** Files of the corpus, as bytes, by name. */
export type Corpus = Record<string, Uint8Array> & { dir: string };

export function buildOpensslCorpus(): { corpus: Corpus; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "certs-corpus-"));
  const run = (...args: string[]) =>
    execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  const write = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
  const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  write("openssl.cnf", MINIMAL_CONFIG);
  const cnf = ["-config", "openssl.cnf"];
  const selfSigned = (
    name: string,
    subject: string,
    key: string[],
    ext: string,
    extra: string[] = [],
  ) =>
    run(
      "req",
      ...cnf,
      "-x509",
      "-nodes",
      ...key,
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.pem`,
      "-subj",
      subject,
      "-extensions",
      ext,
      "-days",
      "3650",
      ...extra,
    );
  const rsa = ["-newkey", "rsa:2048"];
  /** Signs NAME.csr with the CA's PEM and key into NAME.pem (`ext` from openssl.cnf, or none). */
  const signed = (
    csr: string,
    ca: string,
    out: string,
    days: string,
    ext: string | null,
    extra: string[] = [],
  ) =>
    run(
      "x509",
      "-req",
      ...extra,
      "-in",
      csr,
      "-CA",
      `${ca}.pem`,
      "-CAkey",
      `${ca}.key`,
      "-CAcreateserial",
      ...(ext ? ["-extfile", "openssl.cnf", "-extensions", ext] : []),
      "-days",
      days,
      "-out",
      out,
    );

  selfSigned("root-rsa", "/O=Example Corp/CN=Example Root CA RSA", rsa, "v3_root");
  selfSigned(
    "root-ec",
    "/O=Example Corp/CN=Example Root CA EC",
    ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"],
    "v3_root",
  );
  selfSigned("root-weak", "/CN=Weak Legacy Root", ["-newkey", "rsa:1024"], "v3_root", ["-sha1"]);
  selfSigned("root-org-only", "/O=Only Organisation Ltd", rsa, "v3_root");
  selfSigned("server-self-signed", "/CN=flows.example.com", rsa, "v3_leaf");
  run(
    "req",
    ...cnf,
    "-x509",
    "-nodes",
    ...rsa,
    "-keyout",
    "root-soon.key",
    "-out",
    "root-soon.pem",
    "-subj",
    "/CN=Expiring Soon Root",
    "-extensions",
    "v3_root",
    "-days",
    "10",
  );

  // Intermediate and leaf, signed down the chain.
  run(
    "req",
    ...cnf,
    "-new",
    "-nodes",
    ...rsa,
    "-keyout",
    "intermediate.key",
    "-out",
    "intermediate.csr",
    "-subj",
    "/O=Example Corp/CN=Example Issuing CA",
  );
  signed("intermediate.csr", "root-rsa", "intermediate.pem", "1825", "v3_intermediate");
  run(
    "req",
    ...cnf,
    "-new",
    "-nodes",
    ...rsa,
    "-keyout",
    "leaf.key",
    "-out",
    "leaf.csr",
    "-subj",
    "/CN=flows.example.com",
  );
  signed("leaf.csr", "intermediate", "leaf.pem", "365", "v3_leaf");

  // Version 1 certificates (no extensions): `x509 -req` without -extfile writes v1.
  for (const [name, subject, key] of [
    ["root-v1", "/O=Legacy Corp/CN=Legacy V1 Root", rsa],
    [
      "root-v1-ec",
      "/CN=Legacy V1 Root EC",
      ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"],
    ],
  ] as const) {
    run(
      "req",
      ...cnf,
      "-new",
      "-nodes",
      ...key,
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
      "-subj",
      subject,
    );
    run(
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-signkey",
      `${name}.key`,
      "-days",
      "3650",
      "-out",
      `${name}.pem`,
    );
  }
  run(
    "req",
    ...cnf,
    "-new",
    "-nodes",
    ...rsa,
    "-keyout",
    "leaf-v1.key",
    "-out",
    "leaf-v1.csr",
    "-subj",
    "/CN=legacy.example.com",
  );
  signed("leaf-v1.csr", "root-rsa", "leaf-v1.pem", "365", null);
  // An intermediate signed with SHA-1, and a root whose names need quoting and hold non-ASCII.
  signed("intermediate.csr", "root-rsa", "intermediate-sha1.pem", "1825", "v3_intermediate", [
    "-sha1",
  ]);
  selfSigned(
    "root-names",
    '/C=NO/O=Sjøfart, Inc./OU=R\\+D "Lab"/CN=Straße Root ø é',
    rsa,
    "v3_root",
    ["-utf8"],
  );
  // Expired and not-yet-valid roots: openssl 3.0 has no -not_before on x509/req, `ca` has dates.
  write("index.txt", "");
  write("serial", "1000\n");
  for (const [name, start, end] of [
    ["root-expired", "20200101000000Z", "20210101000000Z"],
    ["root-future", "20990101000000Z", "21000101000000Z"],
  ] as const) {
    run(
      "req",
      ...cnf,
      "-new",
      "-nodes",
      ...rsa,
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
      "-subj",
      `/CN=${name}`,
    );
    run(
      "ca",
      ...cnf,
      "-batch",
      "-selfsign",
      "-keyfile",
      `${name}.key`,
      "-in",
      `${name}.csr`,
      "-out",
      `${name}.pem`,
      "-startdate",
      start,
      "-enddate",
      end,
      "-extensions",
      "v3_root",
      "-notext",
    );
  }

  // Things that sit beside certificates in real files: a CRL and a public key.
  run(
    "ca",
    ...cnf,
    "-gencrl",
    "-keyfile",
    "root-rsa.key",
    "-cert",
    "root-rsa.pem",
    "-crldays",
    "30",
    "-out",
    "root-rsa.crl",
  );
  run("pkey", "-in", "root-rsa.key", "-pubout", "-out", "root-rsa.pub");

  // Other encodings of the RSA root.
  run("x509", "-in", "root-rsa.pem", "-outform", "DER", "-out", "root-rsa.der");
  run("x509", "-in", "root-rsa.pem", "-text", "-out", "root-rsa-text.pem");
  run(
    "x509",
    "-in",
    "root-rsa.pem",
    "-trustout",
    "-addtrust",
    "serverAuth",
    "-out",
    "root-rsa-trusted.pem",
  );
  run(
    "pkcs12",
    "-export",
    "-in",
    "root-rsa.pem",
    "-inkey",
    "root-rsa.key",
    "-passout",
    "pass:secret",
    "-out",
    "root-rsa.p12",
  );
  run(
    "pkcs12",
    "-in",
    "root-rsa.p12",
    "-nokeys",
    "-passin",
    "pass:secret",
    "-out",
    "root-rsa-bag.pem",
  );
  write(
    "chain.pem",
    Buffer.concat([read("leaf.pem"), read("intermediate.pem"), read("root-rsa.pem")]),
  );
  run("crl2pkcs7", "-nocrl", "-certfile", "chain.pem", "-out", "chain.p7b");
  run("crl2pkcs7", "-nocrl", "-certfile", "chain.pem", "-outform", "DER", "-out", "chain-der.p7b");

  // Keys and requests: every one of these must be refused.
  run("pkey", "-in", "root-rsa.key", "-traditional", "-out", "key-rsa-traditional.pem");
  run("pkey", "-in", "root-rsa.key", "-out", "key-pkcs8.pem");
  run("pkey", "-in", "root-rsa.key", "-outform", "DER", "-out", "key-pkcs8.der");
  run(
    "pkcs8",
    "-topk8",
    "-in",
    "root-rsa.key",
    "-v2",
    "aes256",
    "-passout",
    "pass:secret",
    "-out",
    "key-encrypted.pem",
  );
  run(
    "rsa",
    "-in",
    "root-rsa.key",
    "-traditional",
    "-aes256",
    "-passout",
    "pass:secret",
    "-out",
    "key-rsa-legacy-encrypted.pem",
  );
  run("ecparam", "-name", "prime256v1", "-genkey", "-out", "key-ec.pem");

  // Fifty small roots in one file, for the "stays responsive" check.
  run("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "many.key");
  const many: Buffer[] = [];
  for (let i = 1; i <= 50; i++) {
    run(
      "req",
      ...cnf,
      "-x509",
      "-key",
      "many.key",
      "-subj",
      `/CN=Bundle Root ${i}`,
      "-extensions",
      "v3_root",
      "-days",
      "365",
      "-out",
      "many-one.pem",
    );
    many.push(readFileSync(join(dir, "many-one.pem")));
  }
  write("bundle-50.pem", Buffer.concat(many));

  const corpus = { dir } as Corpus;
  for (const name of [
    "root-rsa.pem",
    "root-ec.pem",
    "root-weak.pem",
    "root-org-only.pem",
    "server-self-signed.pem",
    "root-soon.pem",
    "intermediate.pem",
    "leaf.pem",
    "root-expired.pem",
    "root-future.pem",
    "root-rsa.der",
    "root-rsa-text.pem",
    "root-rsa-trusted.pem",
    "root-rsa-bag.pem",
    "chain.pem",
    "chain.p7b",
    "chain-der.p7b",
    "key-rsa-traditional.pem",
    "key-pkcs8.pem",
    "key-pkcs8.der",
    "key-encrypted.pem",
    "key-rsa-legacy-encrypted.pem",
    "key-ec.pem",
    "leaf.csr",
    "bundle-50.pem",
    "root-rsa.key",
    "root-rsa.p12",
    "root-v1.pem",
    "root-v1-ec.pem",
    "leaf-v1.pem",
    "intermediate-sha1.pem",
    "root-names.pem",
    "root-rsa.crl",
    "root-rsa.pub",
  ])
    corpus[name] = read(name);
  return { corpus, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a shell pipeline in the corpus directory (for independent computations in tests). */
export function shell(dir: string, script: string): string {
  return execFileSync("bash", ["-euo", "pipefail", "-c", script], { cwd: dir, encoding: "utf8" });
}
