// Reads what the user pasted or dropped for a TLS check: the output of
// `openssl s_client -showcerts …` (certificates among other lines) or a PEM/DER/PKCS#7 chain.
// The certificate reader of the certificate step does the parsing; this keeps the chain's order
// and says what went wrong in the words of the connection (a refused CONNECT, no certificates).
import { MAX_CHECK_CHAIN } from "../config/schema";
import { inspectCertificate, pemToDer } from "../certs/inspect";
import { readCertificateFile } from "../certs/read-file";
import { x509 } from "../certs/x509";

export type PresentedReading =
  | {
      ok: true;
      /** Canonical PEM, in the order they were presented (leaf first). */
      chain: string[];
      /** The host the first certificate names, for a check whose host is not chosen yet. */
      suggestedHost: string | null;
      notes: string[];
    }
  | { ok: false; error: string };

/** What s_client printed when no TLS session came about: the reason, in words. */
function connectionFailure(text: string): string | null {
  const connect =
    /CONNECT failed:?\s*([^\n]*)/i.exec(text) ?? /HTTP\/1\.[01] (\d{3}[^\n]*)/.exec(text);
  if (connect && !/\b200\b/.test(connect[1] ?? ""))
    return `The proxy refused the CONNECT request (${(connect[1] ?? "").trim() || "no reason given"}): check the proxy's allowlist for this host, and the proxy user and password.`;
  if (/connect:errno=|Connection refused|No route to host|Name or service not known/i.test(text))
    return "s_client could not reach the proxy (or the host): check the -proxy address and that this machine may reach it.";
  if (/no peer certificate available/i.test(text))
    return "The connection closed before any certificate was presented: the proxy may block this host, or expect another -servername.";
  return null;
}

function firstDnsName(pem: string): string | null {
  try {
    const cert = new x509.X509Certificate(new Uint8Array(pemToDer(pem)));
    const san = cert.getExtension(x509.SubjectAlternativeNameExtension);
    const name = san?.names.items.find((n) => n.type === "dns" && !n.value.startsWith("*"));
    return name?.value.toLowerCase() ?? null;
  } catch {
    return null;
  }
}

export function readPresented(fileName: string, bytes: Uint8Array): PresentedReading {
  const text = new TextDecoder().decode(bytes.subarray(0, 4096 * 1024));
  const read = readCertificateFile(fileName, bytes);
  const refused = read.problems.filter((p) => p.severity === "refused");
  if (read.certificates.length === 0)
    return {
      ok: false,
      error:
        connectionFailure(text) ??
        (refused[0] && !["not-certificate", "empty"].includes(refused[0].code)
          ? refused[0].message
          : "No certificate found: paste the whole output of the s_client command (it must include -showcerts), or a PEM chain."),
    };
  const notes: string[] = refused.map((p) => `${p.message} It was left out.`);
  // s_client prints the chain once; a doubled paste would repeat it.
  const chain: string[] = [];
  for (const cert of read.certificates) if (!chain.includes(cert.pem)) chain.push(cert.pem);
  if (chain.length < read.certificates.length)
    notes.push("Certificates pasted twice were kept once.");
  if (chain.length > MAX_CHECK_CHAIN)
    return {
      ok: false,
      error: `That is ${chain.length} certificates: a proxy presents a leaf and a few CA certificates. Paste the output of one connection (at most ${MAX_CHECK_CHAIN} certificates).`,
    };
  const leaf = inspectCertificate(chain[0]!);
  if (leaf.isCa)
    notes.push(
      `The first certificate ("${leaf.subjectText}") is a CA, not a server's certificate: the check reads the first certificate as the one the proxy presented for the host.`,
    );
  if (!/-showcerts|Certificate chain/.test(text) && chain.length === 1 && !leaf.isCa)
    notes.push(
      "Only the server's certificate was found: without -showcerts, s_client prints no intermediate certificates, so the check can only succeed if the CA set holds its direct issuer.",
    );
  return { ok: true, chain, suggestedHost: firstDnsName(chain[0]!), notes };
}
