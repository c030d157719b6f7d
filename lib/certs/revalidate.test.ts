import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bytesToBase64 } from "./custom-ca-value";
import { selfSignedCa } from "../testing/openssl";
import { revalidateCertificates } from "./revalidate";

const dir = mkdtempSync(join(tmpdir(), "revalidate-"));
const rootPem = selfSignedCa({
  subject: "/CN=Revalidate Root",
  days: 30,
  keyOut: join(dir, "key.pem"),
});
const keyDer = execFileSync("openssl", ["pkey", "-in", join(dir, "key.pem"), "-outform", "DER"]);

/** A DER blob in the canonical certificate PEM shape, as a tampered link could carry it. */
function disguised(der: Uint8Array): string {
  const body = bytesToBase64(der)
    .match(/.{1,64}/g)!
    .join("\n");
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

describe("revalidateCertificates", () => {
  it("keeps real certificates untouched", () => {
    const result = revalidateCertificates([{ pem: rootPem, label: "Root" }]);
    expect(result.certificates).toEqual([{ pem: rootPem, label: "Root" }]);
    expect(result.problems).toEqual([]);
  });

  it("drops a private key dressed as a certificate, and says so", () => {
    const result = revalidateCertificates([
      { pem: disguised(keyDer), label: "Looks fine" },
      { pem: rootPem, label: "Root" },
    ]);
    expect(result.certificates).toEqual([{ pem: rootPem, label: "Root" }]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/Certificate 1/);
  });

  it("drops bytes that are not DER at all", () => {
    const result = revalidateCertificates([
      { pem: disguised(new Uint8Array([48, 3, 1, 1, 0])), label: "x" },
    ]);
    expect(result.certificates).toEqual([]);
    expect(result.problems[0]!.severity).toBe("refused");
  });
});
