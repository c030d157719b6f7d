// Does the CA set cover what the proxy presents? For one TLS check (the certificates a
// TLS-inspecting proxy presented for an egress host, leaf first), builds the certification path
// with @peculiar/x509's X509ChainBuilder, which matches issuer names and key identifiers and
// verifies each signature, over the presented certificates and the CA set. Then checks what the
// builder does not: validity dates, CA basic constraints, key usage and path length, the way
// OpenSSL and Go do before they trust a chain.
//
// Asynchronous: signatures are verified with WebCrypto. Pure otherwise: same inputs, same verdict.
import type { Certificate, TlsCheck } from "../config/schema";
import { inspectCertificate, pemToDer, type CertificateDetails } from "../certs/inspect";
import { toCanonicalPem } from "../certs/pem";
import { checkHostName } from "./host";
import { x509 } from "../certs/x509";

/** One certificate as the verdict names it. */
export interface NamedCertificate {
  /** The subject as people read it. */
  name: string;
  issuer: string;
  fingerprint: string;
  isCa: boolean;
  selfSigned: boolean;
}

/**
 * What ends a path: a self-signed root (every client accepts it), an intermediate CA (Go and
 * curl accept it; Node and OpenSSL by default do not), or a certificate that is no CA at all
 * (a server's own certificate pasted as a CA: Go pins it; Node and OpenSSL refuse it).
 */
export type AnchorKind = "root" | "intermediate" | "leaf";

/** The self-signed root above a path, as the user can look for it; its PEM when it was pasted. */
export interface RootToFind {
  name: string;
  /** Its subject, as people read it. */
  subject: string;
  /** Its subject key identifier (the authority key identifier of what it signed), or null. */
  keyId: string | null;
  pem: string | null;
}

/** A certificate of the pasted chain the user can add in one click. */
export interface AddableCertificate {
  pem: string;
  name: string;
  fingerprint: string;
  kind: "root" | "intermediate";
}

export type CheckVerdict =
  | {
      status: "covered";
      /** The certificate of the CA set the path ends at. */
      anchor: NamedCertificate & { label: string };
      anchorKind: AnchorKind;
      /** When the anchor is not a root: the root above it, for the clients that need one. */
      root: RootToFind | null;
      /** The path, leaf first, up to and including the anchor. */
      path: NamedCertificate[];
      notes: string[];
    }
  | {
      status: "not-covered";
      /** The topmost certificate the presented chain leads to: its issuer is missing. */
      top: NamedCertificate;
      /** The CA certificate of the pasted chain to add: its root when pasted, else the topmost. */
      addable: AddableCertificate | null;
      /** When no root was pasted: the root above the chain, to find. */
      root: RootToFind | null;
      message: string;
      notes: string[];
    }
  | {
      /** The path reaches the CA set, but a client would still refuse it (dates, constraints). */
      status: "refused";
      message: string;
      notes: string[];
    }
  | { status: "unreadable"; message: string; notes: string[] };

/** Its common name, as people call a CA; the whole name when it has none. */
function shortName(name: x509.Name, whole: string): string {
  return name.getField("CN")[0] ?? whole;
}

function named(cert: x509.X509Certificate, details: CertificateDetails): NamedCertificate {
  return {
    name: shortName(cert.subjectName, details.subjectText),
    issuer: shortName(cert.issuerName, details.issuerText),
    fingerprint: details.fingerprint,
    isCa: details.isCa,
    selfSigned: details.isSelfSigned,
  };
}

/** RFC 6125 matching: a `*` stands for exactly the first label. */
export function nameMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, "");
  const h = host.toLowerCase();
  if (!p.startsWith("*.")) return p === h;
  const dot = h.indexOf(".");
  return dot > 0 && h.slice(dot + 1) === p.slice(2);
}

function dnsNames(cert: x509.X509Certificate): string[] {
  const san = cert.getExtension(x509.SubjectAlternativeNameExtension);
  return san ? san.names.items.filter((n) => n.type === "dns").map((n) => n.value) : [];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** `a1b2…` → `A1:B2:…`, as `openssl x509 -text` prints a key identifier. */
function keyIdText(keyId: string | null): string | null {
  return keyId ? (keyId.toUpperCase().match(/../g) ?? []).join(":") : null;
}

/** The root above `top` (the last certificate a path reached): itself when self-signed. */
function rootAbove(
  top: x509.X509Certificate,
  details: CertificateDetails,
  pem: string,
  pasted: readonly string[],
): RootToFind {
  if (details.isSelfSigned)
    return {
      name: shortName(top.subjectName, details.subjectText),
      subject: details.subjectText,
      keyId: keyIdText(details.subjectKeyId),
      pem: pasted.includes(pem) ? pem : null,
    };
  return {
    name: shortName(top.issuerName, details.issuerText),
    subject: details.issuerText,
    keyId: keyIdText(details.authorityKeyId),
    pem: null,
  };
}

/** Why a client refuses a certificate of the path at `now`, or null. */
function dateProblem(name: string, details: CertificateDetails, now: Date): string | null {
  if (details.notAfter.getTime() < now.getTime())
    return `A client refuses the path: "${name}" expired on ${day(details.notAfter)}`;
  if (details.notBefore.getTime() > now.getTime())
    return `A client refuses the path: "${name}" is not valid before ${day(details.notBefore)}`;
  return null;
}

/**
 * Why `issuer` may not sign the certificate below it, or null. `below` counts the CA
 * certificates between it and the leaf (for pathLenConstraint).
 */
function issuerProblem(
  cert: x509.X509Certificate,
  details: CertificateDetails,
  name: string,
  below: number,
) {
  // OpenSSL accepts a self-signed version 1 certificate as a root (lib/certs/warnings.ts).
  if (details.version === 1 && details.isSelfSigned) return null;
  const basic = cert.getExtension(x509.BasicConstraintsExtension);
  if (!basic?.ca)
    return `A client refuses the path: "${name}" signs the certificate below it but is not a CA certificate (no basicConstraints CA:TRUE)`;
  const usage = cert.getExtension(x509.KeyUsagesExtension);
  if (usage && (usage.usages & x509.KeyUsageFlags.keyCertSign) === 0)
    return `A client refuses the path: "${name}" may not sign certificates (its keyUsage lacks keyCertSign)`;
  if (basic.pathLength !== undefined && below > basic.pathLength)
    return `A client refuses the path: "${name}" allows ${basic.pathLength} CA certificate${basic.pathLength === 1 ? "" : "s"} below it (pathLenConstraint), the path has ${below}`;
  return null;
}

/** The verdict for one check against a CA set, at `now`. */
export async function checkPresentedChain(
  check: TlsCheck,
  cas: readonly Pick<Certificate, "pem" | "label">[],
  now: Date,
): Promise<CheckVerdict> {
  const notes: string[] = [];
  let presented: x509.X509Certificate[];
  let anchors: { cert: x509.X509Certificate; label: string; fingerprint: string }[];
  try {
    presented = check.chain.map((pem) => new x509.X509Certificate(new Uint8Array(pemToDer(pem))));
    anchors = cas.map((ca) => ({
      cert: new x509.X509Certificate(new Uint8Array(pemToDer(ca.pem))),
      label: ca.label,
      fingerprint: inspectCertificate(ca.pem).fingerprint,
    }));
  } catch {
    return {
      status: "unreadable",
      message: "A certificate of this check or of the CA set cannot be read: paste it again.",
      notes,
    };
  }
  const leaf = presented[0]!;
  const host = checkHostName(check.host);
  const names = dnsNames(leaf);
  const leafDetails = inspectCertificate(check.chain[0]!);
  if (!names.some((name) => nameMatches(name, host)))
    notes.push(
      names.length === 0
        ? `The first certificate pasted ("${leafDetails.subjectText}") names no DNS host: is this the output for ${host}?`
        : `The first certificate pasted is for ${names.slice(0, 3).join(", ")}${names.length > 3 ? ", …" : ""}, not ${host}: was it the output for another host?`,
    );

  let path: x509.X509Certificate[];
  try {
    const builder = new x509.X509ChainBuilder({
      certificates: [...presented.slice(1), ...anchors.map((a) => a.cert)],
    });
    path = [...(await builder.build(leaf))];
  } catch {
    return {
      status: "unreadable",
      message:
        "The pasted certificates refer to each other in a circle: paste one connection's output.",
      notes,
    };
  }
  const pems = path.map((cert) => toCanonicalPem(new Uint8Array(cert.rawData)));
  const details = pems.map((pem) => inspectCertificate(pem));
  const trusted = (d: CertificateDetails) => anchors.some((a) => a.fingerprint === d.fingerprint);
  // Go stops at the first trusted certificate; OpenSSL and Node go on to a trusted root when the
  // set holds one above it. The path to that root is the one every client accepts.
  const firstAnchor = details.findIndex(trusted);
  const rootAnchor = details.findIndex(
    (d, i) => firstAnchor >= 0 && i >= firstAnchor && d.isSelfSigned && trusted(d),
  );
  const anchorAt = rootAnchor >= 0 ? rootAnchor : firstAnchor;
  const onPath = new Set(
    details.slice(0, anchorAt < 0 ? undefined : anchorAt + 1).map((d) => d.fingerprint),
  );
  const unused = check.chain.filter((pem) => !onPath.has(inspectCertificate(pem).fingerprint));
  if (unused.length > 0)
    notes.push(
      `${unused.length} pasted certificate${unused.length === 1 ? " is" : "s are"} not part of the path from the first one: extra certificates are ignored.`,
    );

  if (anchorAt < 0) {
    const last = path.length - 1;
    const top = named(path[last]!, details[last]!);
    const root = rootAbove(path[last]!, details[last]!, pems[last]!, check.chain);
    const topCaAt = details.findLastIndex((d) => d.isCa);
    // A pasted root is what every client needs; an intermediate only what Go and curl need.
    const addable: AddableCertificate | null = root.pem
      ? { pem: root.pem, name: root.name, fingerprint: details[last]!.fingerprint, kind: "root" }
      : topCaAt >= 0 && check.chain.includes(pems[topCaAt]!)
        ? {
            pem: pems[topCaAt]!,
            name: named(path[topCaAt]!, details[topCaAt]!).name,
            fingerprint: details[topCaAt]!.fingerprint,
            kind: details[topCaAt]!.isSelfSigned ? "root" : "intermediate",
          }
        : null;
    const message = top.selfSigned
      ? `The chain ends at "${top.name}" (fingerprint ${top.fingerprint}), which is not in this CA set. Add that CA.`
      : `The chain ends at "${top.name}", issued by "${top.issuer}", which is not in this CA set. Add the root ${rootDescription(root)}: the pasted chain does not hold it, so find that file.`;
    return {
      status: "not-covered",
      top,
      addable,
      root: top.selfSigned ? null : root,
      message,
      notes,
    };
  }

  const used = path.slice(0, anchorAt + 1);
  const usedDetails = details.slice(0, anchorAt + 1);
  const usedNamed = used.map((cert, i) => named(cert, usedDetails[i]!));
  for (const [i, d] of usedDetails.entries()) {
    const problem = dateProblem(usedNamed[i]!.name, d, now);
    if (problem) return { status: "refused", message: `${problem}.`, notes };
  }
  for (let i = 1; i < used.length; i++) {
    const problem = issuerProblem(used[i]!, usedDetails[i]!, usedNamed[i]!.name, i - 1);
    if (problem) return { status: "refused", message: `${problem}.`, notes };
  }
  const anchorNamed = usedNamed[anchorAt]!;
  const anchor = anchors.find((a) => a.fingerprint === anchorNamed.fingerprint)!;
  const anchorKind: AnchorKind = anchorNamed.selfSigned
    ? "root"
    : anchorNamed.isCa
      ? "intermediate"
      : "leaf";
  const last = path.length - 1;
  return {
    status: "covered",
    anchor: { ...anchorNamed, label: anchor.label },
    anchorKind,
    root:
      anchorKind === "root"
        ? null
        : rootAbove(path[last]!, details[last]!, pems[last]!, check.chain),
    path: usedNamed,
    notes,
  };
}

/** How people find a root: its name, subject and key identifier. */
export function rootDescription(root: RootToFind): string {
  return `"${root.name}" (subject "${root.subject}"${root.keyId ? `, key identifier ${root.keyId}` : ""})`;
}
