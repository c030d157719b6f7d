import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CANONICAL_PEM } from "../config/schema";
import { scanPemBlocks, toCanonicalPem } from "./pem";
import { certFileName } from "./file-name";

describe("toCanonicalPem", () => {
  it.each([1, 47, 48, 49, 96, 1000])(
    "wraps a %i-byte body at 64 columns with a final newline",
    (n) => {
      const pem = toCanonicalPem(Uint8Array.from({ length: n }, (_, i) => i % 256));
      expect(pem).toMatch(CANONICAL_PEM);
      expect(pem.split("\n").every((line) => line.length <= 64 || line.startsWith("-----"))).toBe(
        true,
      );
    },
  );
});

describe("scanPemBlocks", () => {
  const block = (label: string, body = "AAEC") =>
    `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;

  it("numbers blocks in order and ignores text around them", () => {
    const blocks = scanPemBlocks(`subject=x\n${block("CERTIFICATE")}junk\n${block("PRIVATE KEY")}`);
    expect(blocks.map((b) => [b.position, b.label, b.ok])).toEqual([
      [1, "CERTIFICATE", true],
      [2, "PRIVATE KEY", true],
    ]);
  });

  it("reports a block with a mismatched END, a missing END, or a bad body", () => {
    const text = `-----BEGIN CERTIFICATE-----\nAAEC\n-----END X509 CRL-----\n${block("CERTIFICATE", "A$$$")}-----BEGIN CERTIFICATE-----\nAAEC`;
    expect(scanPemBlocks(text).map((b) => (b.ok ? "ok" : b.error))).toEqual([
      'it ends with "END X509 CRL"',
      "its body is not valid base64",
      "it has no END line (the file is cut off)",
    ]);
  });

  it("notes the encryption headers of legacy encrypted keys", () => {
    const text =
      "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00\n\nAAEC\n-----END RSA PRIVATE KEY-----";
    expect(scanPemBlocks(text)).toMatchObject([{ ok: true, encrypted: true }]);
  });
});

describe("certFileName", () => {
  it.each([
    ["Example Root CA", 0, 3, "01-example-root-ca.pem"],
    ["Café Ünïcode — Root", 9, 10, "10-cafe-unicode-root.pem"],
    ["../../etc/passwd", 1, 2, "02-etc-passwd.pem"],
    ["$(rm -rf /) `x`", 0, 1, "01-rm-rf-x.pem"],
    ["日本語", 0, 1, "01-certificate.pem"],
    ["Sjøfart Root ø", 0, 1, "01-sjofart-root-o.pem"],
    ["Straße CA", 0, 1, "01-strasse-ca.pem"],
    ["Æbleskiver Œuvre Łódź Þing", 0, 1, "01-aebleskiver-oeuvre-lodz-thing.pem"],
    ["Корневой УЦ", 0, 1, "01-kornevoi-uts.pem"],
    ["Ελληνική Ρίζα", 0, 1, "01-elliniki-riza.pem"],
    ["", 4, 150, "005-certificate.pem"],
  ])("names %j at %i of %i as %s", (label, index, count, expected) => {
    expect(certFileName({ label }, index, count)).toBe(expected);
  });

  it("keeps names short", () => {
    expect(certFileName({ label: "x".repeat(300) }, 0, 1).length).toBeLessThanOrEqual(67);
  });

  it("gives any label a short, shell-safe name, the same every time", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), fc.nat(200), (label, index) => {
        const name = certFileName({ label }, index, 200);
        expect(name).toMatch(/^\d{3}-[a-z0-9]+(-[a-z0-9]+)*\.pem$/);
        expect(name.length).toBeLessThanOrEqual(68);
        expect(certFileName({ label }, index, 200)).toBe(name);
      }),
    );
  });
});
