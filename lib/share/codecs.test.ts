import { deflateSync } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CANONICAL_PEM } from "../config/schema";
import { base64urlToBytes, bytesToBase64url } from "./base64url";
import { derToPem, isDerSequence, pemToDer } from "./der";
import { inflateCapped } from "./inflate";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { readVarint, writeVarint } from "./varint";

describe("base64url", () => {
  it("matches Node's encoder and decodes back to the same bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64url"));
        expect(base64urlToBytes(text)).toEqual({ ok: true, bytes });
      }),
    );
  });

  it("names the first character that does not belong", () => {
    expect(base64urlToBytes("AB+C")).toMatchObject({ ok: false, position: 2 });
  });
});

describe("DER and canonical PEM", () => {
  it("gives back the test certificates' PEM exactly", () => {
    for (const { pem } of TEST_CERTIFICATES) expect(derToPem(pemToDer(pem))).toBe(pem);
  });

  it("writes PEM the schema accepts for every length, padding included", () => {
    for (let length = 1; length <= 200; length++)
      expect(derToPem(new Uint8Array(length).fill(length))).toMatch(CANONICAL_PEM);
  });

  it("recognizes one complete DER SEQUENCE and nothing else", () => {
    for (const { pem } of TEST_CERTIFICATES) {
      const der = pemToDer(pem);
      expect(isDerSequence(der)).toBe(true);
      expect(isDerSequence(der.subarray(0, der.length - 1))).toBe(false);
    }
    expect(isDerSequence(Uint8Array.of(0x31, 0))).toBe(false);
    expect(isDerSequence(Uint8Array.of(0x30, 0x80))).toBe(false);
  });
});

describe("capped inflate", () => {
  it("unpacks what fits under the cap and refuses what does not", () => {
    const data = new Uint8Array(10_000).fill(7);
    const packed = deflateSync(data);
    expect(inflateCapped(packed)).toEqual({ ok: true, bytes: data });
    expect(inflateCapped(packed, { cap: 9_999 })).toEqual({ ok: false, reason: "too-large" });
  });

  it("reports a stream cut short", () => {
    const packed = deflateSync(Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) % 251));
    expect(inflateCapped(packed.subarray(0, packed.length - 20))).toEqual({
      ok: false,
      reason: "damaged",
    });
  });
});

describe("varint lengths", () => {
  it("read back what they wrote", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 28 - 1 }), (value) => {
        const bytes: number[] = [];
        writeVarint(value, bytes);
        expect(readVarint(Uint8Array.from(bytes), 0)).toEqual({ value, next: bytes.length });
      }),
    );
  });
});
