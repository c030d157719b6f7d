import { describe, expect, it } from "vitest";
import { selfSignedCa } from "../testing/openssl";
import { certificateVersion, firstElementLength } from "./der-header";
import { pemToDer } from "./inspect";
import { asn1js } from "./x509";

/** A certificate-shaped structure: SEQUENCE { TBS SEQUENCE { [version], serial, filler } }. */
function certificateLike(version: number | null, fillerBytes: number): Uint8Array {
  const tbs: asn1js.BaseBlock[] = [];
  if (version !== null)
    tbs.push(
      new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: 0 },
        value: [new asn1js.Integer({ value: version })],
      }),
    );
  tbs.push(new asn1js.Integer({ value: 4242 }));
  tbs.push(new asn1js.OctetString({ valueHex: new Uint8Array(fillerBytes).fill(7).buffer }));
  const der = new asn1js.Sequence({ value: [new asn1js.Sequence({ value: tbs })] }).toBER();
  return new Uint8Array(der);
}

const asn1Offset = (bytes: Uint8Array) => asn1js.fromBER(bytes).offset;

describe("firstElementLength", () => {
  it.each([0, 100, 200, 300, 70_000])(
    "ends where asn1js ends, with %i bytes of content (short and long length forms)",
    (filler) => {
      const der = certificateLike(2, filler);
      const withTrailing = new Uint8Array([...der, 0, 1, 2]);
      expect(firstElementLength(der)).toBe(der.length);
      expect(firstElementLength(withTrailing)).toBe(asn1Offset(withTrailing));
    },
  );

  it("gives null (parse in full) for what it does not read itself", () => {
    const der = certificateLike(2, 300);
    expect(firstElementLength(der.slice(0, der.length - 1))).toBeNull(); // truncated
    expect(firstElementLength(new Uint8Array([0x30, 0x80, 0x02, 0x01, 0x01, 0, 0]))).toBeNull(); // indefinite (BER)
    expect(firstElementLength(new Uint8Array([0x1f, 0x81, 0x01, 0x00]))).toBeNull(); // high tag number
    expect(firstElementLength(new Uint8Array([0x30, 0x85, 1, 0, 0, 0, 0]))).toBeNull(); // 5 length bytes
    expect(firstElementLength(new Uint8Array([0x30]))).toBeNull();
    expect(firstElementLength(new Uint8Array())).toBeNull();
  });
});

describe("certificateVersion", () => {
  it.each([
    [0, 1],
    [1, 2],
    [2, 3],
  ])("reads an explicit version %i as v%i", (encoded, version) => {
    expect(certificateVersion(certificateLike(encoded, 300))).toBe(version);
  });

  it("reads a missing version as v1", () => {
    expect(certificateVersion(certificateLike(null, 300))).toBe(1);
  });

  it("reads a real openssl certificate as v3", () => {
    const der = pemToDer(selfSignedCa({ subject: "/CN=Header Test Root" }));
    expect(certificateVersion(der)).toBe(3);
  });

  it("gives null for what is not shaped like a certificate", () => {
    expect(certificateVersion(new Uint8Array([0x02, 0x01, 0x01]))).toBeNull();
    expect(certificateVersion(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]))).toBeNull();
    const badVersion = new asn1js.Sequence({
      value: [
        new asn1js.Sequence({
          value: [
            new asn1js.Constructed({
              idBlock: { tagClass: 3, tagNumber: 0 },
              value: [new asn1js.Utf8String({ value: "three" })],
            }),
          ],
        }),
      ],
    }).toBER();
    expect(certificateVersion(new Uint8Array(badVersion))).toBeNull();
  });
});
