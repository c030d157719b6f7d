import { describe, expect, it } from "vitest";
import { encodeCustomCaCertificates } from "./custom-ca-value";
import { readPastedText } from "./paste";
import { scanPemBlocks } from "./pem";

// A tiny self-signed EC certificate (openssl req -x509 -newkey ec, P-256), canonical PEM.
const PEM = `-----BEGIN CERTIFICATE-----
MIIBgjCCASmgAwIBAgIUNkCqTsiNp8Ag3VvrNgjsRyX66wowCgYIKoZIzj0EAwIw
FzEVMBMGA1UEAwwMVGVzdCBFQyBSb290MB4XDTI2MTEyNDIwNTAwMFoXDTM2MTEy
MjIwNTAwMFowFzEVMBMGA1UEAwwMVGVzdCBFQyBSb290MFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAE
-----END CERTIFICATE-----
`;

describe("scanPemBlocks on flattened PEM", () => {
  const body = PEM.split("\n").slice(1, -2).join("");
  it.each([
    ["joined with spaces", PEM.replace(/\n/g, " ")],
    ["with literal \\n from JSON", PEM.replace(/\n/g, "\\n")],
    ["on one line", `-----BEGIN CERTIFICATE-----${body}-----END CERTIFICATE-----`],
  ])("finds the block %s", (_, text) => {
    const blocks = scanPemBlocks(text);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.ok).toBe(true);
  });
});

describe("readPastedText", () => {
  it("explains a value that does not decode", () => {
    const result = readPastedText("eyJub3QiOiJhIHZhbHVlIn0=");
    expect(result.certificates).toEqual([]);
    expect(result.problems).toMatchObject([{ severity: "refused", code: "bad-value" }]);
    expect(result.problems[0]!.message).toMatch(/custom_ca_certificates value/);
  });

  it("refuses a value whose list is empty", () => {
    const value = Buffer.from('{"caCertificates":[]}').toString("base64");
    expect(readPastedText(value).problems).toMatchObject([{ code: "bad-value" }]);
  });

  it("reports an item of a value that is not a certificate, keeping nothing of it", () => {
    const value = encodeCustomCaCertificates(["hello"]);
    const result = readPastedText(value);
    expect(result.certificates).toEqual([]);
    expect(result.problems).toMatchObject([{ severity: "refused", code: "not-certificate" }]);
  });

  it("refuses prose with the file reader's message", () => {
    expect(readPastedText("please trust our proxy").problems).toMatchObject([
      { code: "not-certificate" },
    ]);
  });
});
