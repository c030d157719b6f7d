import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ipv4Network, ipv4Number, rangeToCidrs, readIpv4 } from "./ipv4";

describe("readIpv4", () => {
  it.each([
    ["0x7f.1", "127.0.0.1"],
    ["2130706433", "127.0.0.1"],
    ["127.1", "127.0.0.1"],
    ["10.0.0", "10.0.0.0"],
    ["0x0A.0.0.1", "10.0.0.1"],
    ["1.2.3.0x4", "1.2.3.4"],
    ["0x7f000001", "127.0.0.1"],
  ])("reads the shorthand %s as %s and refuses it with the dotted form", (host, address) => {
    const reading = readIpv4(host);
    expect(reading).toMatchObject({ kind: "shorthand", address });
    if (reading.kind === "shorthand") expect(reading.message).toMatch(`write ${address}.`);
  });

  it("names both readings of a leading zero: octal for curl and Node, decimal for a person", () => {
    const reading = readIpv4("017.0.0.1");
    expect(reading).toMatchObject({ kind: "shorthand", address: "15.0.0.1" });
    expect(reading.kind === "shorthand" && reading.message).toMatch(
      /octal \(15\.0\.0\.1\).*write 15\.0\.0\.1, or 17\.0\.0\.1 if you meant decimal/,
    );
  });

  it("keeps dotted quads and host names apart from numbers", () => {
    expect(readIpv4("10.0.0.1")).toEqual({ kind: "dotted", address: "10.0.0.1" });
    expect(readIpv4("10.0.0.1.")).toEqual({ kind: "dotted", address: "10.0.0.1" });
    expect(readIpv4("proxy.corp")).toEqual({ kind: "name" });
    expect(readIpv4("0x.corp")).toEqual({ kind: "name" });
    for (const host of ["999.1.1.1", "1.2.3.4.5", "proxy.123", "08.1.1.1", "1.2.3.256", "a.0x1"])
      expect(readIpv4(host).kind).toBe("invalid");
  });

  it("agrees with the WHATWG URL parser that Node uses (property)", () => {
    const part = fc.oneof(
      fc.integer({ min: 0, max: 300 }).map(String),
      fc.integer({ min: 0, max: 0xffff }).map((n) => `0x${n.toString(16)}`),
      fc.integer({ min: 0, max: 511 }).map((n) => `0${n.toString(8)}`),
      fc.constantFrom("4294967295", "4294967296", "09", "x", "corp"),
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const host = parts.join(".");
        const reading = readIpv4(host);
        let parsed: string | null;
        try {
          parsed = new URL(`http://${host}/`).hostname;
        } catch {
          parsed = null;
        }
        if (reading.kind === "name") expect(parsed).toBe(host);
        else if (reading.kind === "invalid") expect(parsed).toBeNull();
        else expect(parsed).toBe(reading.address);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("rangeToCidrs and ipv4Network", () => {
  it("writes a range as the CIDR blocks that cover it exactly", () => {
    expect(rangeToCidrs("10.0.0.0", "10.0.0.255")).toEqual(["10.0.0.0/24"]);
    expect(rangeToCidrs("172.16.0.0", "172.31.255.255")).toEqual(["172.16.0.0/12"]);
    expect(rangeToCidrs("10.0.0.0", "10.0.1.127")).toEqual(["10.0.0.0/24", "10.0.1.0/25"]);
    expect(rangeToCidrs("0.0.0.0", "255.255.255.255")).toEqual(["0.0.0.0/0"]);
    expect(rangeToCidrs("10.0.0.7", "10.0.0.7")).toEqual(["10.0.0.7/32"]);
  });

  it("covers every address of the range once, and nothing else (property)", () => {
    const address = fc.integer({ min: 0, max: 2 ** 32 - 1 });
    fc.assert(
      fc.property(address, address, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const dotted = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join(".");
        let next = low;
        for (const cidr of rangeToCidrs(dotted(low), dotted(high))) {
          const [start = "", bits = ""] = cidr.split("/");
          expect(ipv4Number(start)).toBe(next);
          expect(ipv4Network(start, Number(bits))).toBe(start);
          next += 2 ** (32 - Number(bits));
        }
        expect(next).toBe(high + 1);
      }),
    );
  });

  it("clears host bits", () => {
    expect(ipv4Network("10.0.0.1", 8)).toBe("10.0.0.0");
    expect(ipv4Network("192.168.1.77", 24)).toBe("192.168.1.0");
    expect(ipv4Network("255.255.255.255", 0)).toBe("0.0.0.0");
  });
});
