import { describe, expect, it } from "vitest";
import { noProxyCovers } from "./no-proxy-match";

describe("noProxyCovers, as Go reads NO_PROXY", () => {
  it("matches a name and its subdomains for a bare entry, subdomains only for a leading dot", () => {
    expect(noProxyCovers(["corp.example"], "corp.example", 443)).toBe(true);
    expect(noProxyCovers(["corp.example"], "git.corp.example", 443)).toBe(true);
    expect(noProxyCovers([".corp.example"], "git.corp.example", 443)).toBe(true);
    expect(noProxyCovers([".corp.example"], "corp.example", 443)).toBe(false);
    expect(noProxyCovers(["corp.example"], "notcorp.example", 443)).toBe(false);
  });

  it("reads '*' as every host, and compares the port an entry names", () => {
    expect(noProxyCovers(["*"], "github.com", 443)).toBe(true);
    expect(noProxyCovers(["mirror.corp:5000"], "mirror.corp", 5000)).toBe(true);
    expect(noProxyCovers(["mirror.corp:5000"], "mirror.corp", 443)).toBe(false);
  });

  it("never matches a host name with IP or CIDR entries, and always skips localhost", () => {
    expect(noProxyCovers(["10.0.0.0/16", "127.0.0.1", "[::1]:80"], "github.com", 443)).toBe(false);
    expect(noProxyCovers([], "localhost", 443)).toBe(true);
    expect(noProxyCovers(["GitHub.com"], "github.com.", 443)).toBe(true);
  });
});
