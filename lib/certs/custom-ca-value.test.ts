import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  base64ToBytes,
  bytesToBase64,
  decodeCustomCaCertificates,
  encodeCustomCaCertificates,
} from "./custom-ca-value";

const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

describe("encodeCustomCaCertificates", () => {
  it("is empty for no certificates", () => {
    expect(encodeCustomCaCertificates([])).toBe("");
  });

  it("is base64 of the compact JSON whose elements are base64 of each PEM", () => {
    const value = encodeCustomCaCertificates([PEM, PEM.replace("MIIB", "MIIC")]);
    expect(Buffer.from(value, "base64").toString("utf8")).toBe(
      `{"caCertificates":["${b64(PEM)}","${b64(PEM.replace("MIIB", "MIIC"))}"]}`,
    );
    expect(value).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it("round-trips any list of texts, in order, as one line", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", minLength: 1 }), { minLength: 1, maxLength: 5 }),
        (pems) => {
          const value = encodeCustomCaCertificates(pems);
          expect(value).not.toMatch(/\s/);
          expect(decodeCustomCaCertificates(value)).toEqual({ ok: true, pems, wasWrapped: false });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("decodeCustomCaCertificates", () => {
  const value = encodeCustomCaCertificates([PEM]);

  it("accepts the value quoted as in tfvars, with surrounding whitespace", () => {
    expect(decodeCustomCaCertificates(`  "${value}"\n`)).toEqual({
      ok: true,
      pems: [PEM],
      wasWrapped: false,
    });
  });

  it("accepts a value wrapped at 76 columns and reports it", () => {
    const long = encodeCustomCaCertificates([PEM.repeat(3)]);
    expect(long.length).toBeGreaterThan(76);
    expect(decodeCustomCaCertificates(long.replace(/.{76}/g, "$&\n"))).toEqual({
      ok: true,
      pems: [PEM.repeat(3)],
      wasWrapped: true,
    });
  });

  it("accepts pretty JSON with wrapped elements (the documented recipe's output)", () => {
    const json = JSON.stringify({ caCertificates: [b64(PEM).replace(/.{8}/g, "$&\n")] }, null, 2);
    expect(decodeCustomCaCertificates(b64(json))).toEqual({
      ok: true,
      pems: [PEM],
      wasWrapped: false,
    });
  });

  it.each([
    ["", /empty/],
    ["   ", /empty/],
    ["not base64!", /not base64/],
    ["abc", /not base64/],
    [b64("hello"), /not to JSON/],
    [b64('{"certs": []}'), /no "caCertificates" list/],
    [b64('{"caCertificates": [1]}'), /no "caCertificates" list/],
    [b64('{"caCertificates": ["%%%"]}'), /Certificate 1 in the list/],
    [b64("null"), /no "caCertificates" list/],
  ])("refuses %j with a clear message", (input, message) => {
    const result = decodeCustomCaCertificates(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("refuses an element that is not UTF-8 text", () => {
    const element = bytesToBase64(new Uint8Array([0xff, 0xfe, 0x00]));
    const result = decodeCustomCaCertificates(b64(JSON.stringify({ caCertificates: [element] })));
    expect(result.ok).toBe(false);
  });
});

describe("base64 helpers", () => {
  it("round-trip any bytes, also past the chunk size", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
      { numRuns: 30 },
    );
  });
});
