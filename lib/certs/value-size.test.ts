import { describe, expect, it } from "vitest";
import { encodeCustomCaCertificates } from "../ca/custom-ca-value";
import { CA_VALUE_BUDGET_BYTES, customCaValueSize } from "./value-size";

// PEM-shaped texts of a chosen size; the size check does not parse them.
const pem = (bytes: number) => "x".repeat(bytes);

describe("customCaValueSize", () => {
  it("measures the encoded value", () => {
    const pems = [pem(1200), pem(800)];
    expect(customCaValueSize(pems, true).bytes).toBe(encodeCustomCaCertificates(pems).length);
  });

  it("warns only past the budget, and only when agents run on EC2", () => {
    const small = [pem(1500), pem(1500)]; // two RSA roots: about 4 KB encoded
    const large = [pem(1500), pem(1500), pem(1500)];
    expect(customCaValueSize(small, true)).toMatchObject({
      tooLargeForEc2Agents: false,
      message: null,
    });
    const warned = customCaValueSize(large, true);
    expect(warned.bytes).toBeGreaterThan(CA_VALUE_BUDGET_BYTES);
    expect(warned.tooLargeForEc2Agents).toBe(true);
    expect(warned.message).toMatch(/user data/);
    expect(customCaValueSize(large, false).tooLargeForEc2Agents).toBe(false);
  });
});
