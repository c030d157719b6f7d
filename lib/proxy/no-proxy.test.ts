import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOCUMENTED_NO_PROXY, NO_PROXY_WARNINGS, parseNoProxyEntry } from "./no-proxy";
import { parseNoProxyList } from "./no-proxy-list";

function entry(input: string) {
  const result = parseNoProxyEntry(input);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.error}`);
  return result;
}

function error(input: string): string {
  const result = parseNoProxyEntry(input);
  if (result.ok) throw new Error(`expected ${input} to be refused, got ${result.entry}`);
  return result.error;
}

describe("parseNoProxyEntry", () => {
  it("accepts the documented defaults unchanged", () => {
    for (const value of DOCUMENTED_NO_PROXY) expect(entry(value).entry).toBe(value);
  });

  it("normalizes case, surrounding space and a trailing dot", () => {
    expect(entry("  Corp.Example.COM. ").entry).toBe("corp.example.com");
    expect(entry(".SVC").entry).toBe(".svc");
  });

  it("classifies hosts, suffixes, IPs and CIDRs", () => {
    expect(entry("localhost").kind).toBe("host");
    expect(entry(".cluster.local").kind).toBe("suffix");
    expect(entry("169.254.169.254").kind).toBe("ipv4");
    expect(entry("::1").kind).toBe("ipv6");
    expect(entry("10.0.0.0/16").kind).toBe("cidr");
    expect(entry("*").kind).toBe("all");
  });

  it("writes IPv6 addresses and ranges canonically so duplicates are found", () => {
    expect(entry("2001:0DB8:0:0:0:0:0:1").entry).toBe("2001:db8::1");
    expect(entry("[2001:db8:0::1]").entry).toBe("[2001:db8::1]");
    expect(entry("[2001:db8:0::1]:8080").entry).toBe("[2001:db8::1]:8080");
    expect(entry("2607:6BC0:0000::/048").entry).toBe("2607:6bc0::/48");
  });

  it("keeps a port and warns that curl reads none", () => {
    const result = entry("registry.example.com:05000");
    expect(result.entry).toBe("registry.example.com:5000");
    expect(result.warning).toBe(NO_PROXY_WARNINGS.port);
    expect(entry("10.0.0.1:8080").entry).toBe("10.0.0.1:8080");
  });

  it("warns that Node's fetch ignores CIDR ranges", () => {
    expect(entry("10.0.0.0/8").warning).toMatch(/not by Node's fetch/);
    expect(entry("0.0.0.0/0").warning).toMatch(/covers every address/);
  });

  it("writes a *. wildcard as the .suffix curl reads too, and says so", () => {
    const result = entry("*.corp.example.com");
    expect(result).toMatchObject({ entry: ".corp.example.com", kind: "suffix" });
    expect(result.note).toMatch(/is written ".corp.example.com": curl does not read "\*\."/);
  });

  it("warns that * turns the proxy off everywhere", () => {
    expect(entry("*").warning).toMatch(/turns the proxy off/);
  });

  it("refuses empty entries and spaces with a message", () => {
    expect(error("")).toMatch(/Empty entry/);
    expect(error("   ")).toMatch(/Empty entry/);
    expect(error("foo bar")).toMatch(/more than one entry.*commas/);
  });

  it("refuses what is not a host, suffix, IP or CIDR", () => {
    expect(error("http://proxy.example.com")).toMatch(/leave out the scheme/);
    expect(error("10.0.0.0/33")).toMatch(/not a valid CIDR/);
    expect(error("10.0.0/8")).toMatch(/not a valid CIDR/);
    expect(error("::1/129")).toMatch(/not a valid CIDR/);
    expect(error("host.example.com/16")).toMatch(/not a valid CIDR/);
    expect(error("300.1.1.1")).toMatch(/not a valid IPv4/);
    expect(error("exa%mple.com")).toMatch(/not a host name/);
    expect(error("-bad.example.com")).toMatch(/not a host name/);
    expect(error("foo*.example.com")).toMatch(/leading "\*\."/);
    expect(error("*.-x.com")).toMatch(/not a valid domain/);
    expect(error("..example.com")).toMatch(/not a valid domain suffix/);
    expect(error("host:0")).toMatch(/invalid port/);
    expect(error("host:")).toMatch(/invalid port/);
    expect(error("[::1")).toMatch(/\[ADDRESS\]:PORT/);
    expect(error("[nothost]:80")).toMatch(/not a valid IPv6/);
  });
});

describe("parseNoProxyList", () => {
  it("splits on commas and newlines, drops duplicates and keeps the order", () => {
    const result = parseNoProxyList("localhost, 127.0.0.1\n.cluster.local,LOCALHOST,");
    expect(result.entries).toEqual(["localhost", "127.0.0.1", ".cluster.local"]);
    expect(result.errors).toEqual([]);
  });

  it("skips empty entries and splits at spaces, as Go, curl and undici do", () => {
    expect(parseNoProxyList("a.com,,b.com")).toMatchObject({
      entries: ["a.com", "b.com"],
      errors: [],
    });
    expect(parseNoProxyList("a.com b.com\tc.com").entries).toEqual(["a.com", "b.com", "c.com"]);
    expect(parseNoProxyList("")).toMatchObject({ entries: [], errors: [] });
  });

  it("collects each warning and note once", () => {
    const result = parseNoProxyList(["10.0.0.0/16", "172.20.0.0/16", "*.x.com", "*.x.com"]);
    expect(result.warnings).toHaveLength(1);
    expect(result.notes).toEqual(
      [
        '".x.com" is listed more than once: it is kept once.',
        expect.stringMatching(/^"\*\.x\.com" is written ".x.com"/),
      ].reverse(),
    );
  });

  it("normalizes to a fixed point: parsing the output again changes nothing (property)", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "localhost",
        ".svc",
        "*.a.io",
        "10.0.0.0/8",
        "::1",
        "[::1]:80",
        "A.B",
        "*",
        "x:99",
      ),
      fc.stringMatching(/^[a-zA-Z0-9.:*\/\[\]_-]{1,20}$/),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const first = parseNoProxyList(parts);
        const second = parseNoProxyList(first.entries);
        expect(second.entries).toEqual(first.entries);
        expect(second.errors).toEqual([]);
        expect(new Set(first.entries).size).toBe(first.entries.length);
        for (const value of first.entries) expect(value).toMatch(/^[a-z0-9.:*\/\[\]_-]+$/);
      }),
      { numRuns: 500 },
    );
  });
});
