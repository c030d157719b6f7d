import { describe, expect, it } from "vitest";
import { identifyDer } from "./der";
import { describeCertificate } from "./inspect";
import { sampleDer, warmUpReader } from "./warm-up";

describe("warmUpReader", () => {
  it("reads a real certificate (a sample that stopped parsing would warm nothing up)", () => {
    const der = sampleDer();
    expect(identifyDer(der).kind).toBe("certificate");
    const details = describeCertificate(der);
    expect(details.commonName).toBe("Reader Warm-up Sample (not a CA in use)");
    expect(details.isCa).toBe(true);
    expect(details.keyDescription).toBe("RSA 2048 bits");
  });

  it("never throws, however often it runs", () => {
    for (let i = 0; i < 3; i++) expect(() => warmUpReader()).not.toThrow();
  });
});
