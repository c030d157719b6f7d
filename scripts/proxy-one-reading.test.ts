// One reading: for the same proxy URL, user name or NO_PROXY text, the page (the lib functions its
// fields call, and its import box for NO_PROXY) and `npm run generate` (loadConfig on a
// wizard-config.json or --http-proxy) give the same verdict, the same normalized value and the
// same notes and warnings.
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { proxyPlan } from "../lib/config/derive";
import type { Config } from "../lib/config/schema";
import { credentialWarnings } from "../lib/proxy/credential-notes";
import { PLAIN_VALUES_WARNING, splitProxyCredentials } from "../lib/proxy/credentials";
import { addNoProxyText, parseNoProxyList } from "../lib/proxy/no-proxy-list";
import { parseProxyUrl } from "../lib/proxy/url";
import { readWizardConfig } from "../lib/import/read-wizard-config";
import { CliError, loadConfig } from "./generate";

const dir = mkdtempSync(join(tmpdir(), "one-reading-"));
let files = 0;

type Reading =
  | { verdict: "refused"; errors: string[] }
  | { verdict: "accepted"; value: unknown; warnings: string[] };

type CommandLine = { config: Config; warnings: string[] } | { error: string };

/** loadConfig on a wizard-config.json holding `proxy` (and --http-proxy when given). */
function commandLine(proxy: Record<string, unknown>, httpProxy?: string): CommandLine {
  const path = join(dir, `wizard-config-${files++}.json`);
  writeFileSync(
    path,
    JSON.stringify({ schemaVersion: 1, config: { proxy: { enabled: true, ...proxy } } }),
  );
  try {
    const { config, warnings } = loadConfig({ config: path, certs: [], httpProxy });
    const notes = warnings
      .filter((w) => w.startsWith("proxy."))
      .map((w) => w.replace(/^[\w.]+: /, ""));
    return { config, warnings: notes.sort() };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { error: error.message };
  }
}

/** The URL field: parseProxyUrl, the split of user:password@, and the credential fields' notes. */
function pageUrl(text: string): Reading {
  const parsed = parseProxyUrl(text);
  if (!parsed.ok) return { verdict: "refused", errors: [parsed.error] };
  const split = splitProxyCredentials(text);
  const url = parseProxyUrl(split?.url ?? text);
  if (!url.ok) throw new Error("a split URL parses");
  const warnings = [
    ...(split?.notes ?? []),
    ...url.warnings,
    ...credentialWarnings(split?.username ?? "", "user name"),
    ...credentialWarnings(split?.password ?? "", "password"),
  ];
  return {
    verdict: "accepted",
    value: { url: url.normalized, user: (split?.username ?? "").trim() },
    warnings: warnings.sort(),
  };
}

function cliUrl(text: string, channel: "flag" | "file"): Reading {
  const result =
    channel === "flag"
      ? commandLine({ httpProxy: "http://proxy.corp.example:3128" }, text)
      : commandLine({ httpProxy: text });
  if ("error" in result) return { verdict: "refused", errors: [result.error] };
  const plan = proxyPlan(result.config)!;
  return {
    verdict: "accepted",
    value: { url: plan.httpUrlPublic, user: result.config.proxy.httpUser },
    warnings: result.warnings,
  };
}

/** NO_PROXY as read: the entries kept, each refused piece's reason, the notes and warnings. */
interface NoProxyReading {
  entries: string[];
  refused: string[];
  warnings: string[];
}

/** The editor's Add: the typed text read as a list (into an empty list). */
function pageNoProxy(text: string): NoProxyReading {
  const added = addNoProxyText([], text);
  const { warnings } = parseNoProxyList(added.entries);
  return {
    entries: added.entries,
    refused: added.errors,
    warnings: [...new Set([...added.notes, ...warnings])].sort(),
  };
}

/** A wizard-config.json whose NO_PROXY list is the one item `text`. */
function noProxyFile(text: string): string {
  return JSON.stringify({
    schemaVersion: 1,
    config: {
      proxy: { enabled: true, httpProxy: "http://proxy.corp.example:3128", noProxy: [text] },
    },
  });
}

/** The page's import box on that file (lib/import, which loadConfig reads through too). */
function importedNoProxy(text: string): NoProxyReading {
  const reading = readWizardConfig(noProxyFile(text));
  if (!reading.ok) throw new Error(reading.error);
  return {
    entries: reading.config.proxy.noProxy,
    refused: reading.refusedNoProxy,
    warnings: reading.notes
      .filter((note) => note.field === "proxy.noProxy")
      .map((note) => note.message)
      .sort(),
  };
}

function cliNoProxy(text: string): NoProxyReading {
  const path = join(dir, `wizard-config-${files++}.json`);
  writeFileSync(path, noProxyFile(text));
  const { config, warnings, certificateMessages } = loadConfig({ config: path, certs: [] });
  return {
    entries: config.proxy.noProxy,
    refused: certificateMessages
      .filter((m) => m.level === "refused")
      .map((m) => m.text.replace(/^.*?: proxy\.noProxy: /, "")),
    warnings: warnings
      .filter((w) => w.startsWith("proxy.noProxy: "))
      .map((w) => w.replace(/^proxy\.noProxy: /, ""))
      .sort(),
  };
}

function pageUser(text: string): Reading & { verdict: "accepted" } {
  return {
    verdict: "accepted",
    value: text.trim(),
    warnings: credentialWarnings(text, "user name").sort(),
  };
}

function cliUser(text: string): Reading {
  const result = commandLine({ httpProxy: "http://proxy.corp.example:3128", httpUser: text });
  if ("error" in result) return { verdict: "refused", errors: [result.error] };
  return { verdict: "accepted", value: result.config.proxy.httpUser, warnings: result.warnings };
}

/** Same verdict; a refusal on the command line carries the page's message; else equal values. */
function expectSameReading(page: Reading, cli: Reading) {
  expect(cli.verdict).toBe(page.verdict);
  if (page.verdict === "refused" && cli.verdict === "refused")
    for (const error of page.errors) expect(cli.errors.join("\n")).toContain(error);
  else expect(cli).toEqual(page);
}

const URLS: Record<string, string[]> = {
  "host names with an underscore": [
    "http://proxy_server.corp:8080",
    "http://_proxy.corp.example:3128",
    "https://corp_proxy.example.com:8443",
    "HTTP://Proxy_1.Corp:03128/",
  ],
  "numeric host forms": [
    "http://0x7f.1:3128",
    "http://017.0.0.1:3128",
    "http://2130706433:3128",
    "http://127.1:3128",
    "http://10.1:3128",
    "http://0x0a.0.0.1:3128",
    "http://proxy.123:3128",
  ],
  "user names and passwords a person probably did not mean": [
    "http://bob:pa%23ss@proxy.corp:3128",
    "http://bob:a%2Fb@proxy.corp:3128",
    "http://%22bob%22:x@proxy.corp:3128",
    "http://DOMAIN%5Cbob:x@proxy.corp:3128",
    "http://bob:${PROXY_PASSWORD}@proxy.corp:3128",
    "http://bob:%24(cat%20pw)@proxy.corp:3128",
    "http://bob:pw%0A@proxy.corp:3128",
    "http://%20bob:x@proxy.corp:3128",
    "http://bob:%60id%60@proxy.corp:3128",
    "http://bob@proxy.corp:3128",
    "http://bob:plain@proxy.corp:3128",
  ],
  "a byte-order mark": ["\uFEFFhttp://proxy.corp:3128", "\uFEFFhttp://bob:x@proxy.corp:3128"],
  "pasted shapes with their own message": [
    "//proxy.corp:3128",
    "://proxy.corp:3128",
    '"http://proxy.corp:3128"',
    "'http://proxy.corp:3128'",
    "“http://proxy.corp:3128”",
    "HTTP_PROXY=http://proxy.corp:3128",
    "export HTTPS_PROXY=http://proxy.corp:3128",
    'http_proxy="http://proxy.corp:3128"',
    "http://a.corp:3128,http://b.corp:3128",
    "http://a.corp:3128 http://b.corp:3128",
    "http://a.corp:3128,b.corp:3128",
    "http://$(hostname -f):3128",
    "http://`hostname`:3128",
    "http://${PROXY_HOST}:3128",
  ],
  "plain URLs": ["http://proxy.corp:3128", "https://10.0.0.5:8443", "http://[2001:DB8::1]:3128"],
};

const NO_PROXY: Record<string, string[]> = {
  "host names with an underscore": [
    "build_server.corp",
    ".dev_env.corp",
    "host_a:8080",
    "*.lab_net.corp",
  ],
  "the * entry": ["*", "localhost,*", "*, .corp.example"],
  "*. wildcards": ["*.example.com", "*.Corp.Example.", "*.svc:8443", "*.a.io,.a.io"],
  "IP ranges": [
    "10.0.0.0-10.0.0.255",
    "192.168.1.10-192.168.1.20",
    "10.0.0.0-10.0.1.255",
    "172.16.0.0-172.31.255.255",
    "10.0.0.9-10.0.0.1",
  ],
  "CIDRs with host bits": ["10.0.0.1/8", "192.168.1.77/24", "2001:db8::1/32", "172.20.5.5/16"],
  "numeric host forms": ["0x7f.1", "017.0.0.1", "2130706433", "127.1", "0x7f000001", "10.0.0/8"],
  "IPv6 loopback": ["::1", "[::1]", "0:0:0:0:0:0:0:1", "[::1]:8080", "::1,[::1]", "2001:DB8::5"],
  "lists separated by line breaks, tabs and spaces": [
    "localhost\n127.0.0.1\n.cluster.local",
    "a.corp\tb.corp",
    "a.corp b.corp, c.corp",
    "a.corp;b.corp",
    "a.corp,\r\nb.corp,",
    "A.Example,a.example",
  ],
  "a byte-order mark": ["\uFEFFlocalhost,.corp"],
  "text that is not a list of hosts": [
    "{{ if .Values.proxy }}a.corp{{ end }}",
    "noProxy:\n  - a.corp\n  - b.corp",
    "noProxy:, - a.corp, - b.corp",
    "no_proxy: localhost,.corp",
    "# internal hosts\na.corp",
    "all internal hosts please",
    "{% for h in hosts %}{{ h }}{% endfor %}",
  ],
  "separators NO_PROXY does not use": ["a.corp;b.corp", "a.corp b.corp, c.corp", "a.corp ; b.corp"],
  "one bad piece among good ones": ["a.corp, b/c, .d.corp", "localhost https://x.corp 10.0.0.0/8"],
  "pasted shapes with their own message": [
    "example.com/api",
    "https://example.com/path",
    "host.example.com/16",
    "NO_PROXY=localhost,.corp",
    "export no_proxy='localhost,.corp'",
    "$(hostname -f)",
    "`hostname`, .corp",
    '"localhost,.corp"',
  ],
};

const USERS: Record<string, string[]> = {
  "user names a person probably did not mean": [
    "bob#corp",
    "DOMAIN\\bob",
    "corp/bob",
    " bob ",
    "${PROXY_USER}",
    '"bob"',
    "bob%40corp",
    "bob\nsmith",
  ],
  "a byte-order mark": ["\uFEFFbob"],
  "plain user names": ["svc-flows", "svc_flows@corp.example"],
};

describe("one reading of the proxy fields in the page and on the command line", () => {
  for (const [kind, inputs] of Object.entries(URLS))
    it.each(inputs)(`proxy URL, ${kind}: %j`, (text) => {
      const page = pageUrl(text);
      expectSameReading(page, cliUrl(text, "flag"));
      expectSameReading(page, cliUrl(text, "file"));
    });

  for (const [kind, inputs] of Object.entries(NO_PROXY))
    it.each(inputs)(`NO_PROXY, ${kind}: %j`, (text) => {
      expect(cliNoProxy(text)).toEqual(pageNoProxy(text));
      expect(importedNoProxy(text)).toEqual(pageNoProxy(text));
    });

  for (const [kind, inputs] of Object.entries(USERS))
    it.each(inputs)(`proxy user name, ${kind}: %j`, (text) => {
      expectSameReading(pageUser(text), cliUser(text));
    });

  it("says what the classes above should say (spot checks of the shared reading)", () => {
    expect(pageUrl("http://proxy_server.corp:8080")).toMatchObject({ verdict: "accepted" });
    expect(pageUrl("//proxy.corp:3128")).toEqual({
      verdict: "refused",
      errors: ['Add the scheme before "//": http://proxy.corp:3128.'],
    });
    expect(pageNoProxy("*.corp")).toMatchObject({ entries: [".corp"] });
    expect(pageNoProxy("10.0.0.1/8")).toMatchObject({ entries: ["10.0.0.0/8"] });
    expect(pageNoProxy("[::1]")).toMatchObject({ entries: ["[::1]", "::1"] });
    expect(pageNoProxy("a.corp\tb.corp")).toMatchObject({ entries: ["a.corp", "b.corp"] });
    expect(pageNoProxy("172.16.0.0-172.31.255.255")).toMatchObject({
      refused: [expect.stringMatching(/Write 172\.16\.0\.0\/12, the CIDR range it is\.$/)],
    });
    expect(pageNoProxy("0x7f.1")).toMatchObject({
      refused: [expect.stringMatching(/write 127\.0\.0\.1\.$/)],
    });
    expect(pageNoProxy("a.corp, b/c, {{x}}")).toMatchObject({ refused: [/Go template/] });
    expect(pageNoProxy("a.corp, b/c")).toMatchObject({
      entries: ["a.corp"],
      refused: [/has a path/],
    });
    expect(pageUser("${PROXY_USER}").warnings.join(" ")).toMatch(/shell variable/);
  });

  it("prints the plain values warning the page shows beside the password", () => {
    const result = commandLine({
      httpProxy: "http://proxy.corp.example:3128",
      httpUser: "svc-flows",
      credentials: "plain",
    });
    expect("warnings" in result && result.warnings).toContain(
      `${PLAIN_VALUES_WARNING.title}. ${PLAIN_VALUES_WARNING.body}`,
    );
  });
});
