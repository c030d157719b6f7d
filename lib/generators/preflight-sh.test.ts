// preflight.sh: bash -n and shellcheck clean for varied and adversarial configurations, and run
// for real with curl against a loopback proxy that intercepts TLS with a test CA.
import { execFileSync } from "node:child_process";
import { installPlan } from "../plan";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validConfig } from "../testing/arbitraries";
import { parseTestConfig } from "../testing/config";
import {
  closedPort,
  startInterceptingProxy,
  type InterceptingProxy,
} from "../testing/intercepting-proxy";
import { signedServerCertificate, testCa, type TestCa } from "../testing/openssl";
import { makePki, type Pki } from "../testing/pki";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodeUserinfo } from "../proxy/url";
import { preflightShFile } from "./preflight-sh";
import { dir, fakeTools, lines, runScript } from "./preflight-sh-fakes";
import { preflightUrls, serviceTargets, toolTargets } from "./parts/preflight-targets";
import { lint } from "./verify-sh-fakes";

const USER = "CORP\\flows";
const PASSWORD = "s3cr'et $(id) `x` & ; !* %41";

/** The install the tests check: a private one behind a proxy that wants a password, EC2 agents. */
function config(proxyPort: number, cas: readonly string[], domain = "flows.corp.example") {
  return parseTestConfig({
    basics: { appDomain: domain, agents: { ec2: true, kubernetes: false } },
    network: { ingressScheme: "internal", egress: { restricted: true } },
    proxy: {
      enabled: true,
      httpProxy: `http://${encodeUserinfo(USER)}:${encodeUserinfo(PASSWORD)}@127.0.0.1:${proxyPort}`,
    },
    certificates: cas.map((pem, i) => ({ pem, label: `CA ${i}` })),
  });
}

const tlsChecks = (script: string) => script.split("\n").filter((l) => /^ *check_tls /.test(l));
/** The checks tried through the bundle's proxy (the route follows the quoted URL). */
const throughProxy = (script: string) => tlsChecks(script).filter((l) => /' proxy( |$)/.test(l));

describe("preflight.sh text", () => {
  it("passes bash -n and shellcheck for varied configurations", () => {
    for (const sample of fc.sample(validConfig, 15))
      expect(lint(preflightShFile(installPlan(sample)).contents)).toBe("");
  });

  it("quotes every label, URL and name so that bash reads back exactly the planned checks", () => {
    for (const sample of fc.sample(validConfig, { numRuns: 20, seed: 17 })) {
      const script = preflightShFile(installPlan(sample)).contents;
      const calls = script
        .split("\n")
        .filter((l) => /^ *(check_tls|check_dns|tool_installed) /.test(l))
        .join("\n");
      const stubs =
        'check_tls() { printf \'%s|%s|%s|%s\\n\' "$1" "$2" "$3" "${4:-}"; }\ncheck_dns() { printf \'dns %s|%s\\n\' "$@"; }\ntool_installed() { :; }\n';
      const out = execFileSync("bash", ["-c", stubs + calls], { encoding: "utf8" });
      const tools = toolTargets(installPlan(sample));
      const planned = [
        ...serviceTargets(installPlan(sample)),
        ...(["tofu", "terraform", "aws", "helm", "docker", "kubectl"] as const).flatMap(
          (tool) => tools[tool],
        ),
      ].flatMap((t) => ("url" in t ? [`${t.label}|${t.url}|${t.route}|${t.trust ?? ""}`] : []));
      const domain = sample.basics.appDomain;
      const names =
        sample.basics.agents.ec2 || sample.basics.agents.kubernetes
          ? [domain, `gateway.${domain}`]
          : [domain];
      const scheme = sample.network.ingressScheme;
      expect(out.trimEnd().split("\n")).toEqual([
        ...planned.slice(0, serviceTargets(installPlan(sample)).filter((t) => "url" in t).length),
        ...names.map((name) => `dns ${name}|${scheme}`),
        ...planned.slice(serviceTargets(installPlan(sample)).filter((t) => "url" in t).length),
      ]);
    }
  });

  it("holds no proxy password, in plain values mode either, and reads it from the environment", () => {
    const plain = parseTestConfig({
      proxy: {
        enabled: true,
        credentials: "plain",
        httpProxy: `http://${encodeUserinfo(USER)}:${encodeUserinfo(PASSWORD)}@proxy.corp.example`,
      },
    });
    const file = preflightShFile(installPlan(plain));
    expect(lint(file.contents)).toBe("");
    expect(file.contents).not.toContain("s3cr");
    expect(file.contents).toContain('"$(urlencode "$FLOWS_PROXY_PASSWORD")"');
    // The port is written out: curl alone would take 1080 for a proxy without one.
    expect(file.contents).toContain("check_proxy 'the proxy' 'http://proxy.corp.example:80/'");
    expect(file.executable).toBe(true);
  });

  it("tries hosts in NO_PROXY directly, and everything directly without a proxy", () => {
    const covered = parseTestConfig({
      proxy: { enabled: true, httpProxy: "http://proxy.corp:3128", noProxy: ["github.com"] },
    });
    const checks = tlsChecks(preflightShFile(installPlan(covered)).contents);
    expect(checks).toContain("check_tls 'https://github.com' 'https://github.com' direct");
    expect(checks).toContain(
      "check_tls 'https://registry.useflows.com/core' 'https://registry.useflows.com/core' proxy",
    );
    const off = preflightShFile(installPlan(parseTestConfig({}))).contents;
    // The services' destinations directly; install.sh's tools as this machine's environment says.
    const [tools, services] = [true, false].map((tool) =>
      tlsChecks(off).filter((l) => / environment (system|aws)$/.test(l) === tool),
    );
    expect(tools!.length).toBeGreaterThan(3);
    expect(services!.every((l) => l.endsWith(" direct"))).toBe(true);
    expect(off).toContain("skip 'the proxy: none is set in the wizard");
  });
});

describe("preflight.sh against a loopback proxy that intercepts TLS", () => {
  let inspection: TestCa;
  let unrelated: TestCa;
  let proxy: InterceptingProxy;
  let server: { cert: string; key: string };
  const bin = fakeTools();
  const env = { FLOWS_PROXY_PASSWORD: PASSWORD };
  /**
   * The operator's own shell, which install.sh's tools use when the workstation is not behind
   * the bundle's proxy: its proxy variable names the same proxy, its trust store holds `ca`.
   */
  const own = (ca: TestCa) => {
    const store = join(dir, `own-store-${ca === inspection ? "inspection" : "other"}.pem`);
    writeFileSync(store, ca.pem);
    return {
      ...env,
      https_proxy: `http://${encodeUserinfo(USER)}:${encodeUserinfo(PASSWORD)}@127.0.0.1:${proxy.port}`,
      CURL_CA_BUNDLE: store,
      AWS_CA_BUNDLE: store,
    };
  };

  beforeAll(async () => {
    inspection = testCa("/O=Corp/CN=Corp Inspection CA", dir, "inspection");
    unrelated = testCa("/CN=Unrelated Root CA", dir, "unrelated");
    const hosts = preflightUrls(installPlan(config(1, []))).map((url) => new URL(url).hostname);
    server = signedServerCertificate(inspection, [...new Set(hosts)], dir);
    proxy = await startInterceptingProxy({ ...server, credentials: `${USER}:${PASSWORD}` });
  }, 60_000);
  afterAll(() => proxy?.close());

  it("passes every check with the inspection CA in the bundle, and exits 0", async () => {
    const script = preflightShFile(
      installPlan(config(proxy.port, [unrelated.pem, inspection.pem])),
    ).contents;
    const run = await runScript(script, bin, own(inspection));
    expect(lines(run.stdout, "FAIL")).toEqual([]);
    expect(run.status).toBe(0);
    const passed = lines(run.stdout, "PASS");
    expect(passed).toContain(
      `the proxy answers at http://127.0.0.1:${proxy.port}/ (HTTP 400 to a plain request)`,
    );
    expect(passed).toContain(
      "https://github.com: TLS through the proxy verifies with the bundle's 2 CA certificate(s) only, up to a self-signed root as Node and OpenSSL require (issuer: O=Corp; CN=Corp Inspection CA; HTTP 200)",
    );
    expect(passed.filter((l) => l.includes("TLS through the proxy verifies"))).toHaveLength(
      throughProxy(script).length,
    );
    // install.sh's tools, as this machine's shell sends them (the Proxy step's workstation
    // choice is off): its proxy variable, its trust store.
    expect(passed).toContain(
      "helm: the chart repository, downloads.spacelift.io: TLS with this machine's own proxy settings verifies with this machine's own trust store (issuer: O=Corp; CN=Corp Inspection CA; HTTP 200)",
    );
    expect(passed).toContain(
      "flows.corp.example resolves to private addresses (10.20.30.40 fd12:3456::1), as an internal load balancer's name does",
    );
    expect(passed.some((l) => l.startsWith("helm is installed"))).toBe(true);
    // Every CONNECT carried the user and the password read from the environment.
    expect(proxy.connects.length).toBeGreaterThan(10);
    expect(proxy.connects.every((c) => c.status === 200)).toBe(true);
  });

  it("fails with a CA set that lacks the inspection CA, naming the issuer the proxy presented", async () => {
    const script = preflightShFile(installPlan(config(proxy.port, [unrelated.pem]))).contents;
    const run = await runScript(script, bin, own(inspection));
    expect(run.status).toBe(1);
    const failed = lines(run.stdout, "FAIL");
    expect(failed).toContain(
      "https://registry.useflows.com/core: TLS through the proxy does not verify with the bundle's 1 CA certificate(s) only; presented issuer: O=Corp; CN=Corp Inspection CA (curl: (60) SSL certificate problem: unable to get local issuer certificate)",
    );
    const tls = failed.filter((l) => l.includes("presented issuer: O=Corp; CN=Corp Inspection CA"));
    expect(tls).toHaveLength(throughProxy(script).length);
    expect(run.stdout).toContain(`preflight.sh: ${failed.length} check(s) failed.`);
    expect(run.stdout).toMatch(/hint: If the presented issuer is your proxy's TLS-inspection CA/);
  });

  it("verifies the services' destinations with the services' CA set when the sets differ", async () => {
    // The inspection CA is trusted by the agents only: the union would pass, the services fail.
    const split = {
      ...config(proxy.port, []),
      certificates: [
        { pem: inspection.pem, label: "Inspection", scope: "agents" as const },
        { pem: unrelated.pem, label: "Unrelated", scope: "services" as const },
      ],
    };
    const script = preflightShFile(installPlan(split)).contents;
    const services = tlsChecks(script).filter((l) => l.endsWith(" services"));
    expect(services.length).toBeGreaterThan(3);
    const run = await runScript(script, bin, own(inspection));
    expect(run.status).toBe(1);
    const failed = lines(run.stdout, "FAIL");
    expect(failed).toHaveLength(services.length);
    for (const line of failed)
      expect(line).toMatch(
        /\(services' CA set\): TLS through the proxy does not verify with the services' 1 CA certificate\(s\) only; presented issuer: O=Corp; CN=Corp Inspection CA/,
      );
    // The tools are checked with this machine's store, as install.sh runs them here.
    expect(
      lines(run.stdout, "PASS").some((l) => l.includes("with this machine's own trust store")),
    ).toBe(true);
  });

  it("says the proxy does not answer, and tries nothing through it", async () => {
    const port = await closedPort();
    const run = await runScript(
      preflightShFile(installPlan(config(port, [inspection.pem]))).contents,
      bin,
      {
        ...env,
        PREFLIGHT_FROM_POD: "1",
      },
    );
    expect(run.status).toBe(1);
    expect(lines(run.stdout, "FAIL")).toEqual([
      expect.stringMatching(
        new RegExp(`^the proxy does not answer at http://127\\.0\\.0\\.1:${port}/: curl: \\(7\\)`),
      ),
    ]);
    expect(lines(run.stdout, "SKIP")).toContain(
      "https://github.com: not tried, the proxy does not answer (above)",
    );
    expect(lines(run.stdout, "SKIP")).toContain(
      "the tools install.sh runs: left out in a pod (PREFLIGHT_FROM_POD=1)",
    );
  });

  it("stops, asking for FLOWS_PROXY_PASSWORD, when no password is set and there is no terminal", async () => {
    const script = preflightShFile(installPlan(config(proxy.port, [inspection.pem]))).contents;
    const run = await runScript(script, bin);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "preflight.sh: set FLOWS_PROXY_PASSWORD to the password of proxy user CORP%5Cflows (no terminal to ask it on)",
    );
    expect(run.stdout).toBe("");
  });

  it("reports a wrong proxy password as the proxy's 407, and never prints the password", async () => {
    const run = await runScript(
      preflightShFile(installPlan(config(proxy.port, [inspection.pem]))).contents,
      bin,
      { FLOWS_PROXY_PASSWORD: `${PASSWORD}x` },
    );
    expect(run.status).toBe(1);
    expect(lines(run.stdout, "FAIL")).toContain(
      "https://github.com: not reachable through the proxy: curl: (56) CONNECT tunnel failed, response 407",
    );
    expect(run.stdout + run.stderr).not.toContain("s3cr");
  });

  it("tries install.sh's tools as this machine's shell sends them, and says what its store lacks", async () => {
    const script = preflightShFile(installPlan(config(proxy.port, [inspection.pem]))).contents;
    // The bundle trusts the inspection CA, this machine does not: the services pass, the tools fail.
    const run = await runScript(script, bin, own(unrelated));
    expect(run.status).toBe(1);
    const failed = lines(run.stdout, "FAIL");
    expect(failed).toContain(
      "helm: the chart repository, downloads.spacelift.io: TLS with this machine's own proxy settings does not verify with this machine's own trust store; presented issuer: O=Corp; CN=Corp Inspection CA (curl: (60) SSL certificate problem: unable to get local issuer certificate)",
    );
    expect(failed.every((l) => l.includes("with this machine's own proxy settings"))).toBe(true);
    expect(run.stdout).toMatch(
      /hint: install\.sh gives this tool no CA of the bundle \(the Proxy step says this machine is not behind the proxy\)/,
    );
    expect(lines(run.stdout, "INFO")).toContain(
      "The tools are tried as install.sh runs them here: with this shell's own proxy variables and this machine's trust store (the Proxy step says this machine is not behind the proxy, so install.sh sets neither).",
    );
  });

  it("fails aws when only this machine's store holds the inspection CA: aws trusts AWS_CA_BUNDLE or its own roots", async () => {
    const script = preflightShFile(installPlan(config(proxy.port, [inspection.pem]))).contents;
    const { AWS_CA_BUNDLE: _unset, ...shell } = own(inspection);
    const run = await runScript(script, bin, shell);
    const failed = lines(run.stdout, "FAIL");
    expect(failed.length).toBeGreaterThan(0);
    for (const line of failed)
      expect(line).toMatch(
        /^aws: .*: TLS with this machine's own proxy settings is signed by a CA of the bundle \(issuer: O=Corp; CN=Corp Inspection CA\): this machine's store accepts it, but the aws CLI, with AWS_CA_BUNDLE not set, trusts only its own bundled roots and refuses it$/,
      );
    expect(run.stdout).toMatch(/hint: The aws CLI trusts the file AWS_CA_BUNDLE names/);
    // The other tools read this machine's store: they pass.
    expect(lines(run.stdout, "PASS").some((l) => l.startsWith("helm: "))).toBe(true);
  });

  it("reports a CONNECT the proxy refuses as its 403, and still checks the rest", async () => {
    const strict = await startInterceptingProxy({ ...server, refuse: ["github.com"] });
    try {
      const script = preflightShFile(installPlan(config(strict.port, [inspection.pem]))).contents;
      const run = await runScript(script, bin, env);
      expect(run.status).toBe(1);
      expect(lines(run.stdout, "FAIL")).toContain(
        "https://github.com: not reachable through the proxy: curl: (56) CONNECT tunnel failed, response 403",
      );
      expect(lines(run.stdout, "PASS")).toContain(
        "https://registry.useflows.com/core: TLS through the proxy verifies with the bundle's 1 CA certificate(s) only, up to a self-signed root as Node and OpenSSL require (issuer: O=Corp; CN=Corp Inspection CA; HTTP 200)",
      );
    } finally {
      await strict.close();
    }
  });

  it("fails a public address for an internal load balancer, names missing tools, takes terraform for tofu", async () => {
    const run = await runScript(
      preflightShFile(installPlan(config(proxy.port, [inspection.pem], "flows.public.example")))
        .contents,
      fakeTools(["terraform", "aws"]),
      own(inspection),
    );
    expect(lines(run.stdout, "INFO")).toContain(
      "terraform is installed, tofu is not: replace the word tofu in install.sh",
    );
    expect(lines(run.stdout, "PASS")).toContain(
      "terraform: Terraform registry, registry.terraform.io: TLS with this machine's own proxy settings verifies with this machine's own trust store (issuer: O=Corp; CN=Corp Inspection CA; HTTP 200)",
    );
    const failed = lines(run.stdout, "FAIL");
    expect(failed).toContain(
      "flows.public.example resolves to public addresses (203.0.113.7) but the load balancer is internal",
    );
    expect(failed).toContain("helm is installed");
    expect(failed).toContain("kubectl is installed");
    expect(run.status).toBe(1);
  });
});

describe("preflight.sh against a proxy whose inspection CA is an intermediate (root → G2 → leaf)", () => {
  let pki: Pki;
  let proxy: InterceptingProxy;
  let root: { pem: string };
  let g2: { pem: string };
  const bin = fakeTools();
  const env = { FLOWS_PROXY_PASSWORD: PASSWORD, PREFLIGHT_FROM_POD: "1" };

  beforeAll(async () => {
    pki = makePki();
    const corpRoot = pki.root("Corp Root CA");
    const inspection = pki.issue(corpRoot, "Corp Inspection CA G2", { ca: true });
    const hosts = [
      ...new Set(preflightUrls(installPlan(config(1, []))).map((url) => new URL(url).hostname)),
    ];
    const leaf = pki.issue(inspection, hosts[0]!, { dnsNames: hosts });
    root = corpRoot;
    g2 = inspection;
    // The proxy presents the leaf and the intermediate, as TLS-inspecting proxies do.
    proxy = await startInterceptingProxy({
      cert: leaf.pem + inspection.pem,
      key: readFileSync(leaf.keyFile, "utf8"),
      credentials: `${USER}:${PASSWORD}`,
    });
  }, 60_000);
  afterAll(async () => {
    await proxy?.close();
    pki?.cleanup();
  });

  it("fails with only the intermediate in the CA set, naming Node and OpenSSL, though curl accepts it", async () => {
    const script = preflightShFile(installPlan(config(proxy.port, [g2.pem]))).contents;
    const run = await runScript(script, bin, env);
    expect(run.status).toBe(1);
    const failed = lines(run.stdout, "FAIL");
    expect(failed).toContain(
      "https://registry.useflows.com/core: TLS through the proxy verifies with the bundle's 1 CA certificate(s) only for curl and Go (the agent), which accept an intermediate CA as the anchor, but Node (the runtime containers) and OpenSSL refuse it: unable to get issuer certificate (O = Test PKI, CN = Corp Inspection CA G2)",
    );
    // Every TLS check through the proxy fails so (the tools are left out in a pod), none passes.
    const throughProxy = serviceTargets(installPlan(config(proxy.port, [g2.pem]))).filter(
      (t) => "url" in t && t.route === "proxy",
    );
    expect(throughProxy.length).toBeGreaterThan(3);
    expect(
      failed.filter((l) => l.includes("but Node (the runtime containers) and OpenSSL refuse it")),
    ).toHaveLength(throughProxy.length);
    expect(lines(run.stdout, "PASS").filter((l) => l.includes("TLS through the proxy"))).toEqual(
      [],
    );
    expect(run.stdout).toMatch(
      /hint: Node \(the Flows runtime containers\) and OpenSSL trust a path only when it ends at a self-signed root/,
    );
  });

  it("passes with the root in the CA set, up to a self-signed root", async () => {
    const script = preflightShFile(installPlan(config(proxy.port, [root.pem]))).contents;
    const run = await runScript(script, bin, env);
    expect(lines(run.stdout, "FAIL")).toEqual([]);
    expect(run.status).toBe(0);
    expect(lines(run.stdout, "PASS")).toContain(
      "https://registry.useflows.com/core: TLS through the proxy verifies with the bundle's 1 CA certificate(s) only, up to a self-signed root as Node and OpenSSL require (issuer: O=Test PKI; CN=Corp Inspection CA G2; HTTP 200)",
    );
  });

  it("says so, and passes as curl does, where openssl is missing", async () => {
    const noOpenssl = fakeTools([], ["openssl"]);
    const script = preflightShFile(installPlan(config(proxy.port, [g2.pem]))).contents;
    const run = await runScript(script, noOpenssl, env);
    expect(lines(run.stdout, "PASS")).toContain(
      "https://registry.useflows.com/core: TLS through the proxy verifies with the bundle's 1 CA certificate(s) only; not checked as Node and OpenSSL verify it: openssl is not installed (issuer: O=Test PKI; CN=Corp Inspection CA G2; HTTP 200)",
    );
  });
});
