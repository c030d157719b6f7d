import { describe, expect, it } from "vitest";
import { canonicalIpv6, ipv6Network, isIpv4, isIpv6 } from "./ip";

describe("isIpv4", () => {
  it("accepts dotted quads and refuses leading zeros and out-of-range parts", () => {
    expect(isIpv4("169.254.169.254")).toBe(true);
    expect(isIpv4("010.0.0.1")).toBe(false);
    expect(isIpv4("256.0.0.1")).toBe(false);
    expect(isIpv4("1.2.3")).toBe(false);
  });
});

describe("isIpv6 and canonicalIpv6", () => {
  it.each([
    ["::", "::"],
    ["::1", "::1"],
    ["2001:DB8::0:1", "2001:db8::1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:0:0:1:0:0:0:1", "2001:0:0:1::1"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"],
    ["::ffff:192.0.2.1", "::ffff:c000:201"],
    ["fe80:0000:0000:0000:0000:0000:0000:0001", "fe80::1"],
  ])("writes %s as %s", (input, canonical) => {
    expect(isIpv6(input)).toBe(true);
    expect(canonicalIpv6(input)).toBe(canonical);
  });

  it.each([
    "",
    "1.2.3.4",
    ":::",
    "1::2::3",
    "12345::",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7",
    "::g",
    "fe80::1%eth0",
  ])("refuses %j", (input) => {
    expect(isIpv6(input)).toBe(false);
    expect(canonicalIpv6(input)).toBeNull();
  });
});

describe("ipv6Network", () => {
  it("clears the host bits and writes the network canonically", () => {
    expect(ipv6Network("2001:db8::1", 32)).toBe("2001:db8::");
    expect(ipv6Network("2001:db8:abcd:1234::1", 36)).toBe("2001:db8:a000::");
    expect(ipv6Network("fe80::1", 128)).toBe("fe80::1");
    expect(ipv6Network("fe80::1", 0)).toBe("::");
    expect(ipv6Network("nope", 8)).toBeNull();
  });
});
