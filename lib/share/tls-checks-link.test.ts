// Link format 1 carries each certificate's scope and the TLS checks (their chains as DER frames
// after the certificates'); links made before either still read as they did.
import { describe, expect, it } from "vitest";
import { parseTestConfig } from "../testing/config";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { decodeShareLink, encodeShareLink } from "./link";
import { craftV1 } from "./testing/craft";
import { bytesToBase64url } from "./base64url";
import { pemToDer } from "./der";

const [a, b, c] = TEST_CERTIFICATES;
const config = parseTestConfig({
  certificates: [
    { pem: a.pem, label: a.label, scope: "services" },
    { pem: b.pem, label: b.label },
    { pem: c.pem, label: c.label, scope: "agents" },
  ],
  tlsChecks: [
    { host: "registry.useflows.com:443", chain: [b.pem, c.pem] },
    { host: "github.com", chain: [a.pem] },
  ],
});
const link = (json: unknown, frames: Uint8Array[] = []) =>
  `c=1.${bytesToBase64url(craftV1(json, frames))}`;

describe("scopes and TLS checks in a link", () => {
  it("round-trips both", () => {
    const result = decodeShareLink(encodeShareLink(config));
    expect(result).toMatchObject({ ok: true, dropped: [] });
    if (result.ok) expect(result.config).toEqual(config);
  });

  it("leaves the checks out with the certificates, and says so", () => {
    const result = decodeShareLink(encodeShareLink(config, { includeCertificates: false }));
    expect(result).toMatchObject({ ok: true, omittedCertificates: 3, omittedChecks: 2 });
    if (!result.ok) return;
    expect(result.config.tlsChecks).toEqual([]);
    expect(result.notice).toContain("left out 2 TLS checks");
  });

  it("refuses a scope list that does not match the certificates, and drops an unknown scope", () => {
    const der = pemToDer(a.pem);
    expect(decodeShareLink(link({ l: ["A"], u: ["both", "agents"] }, [der]))).toMatchObject({
      ok: false,
    });
    const unknown = decodeShareLink(
      link({ l: ["A", "B"], u: ["everyone", "agents"] }, [der, pemToDer(b.pem)]),
    );
    expect(unknown).toMatchObject({ ok: true, dropped: [{ part: "Certificate 1 (A)" }] });
    if (unknown.ok)
      expect(unknown.config.certificates).toEqual([{ pem: b.pem, label: "B", scope: "agents" }]);
  });

  it("refuses check frames that run past the end, and drops a check with a bad host", () => {
    expect(decodeShareLink(link({ t: [["github.com", 2]] }, [pemToDer(a.pem)]))).toMatchObject({
      ok: false,
    });
    const bad = decodeShareLink(
      link({ d: { basics: { namespace: "x" } }, t: [["not a host", 1]] }, [pemToDer(a.pem)]),
    );
    expect(bad).toMatchObject({ ok: true, dropped: [{ part: "TLS check 1 (not a host)" }] });
  });
});
