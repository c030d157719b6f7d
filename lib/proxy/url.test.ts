import { describe, expect, it } from "vitest";
import {
  encodeUserinfo,
  formatProxyUrl,
  hasCredentials,
  parseProxyUrl,
  stripCredentials,
} from "./url";

function ok(input: string) {
  const result = parseProxyUrl(input);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.error}`);
  return result;
}

function error(input: string): string {
  const result = parseProxyUrl(input);
  if (result.ok) throw new Error(`expected ${input} to be refused, got ${result.normalized}`);
  return result.error;
}

describe("parseProxyUrl", () => {
  it("accepts http and https proxies and normalizes scheme and host case", () => {
    expect(ok("HTTP://Proxy.Example.COM:3128").normalized).toBe("http://proxy.example.com:3128");
    expect(ok("https://proxy.example.com:8443/").normalized).toBe("https://proxy.example.com:8443");
    expect(ok("http://10.0.0.5:8080").url.host).toBe("10.0.0.5");
  });

  it("refuses SOCKS with the reason", () => {
    expect(error("socks5://proxy:1080")).toMatch(/SOCKS.*not supported.*HTTP CONNECT/);
    expect(error("socks5h://proxy:1080")).toMatch(/SOCKS/);
  });

  it("refuses other schemes", () => {
    expect(error("ftp://proxy:21")).toMatch(/http:\/\/ or https:\/\/, not ftp/);
  });

  it("refuses host:port without a scheme instead of reading the host as the scheme", () => {
    expect(error("proxy.example.com:8080")).toMatch(
      /Add the scheme: http:\/\/proxy.example.com:8080/,
    );
    expect(error("localhost:3128")).toMatch(/Add the scheme/);
    expect(error("http:proxy:3128")).toMatch(/two slashes.*http:\/\/proxy:3128/);
  });

  it("warns about a missing port with each client's default", () => {
    expect(ok("http://proxy.example.com").warnings.join(" ")).toMatch(
      /Go and Node assume 80.*curl assumes 1080/,
    );
    expect(ok("https://proxy.example.com").warnings.join(" ")).toMatch(/assume 443/);
    expect(ok("http://proxy.example.com:3128").warnings).toEqual([]);
  });

  it("warns that an https:// proxy needs its certificate trusted", () => {
    expect(ok("https://proxy:8443").warnings.join(" ")).toMatch(/TLS to the proxy itself/);
  });

  it("refuses ports out of range and strips leading zeros", () => {
    expect(error("http://proxy:0")).toMatch(/1 to 65535/);
    expect(error("http://proxy:65536")).toMatch(/1 to 65535/);
    expect(error("http://proxy:80a")).toMatch(/1 to 65535/);
    expect(error("http://proxy:")).toMatch(/names no port/);
    expect(ok("http://proxy:03128").url.port).toBe("3128");
  });

  it("takes IPv6 literals in brackets, canonical, and refuses them without brackets", () => {
    expect(ok("http://[2001:DB8:0:0::1]:3128").normalized).toBe("http://[2001:db8::1]:3128");
    expect(error("http://2001:db8::1:3128")).toMatch(/in brackets/);
    expect(error("http://[2001:db8::1:3128")).toMatch(/closed with/);
    expect(error("http://[fe80::1%25eth0]:3128")).toMatch(/not a valid IPv6/);
    expect(error("http://[::1]3128")).toMatch(/after the '\]'/);
  });

  it("refuses dotted numbers that are not an IPv4 address", () => {
    expect(error("http://999.1.1.1:3128")).toMatch(/not a valid IPv4/);
    expect(error("http://10.0.0:3128")).toMatch(
      /shorthand for the IPv4 address 10.0.0.0.*write 10.0.0.0\./,
    );
  });

  it("refuses paths, queries, fragments, spaces and empty input", () => {
    expect(error("http://proxy:3128/path")).toMatch(/no path/);
    expect(error("http://proxy:3128?x=1")).toMatch(/no path/);
    expect(error("http://proxy :3128")).toMatch(/spaces/);
    expect(error("   ")).toMatch(/Enter the proxy URL/);
    expect(error("http://")).toMatch(/no proxy host/);
    expect(error("http://under score:3128")).toMatch(/two values separated by a space/);
  });

  it("decodes percent-encoded credentials and re-encodes them uniformly", () => {
    const result = ok("http://alice:p%40ss%3Aw%2frd@proxy:3128");
    expect(result.url.username).toBe("alice");
    expect(result.url.password).toBe("p@ss:w/rd");
    expect(result.normalized).toBe("http://alice:p%40ss%3Aw%2Frd@proxy:3128");
  });

  it("reads a raw password with @ / ? # the way the person meant it", () => {
    const result = ok("http://bob:a@b/c?d#e@proxy.example.com:3128");
    expect(result.url.password).toBe("a@b/c?d#e");
    expect(result.url.host).toBe("proxy.example.com");
  });

  it("percent-encodes the characters that break an unquoted bash export", () => {
    const result = ok("http://u:&$'()*!;x@proxy:3128");
    expect(result.normalized).toBe("http://u:%26%24%27%28%29%2A%21%3Bx@proxy:3128");
  });

  it("refuses a raw % that Go's URL parser would reject silently", () => {
    expect(error("http://u:100%@proxy:3128")).toMatch(/%25.*Go/);
    expect(error("http://u:%zz@proxy:3128")).toMatch(/%25/);
  });

  it("accepts host names with an underscore, as Go, curl and Node do", () => {
    expect(ok("http://Proxy_Server.corp:8080").normalized).toBe("http://proxy_server.corp:8080");
    expect(ok("http://_proxy:3128").url.host).toBe("_proxy");
  });

  it("refuses numeric IPv4 shorthands, naming the dotted address", () => {
    expect(error("http://0x7f.1:3128")).toMatch(
      /shorthand for the IPv4 address 127.0.0.1.*write 127.0.0.1\./,
    );
    expect(error("http://017.0.0.1:3128")).toMatch(/octal \(15.0.0.1\)/);
    expect(error("http://proxy.123:3128")).toMatch(
      /not a valid IPv4 address.*does not end in a number/,
    );
  });

  it("names pasted shapes: a shell line, quotes, a bare //, two URLs, shell expansions", () => {
    expect(error("export HTTPS_PROXY='http://p:3128'")).toBe(
      'This is a shell line that sets HTTPS_PROXY: paste only the URL after "=": http://p:3128.',
    );
    expect(error('"http://p:3128"')).toBe("Leave out the quotes: http://p:3128.");
    expect(error("http://p:3128'")).toBe("Leave out the quote mark: http://p:3128.");
    expect(error("//p:3128")).toBe('Add the scheme before "//": http://p:3128.');
    expect(error("http://a:1,http://b:2")).toMatch(
      /^This holds 2 URLs \(http:\/\/a:1 and http:\/\/b:2\)/,
    );
    expect(error("http://a:1, b:2")).toMatch(/two values separated by ","/);
    expect(error("http://$(hostname -f):3128")).toMatch(/^"\$\(hostname -f\)" is a shell command/);
    expect(error("http://proxy\u200B.corp:3128")).toMatch(/invisible character/);
  });

  it("says that a leading byte-order mark was removed", () => {
    expect(ok("\uFEFFhttp://p:3128").warnings[0]).toMatch(/byte-order mark .* was removed/);
  });

  it("refuses escapes that are not UTF-8 and an '@' with no user name", () => {
    expect(error("http://u:%FF@proxy:3128")).toMatch(/not valid UTF-8/);
    expect(error("http://:secret@proxy:3128")).toMatch(/no user name/);
  });

  it("notes a user name without a password", () => {
    expect(ok("http://svc-flows@proxy:3128").warnings.join(" ")).toMatch(/no password/);
  });
});

describe("credentials helpers", () => {
  it("strips credentials for display and detects them", () => {
    expect(stripCredentials("http://u:secret@proxy:3128")).toBe("http://proxy:3128");
    expect(hasCredentials("http://u:secret@proxy:3128")).toBe(true);
    expect(hasCredentials("http://proxy:3128")).toBe(false);
    expect(stripCredentials("not a url")).toBe("not a url");
  });

  it("encodes every byte outside the unreserved set, UTF-8 first", () => {
    expect(encodeUserinfo("aZ09-._~")).toBe("aZ09-._~");
    expect(encodeUserinfo("é €")).toBe("%C3%A9%20%E2%82%AC");
    expect(
      formatProxyUrl({ scheme: "http", username: "ü", password: "", host: "p", port: "" }),
    ).toBe("http://%C3%BC@p");
  });
});
