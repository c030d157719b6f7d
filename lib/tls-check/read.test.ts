// Reading what the user pastes: a real `openssl s_client -showcerts` transcript (from a TLS
// server on loopback that presents a leaf and its intermediate), PEM chains, and failures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPlan } from "../plan";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:tls";
import type { AddressInfo } from "node:net";
import { makePki, type Issued, type Pki } from "../testing/pki";
import { sClientTranscript } from "../testing/s-client";
import { readPresented } from "./read";
import { checkResults } from "./results";
import { caNeededByAgents, checkWarnings } from "./describe";
import { parseTestConfig } from "../testing/config";
import { checkTargets, sClientCommand, sClientNote } from "./targets";

const utf8 = (text: string) => new TextEncoder().encode(text);

let pki: Pki;
let root: Issued;
let inspection: Issued;
let leaf: Issued;
let server: Server;
let transcript = "";

beforeAll(async () => {
  pki = makePki();
  root = pki.root("Corp Root CA");
  inspection = pki.issue(root, "Corp Inspection CA G2", { ca: true });
  leaf = pki.issue(inspection, "registry.useflows.com", { dnsNames: ["registry.useflows.com"] });
  server = createServer({
    key: readFileSync(leaf.keyFile),
    cert: leaf.pem + inspection.pem,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  transcript = await sClientTranscript([
    "-connect",
    `127.0.0.1:${port}`,
    "-servername",
    "registry.useflows.com",
  ]);
}, 60_000);
afterAll(() => {
  server?.close();
  pki?.cleanup();
});

describe("readPresented", () => {
  it("reads the chain of a real s_client transcript in order, and suggests the host", () => {
    expect(transcript).toContain("Certificate chain");
    const read = readPresented("s_client output", utf8(transcript));
    expect(read).toEqual({
      ok: true,
      chain: [leaf.pem, inspection.pem],
      suggestedHost: "registry.useflows.com",
      notes: [],
    });
  });

  it("keeps a doubled paste once, and refuses more than one connection's worth", () => {
    const twice = readPresented("pasted", utf8(transcript + transcript));
    expect(twice).toMatchObject({ ok: true, chain: [leaf.pem, inspection.pem] });
    expect(twice.ok && twice.notes).toEqual(["Certificates pasted twice were kept once."]);
    const many = Array.from({ length: 11 }, (_, i) => pki.root(`Many ${i}`).pem).join("");
    expect(readPresented("pasted", utf8(many))).toMatchObject({
      ok: false,
      error: expect.stringContaining("11 certificates"),
    });
  });

  it("explains a refused CONNECT and an empty paste instead of a generic error", () => {
    const refused = readPresented(
      "pasted",
      utf8("CONNECTED(00000003)\ns_client: HTTP CONNECT failed: 403 Forbidden\n"),
    );
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("403 Forbidden") });
    expect(readPresented("pasted", utf8("hello"))).toMatchObject({
      ok: false,
      error: expect.stringContaining("No certificate found"),
    });
    expect(readPresented("pasted", utf8(""))).toMatchObject({ ok: false });
  });

  it("notes a paste without -showcerts", () => {
    const read = readPresented("pasted", utf8(leaf.pem));
    expect(read.ok && read.notes.join(" ")).toContain("-showcerts");
  });
});

describe("TLS checks in a configuration", () => {
  const config = (scope: string) =>
    parseTestConfig({
      basics: { agents: { ec2: true } },
      proxy: { enabled: true, httpProxy: "http://proxy.corp.internal:3128", tlsInspection: true },
      certificates: [{ pem: root.pem, label: "Corp Root CA", scope }],
      tlsChecks: [{ host: "registry.useflows.com:443", chain: [leaf.pem, inspection.pem] }],
    });

  it("knows who reaches which host and prints the s_client command through the proxy", () => {
    const c = config("both");
    const targets = checkTargets(installPlan(c));
    const registry = targets.find((t) => t.host === "registry.useflows.com:443");
    expect(registry).toMatchObject({ viaProxy: true });
    expect(registry!.reachedBy).toContain("services");
    expect(sClientCommand(installPlan(c), registry!)).toBe(
      "openssl s_client -showcerts -proxy proxy.corp.internal:3128 -connect registry.useflows.com:443 -servername registry.useflows.com </dev/null",
    );
    const withUser = parseTestConfig({
      proxy: { enabled: true, httpProxy: "http://proxy.corp.internal:3128", httpUser: "svc flows" },
    });
    expect(sClientCommand(installPlan(withUser), registry!)).toContain(
      "-proxy_user 'svc flows' -proxy_pass env:PROXY_PASSWORD",
    );
  });

  it("covers with both sets, and warns on Review when the reaching set lacks the CA", async () => {
    const now = new Date(Date.now() + 60_000);
    const covered = await checkResults(installPlan(config("both")), now);
    expect(covered[0]!.bySet.every((v) => v.verdict.status === "covered")).toBe(true);
    expect(checkWarnings(covered)).toEqual([]);

    const agentsOnly = await checkResults(installPlan(config("agents")), now);
    const warnings = checkWarnings(agentsOnly);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ step: "certificates", field: "tlsChecks.0" });
    expect(warnings[0]!.message).toContain("the Flows services' CA set does not cover");
    expect(warnings[0]!.message).toContain('"Corp Root CA" would cover it');
  });

  it("names the CAs the agents need from checks of hosts they reach", async () => {
    const now = new Date(Date.now() + 60_000);
    const c = parseTestConfig({
      basics: { agents: { kubernetes: true } },
      proxy: { enabled: true, httpProxy: "http://proxy.corp.internal:3128" },
      certificates: [{ pem: root.pem, label: "Corp Root CA" }],
      // The S3 bucket is reached by agents; a host no target names counts for both sets.
      tlsChecks: [{ host: "other.corp.internal", chain: [leaf.pem, inspection.pem] }],
    });
    expect(caNeededByAgents(await checkResults(installPlan(c), now))).toEqual(["Corp Root CA"]);
  });
});

describe("the command's note", () => {
  it("points users of an https:// proxy to curl's %{certs}, and says nothing otherwise", () => {
    expect(
      sClientNote(
        installPlan(
          parseTestConfig({ proxy: { enabled: true, httpProxy: "https://proxy.corp:3129" } }),
        ),
      ),
    ).toContain("-w '%{certs}'");
    expect(
      sClientNote(
        installPlan(
          parseTestConfig({ proxy: { enabled: true, httpProxy: "http://proxy.corp:3128" } }),
        ),
      ),
    ).toBeNull();
  });
});
