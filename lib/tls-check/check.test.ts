// Chain building against real certificates made by openssl: what covers, what does not, and
// what a client would refuse although a path exists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePki, type Issued, type Pki } from "../testing/pki";
import { checkPresentedChain, nameMatches } from "./check";
import { inspectCertificate } from "../certs/inspect";

const HOST = "registry.useflows.com:443";
// A minute ahead: certificates made during the test are valid from the second they were made.
const NOW = new Date(Date.now() + 60_000);
const ca = (cert: Issued) => ({ pem: cert.pem, label: cert.name });

let pki: Pki;
let root: Issued;
let inspection: Issued;
let leaf: Issued;
let other: Issued;

beforeAll(() => {
  pki = makePki();
  root = pki.root("Corp Root CA");
  inspection = pki.issue(root, "Corp Inspection CA G2", { ca: true });
  leaf = pki.issue(inspection, "registry.useflows.com", { dnsNames: ["registry.useflows.com"] });
  other = pki.root("Unrelated Root");
});
afterAll(() => pki.cleanup());

/** The root's subject key identifier as `openssl x509 -text` prints it. */
const rootKeyId = () =>
  (inspectCertificate(root.pem).subjectKeyId!.toUpperCase().match(/../g) ?? []).join(":");

describe("checkPresentedChain", () => {
  it("is covered by the root when the proxy presents leaf and intermediate", async () => {
    const verdict = await checkPresentedChain(
      { host: HOST, chain: [leaf.pem, inspection.pem] },
      [ca(other), ca(root)],
      NOW,
    );
    expect(verdict).toMatchObject({ status: "covered", anchor: { label: "Corp Root CA" } });
    if (verdict.status === "covered") {
      expect(verdict.path.map((c) => c.name)).toEqual([
        "registry.useflows.com",
        "Corp Inspection CA G2",
        "Corp Root CA",
      ]);
      expect(verdict.anchor.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(verdict.notes).toEqual([]);
    }
  });

  it("is not covered without the root, names the root's file to find, offers the intermediate as one", async () => {
    const verdict = await checkPresentedChain(
      { host: HOST, chain: [leaf.pem, inspection.pem] },
      [ca(other)],
      NOW,
    );
    expect(verdict.status).toBe("not-covered");
    if (verdict.status !== "not-covered") return;
    expect(verdict.message).toContain('ends at "Corp Inspection CA G2"');
    expect(verdict.message).toContain('issued by "Corp Root CA"');
    // The root is named by what identifies its file: subject and key identifier.
    expect(verdict.message).toContain(
      `Add the root "Corp Root CA" (subject "O=Test PKI, CN=Corp Root CA", key identifier ${rootKeyId()})`,
    );
    expect(verdict.root).toMatchObject({ name: "Corp Root CA", pem: null, keyId: rootKeyId() });
    expect(verdict.addable).toMatchObject({ pem: inspection.pem, kind: "intermediate" });
  });

  it("offers nothing to add when only the server's certificate was pasted", async () => {
    const verdict = await checkPresentedChain({ host: HOST, chain: [leaf.pem] }, [], NOW);
    expect(verdict).toMatchObject({ status: "not-covered", addable: null });
  });

  it("offers the presented root, and is covered once it is in the set", async () => {
    const chain = [leaf.pem, inspection.pem, root.pem];
    const before = await checkPresentedChain({ host: HOST, chain }, [], NOW);
    expect(before).toMatchObject({
      status: "not-covered",
      addable: { pem: root.pem, kind: "root" },
      root: null,
    });
    const after = await checkPresentedChain({ host: HOST, chain }, [ca(root)], NOW);
    expect(after).toMatchObject({ status: "covered", anchor: { label: "Corp Root CA" } });
  });

  it("finds a path to an intermediate anchor, and says which root is above it", async () => {
    const verdict = await checkPresentedChain(
      { host: HOST, chain: [leaf.pem, inspection.pem] },
      [ca(inspection)],
      NOW,
    );
    expect(verdict).toMatchObject({
      status: "covered",
      anchorKind: "intermediate",
      root: {
        name: "Corp Root CA",
        subject: "O=Test PKI, CN=Corp Root CA",
        keyId: rootKeyId(),
        pem: null,
      },
    });
    const withRoot = await checkPresentedChain(
      { host: HOST, chain: [leaf.pem, inspection.pem, root.pem] },
      [ca(inspection)],
      NOW,
    );
    expect(withRoot).toMatchObject({ anchorKind: "intermediate", root: { pem: root.pem } });
    const rooted = await checkPresentedChain(
      { host: HOST, chain: [leaf.pem, inspection.pem] },
      [ca(root)],
      NOW,
    );
    expect(rooted).toMatchObject({ anchorKind: "root", root: null });
    // The intermediate and its root both in the set: the path goes on to the root.
    const both = await checkPresentedChain(
      { host: HOST, chain: [leaf.pem, inspection.pem] },
      [ca(inspection), ca(root)],
      NOW,
    );
    expect(both).toMatchObject({ anchorKind: "root", anchor: { label: "Corp Root CA" } });
  });

  it("names a server's own certificate pasted as a CA for what it is", async () => {
    const verdict = await checkPresentedChain(
      { host: HOST, chain: [leaf.pem, inspection.pem] },
      [ca(leaf)],
      NOW,
    );
    expect(verdict).toMatchObject({ status: "covered", anchorKind: "leaf" });
  });

  it("is not fooled by a certificate that only copies the issuer's name", async () => {
    const impostor = makePki();
    try {
      const fakeRoot = impostor.root("Corp Root CA");
      const fakeLeaf = impostor.issue(fakeRoot, "registry.useflows.com", {
        dnsNames: ["registry.useflows.com"],
      });
      // Same subject as the real root, another key: the signature check must refuse it.
      const verdict = await checkPresentedChain(
        { host: HOST, chain: [fakeLeaf.pem] },
        [ca(root)],
        NOW,
      );
      expect(verdict.status).toBe("not-covered");
    } finally {
      impostor.cleanup();
    }
  });

  it("refuses an expired path, a non-CA issuer, a missing keyCertSign and a broken path length", async () => {
    const expired = await checkPresentedChain(
      { host: HOST, chain: [leaf.pem, inspection.pem] },
      [ca(root)],
      new Date(Date.now() + 5000 * 86_400_000),
    );
    expect(expired).toMatchObject({ status: "refused" });
    expect(expired.status === "refused" && expired.message).toMatch(/expired on \d{4}-\d\d-\d\d/);

    const notCa = pki.issue(root, "Not A CA", { ca: false });
    const underNotCa = pki.issue(notCa, "registry.useflows.com", {
      dnsNames: ["registry.useflows.com"],
    });
    const v1 = await checkPresentedChain(
      { host: HOST, chain: [underNotCa.pem, notCa.pem] },
      [ca(root)],
      NOW,
    );
    expect(v1.status === "refused" && v1.message).toMatch(/"Not A CA".*not a CA/);

    const noSign = pki.issue(root, "No Cert Sign CA", { ca: true, keyUsage: "digitalSignature" });
    const underNoSign = pki.issue(noSign, "registry.useflows.com", {
      dnsNames: ["registry.useflows.com"],
    });
    const v2 = await checkPresentedChain(
      { host: HOST, chain: [underNoSign.pem, noSign.pem] },
      [ca(root)],
      NOW,
    );
    expect(v2.status === "refused" && v2.message).toMatch(/keyCertSign/);

    const strictRoot = pki.root("Strict Root", { ca: true, pathLength: 0 });
    const middle = pki.issue(strictRoot, "Middle CA", { ca: true });
    const underMiddle = pki.issue(middle, "registry.useflows.com", {
      dnsNames: ["registry.useflows.com"],
    });
    const v3 = await checkPresentedChain(
      { host: HOST, chain: [underMiddle.pem, middle.pem] },
      [ca(strictRoot)],
      NOW,
    );
    expect(v3.status === "refused" && v3.message).toMatch(/pathLenConstraint/);
  });

  it("notes a leaf for another host, and extra certificates off the path", async () => {
    const verdict = await checkPresentedChain(
      { host: "github.com:443", chain: [leaf.pem, inspection.pem, other.pem] },
      [ca(root)],
      NOW,
    );
    expect(verdict.status).toBe("covered");
    expect(verdict.notes.join(" ")).toContain("not github.com");
    expect(verdict.notes.join(" ")).toContain("1 pasted certificate is not part of the path");
  });

  it("matches wildcards on one label only", () => {
    expect(nameMatches("*.useflows.com", "registry.useflows.com")).toBe(true);
    expect(nameMatches("*.useflows.com", "a.b.useflows.com")).toBe(false);
    expect(nameMatches("*.useflows.com", "useflows.com")).toBe(false);
    expect(nameMatches("Registry.UseFlows.com", "registry.useflows.com")).toBe(true);
  });
});
