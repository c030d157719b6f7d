// The verdicts in words, per program that trusts each CA set: a path one receiver accepts and
// another refuses is never a plain ✓ (real certificates made by openssl).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePki, type Issued, type Pki } from "../testing/pki";
import { checkPresentedChain } from "./check";
import { addableCertificate, checkWarnings, setVerdictLine } from "./describe";
import type { CheckResult } from "./results";

const HOST = "registry.useflows.com:443";
const NOW = new Date(Date.now() + 60_000);
const ca = (cert: Issued) => ({ pem: cert.pem, label: cert.name });

let pki: Pki;
let root: Issued;
let inspection: Issued;
let leaf: Issued;

beforeAll(() => {
  pki = makePki();
  root = pki.root("Corp Root CA");
  inspection = pki.issue(root, "Corp Inspection CA G2", { ca: true });
  leaf = pki.issue(inspection, "registry.useflows.com", { dnsNames: ["registry.useflows.com"] });
});
afterAll(() => pki.cleanup());

/** A result for a host both modules reach, judged against one CA set for both. */
async function result(chain: string[], cas: Issued[]): Promise<CheckResult> {
  const check = { host: HOST, chain };
  const verdict = await checkPresentedChain(check, cas.map(ca), NOW);
  return {
    check,
    reachedBy: ["agents", "services"],
    bySet: [
      { set: "agents", verdict },
      { set: "services", verdict },
    ],
    anyCertificate: verdict,
  };
}

describe("verdicts per receiver", () => {
  it("with only the intermediate: covered for the agent (Go), refused by Node runtimes, add the root", async () => {
    const r = await result([leaf.pem, inspection.pem], [inspection]);
    const agents = setVerdictLine("agents", r.bySet[0]!.verdict);
    expect(agents).toMatchObject({ covered: false, state: "partly covered", mark: "⚠" });
    expect(agents.text).toContain('The path ends at the intermediate CA "Corp Inspection CA G2"');
    expect(agents.text).toContain("covered for the agent (Go)");
    expect(agents.text).toContain(
      "refused by Node runtimes, which needs a self-signed root (Node and OpenSSL: UNABLE_TO_GET_ISSUER_CERT)",
    );
    expect(agents.text).toMatch(
      /Add the root "Corp Root CA" \(subject "O=Test PKI, CN=Corp Root CA", key identifier ([0-9A-F]{2}:)+[0-9A-F]{2}\): the pasted chain does not hold it, so find that file\./,
    );
    const services = setVerdictLine("services", r.bySet[1]!.verdict);
    expect(services.state).toBe("partly covered");
    expect(services.text).toContain(
      "perhaps refused by Flows services, whose TLS library is not documented",
    );
  });

  it("with the root: covered for every receiver, with a ✓", async () => {
    const r = await result([leaf.pem, inspection.pem], [root]);
    expect(setVerdictLine("agents", r.bySet[0]!.verdict)).toMatchObject({
      covered: true,
      state: "covered",
      mark: "✓",
      text: expect.stringMatching(
        /^Covered by Corp Root CA \(fingerprint [0-9A-F:]+\), for the agent \(Go\) and Node runtimes\.$/,
      ),
    });
    expect(checkWarnings([r])).toEqual([]);
  });

  it("offers the root when the pasted chain holds it, even when an intermediate already covers Go", async () => {
    const r = await result([leaf.pem, inspection.pem, root.pem], [inspection]);
    expect(addableCertificate(r)).toMatchObject({
      pem: root.pem,
      kind: "root",
      name: "Corp Root CA",
    });
    expect(setVerdictLine("agents", r.bySet[0]!.verdict).text).toContain(
      'Add "Corp Root CA" from the pasted chain.',
    );
  });

  it("offers an intermediate for what it is, and says what it would achieve", async () => {
    const r = await result([leaf.pem, inspection.pem], []);
    expect(addableCertificate(r)).toMatchObject({ pem: inspection.pem, kind: "intermediate" });
    const line = setVerdictLine("agents", r.bySet[0]!.verdict);
    expect(line).toMatchObject({ state: "not covered", mark: "✗" });
    expect(line.text).toContain(
      'Adding "Corp Inspection CA G2" from the pasted chain, an intermediate, would cover the agent (Go) only.',
    );
    expect(setVerdictLine("services", r.bySet[1]!.verdict).text).toContain("would not be enough");
  });

  it("names a server's own certificate in the CA set for what it is", async () => {
    const r = await result([leaf.pem, inspection.pem], [leaf]);
    const line = setVerdictLine("agents", r.bySet[0]!.verdict);
    expect(line.state).toBe("partly covered");
    expect(line.text).toContain(
      `The path ends at "registry.useflows.com", a server's own certificate (a leaf, not a CA) in this CA set`,
    );
    expect(line.text).toContain("trust its CA, not one of its certificates");
  });

  it("gives Review and the command line one warning per CA set, with the host and the receivers", async () => {
    const r = await result([leaf.pem, inspection.pem], [inspection]);
    const messages = checkWarnings([r]).map((w) => w.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(
      /^TLS check registry\.useflows\.com:443: the agents' CA set is only partly covered\. The path ends at the intermediate CA "Corp Inspection CA G2", not at a self-signed root: covered for the agent \(Go\); refused by Node runtimes/,
    );
    expect(messages[1]).toContain("the Flows services' CA set is only partly covered");
  });
});
