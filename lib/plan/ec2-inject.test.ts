// The inject rendered where the module pastes it (a fixture of the user data around it, written
// from lib/upstream/user-data.ts), then checked by bash -n, shellcheck, and a run in an empty
// environment: the agent process and its runtimes get exactly the variables meant.
import { describe, expect, it } from "vitest";
import { installPlan } from "../plan";
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configSchema, type Config, type ConfigInput } from "../config/schema";
import { agentEndpoints, proxyPlan } from "../config/derive";
import { encodeCustomCaCertificates } from "../certs/custom-ca-value";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { adversarialString, validConfig } from "../testing/arbitraries";
import { distinctHttpsProxy, ec2ProxyInject, HTTPS_PROXY_PLACEHOLDER } from "./ec2-inject";

const FRAGMENT = readFileSync(join(import.meta.dirname, "testing/user-data-fragment.sh"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "ec2-inject-"));

/**
 * The user data as Terraform renders it: main.tf's replace() for a separate HTTPS proxy, then
 * templatefile, which writes each value verbatim.
 */
function render(config: Config): string {
  const plan = proxyPlan(config)!;
  let inject = ec2ProxyInject(installPlan(config))!;
  if (distinctHttpsProxy(plan)) inject = inject.replaceAll(HTTPS_PROXY_PLACEHOLDER, plan.httpsUrl);
  const ca = encodeCustomCaCertificates(config.certificates.map((c) => c.pem));
  const { backend, gateway } = agentEndpoints(config);
  const values: Record<string, string> = {
    gateway_endpoint: gateway,
    backend_endpoint: backend,
    http_proxy: plan.httpUrl,
    custom_ca_certificates: ca,
    custom_userdata_inject: inject,
  };
  return FRAGMENT.replace(/@([a-z_]+)@/g, (_, name: string) => values[name]!);
}

function run(script: string): Record<string, string> {
  const path = join(dir, "user-data.sh");
  const out = join(dir, "env");
  writeFileSync(path, script);
  const result = spawnSync("bash", [path], {
    env: { PATH: "/usr/bin:/bin", FLOWS_TEST_ENV_OUT: out, NODE_ENV: "test" },
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const entries = readFileSync(out, "utf8").split("\0").filter(Boolean);
  return Object.fromEntries(
    entries.map((entry) => [
      entry.slice(0, entry.indexOf("=")),
      entry.slice(entry.indexOf("=") + 1),
    ]),
  );
}

/** What the agent process and its runtime containers must see. */
function expectMeant(config: Config, env: Record<string, string>) {
  const plan = proxyPlan(config)!;
  const agentNoProxy = installPlan(config).agentNoProxy["ec2Agents"].value;
  expect(env).toMatchObject({
    HTTP_PROXY: plan.httpUrl,
    HTTPS_PROXY: plan.httpsUrl,
    http_proxy: plan.httpUrl,
    https_proxy: plan.httpsUrl,
    NO_PROXY: agentNoProxy,
    no_proxy: agentNoProxy,
  });
  // The runtimes' docker parameters, split on spaces as the agent passes them on.
  const params = env.FLOWS_DOCKER_EXTRA_PARAMS!.split(" ").filter(Boolean);
  const runtimeEnv = new Map<string, string>();
  params.forEach((param, i) => {
    if (param === "-e") {
      const pair = params[i + 1]!;
      runtimeEnv.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
  });
  // docker run takes the last -e for a name.
  expect(Object.fromEntries(runtimeEnv)).toEqual({
    HTTP_PROXY: plan.httpUrl,
    HTTPS_PROXY: plan.httpsUrl,
    ...(distinctHttpsProxy(plan) ? { https_proxy: plan.httpsUrl } : {}),
    NODE_USE_ENV_PROXY: "1",
    NO_PROXY: plan.noProxy,
    no_proxy: plan.noProxy,
  });
  expect(params.slice(0, 5)).toEqual([
    "--runtime=runsc",
    "--cap-drop=ALL",
    "--security-opt",
    "no-new-privileges",
    "-e",
  ]);
}

const withProxy = (proxy: ConfigInput["proxy"], rest: ConfigInput = {}) =>
  configSchema.parse({ ...rest, proxy: { enabled: true, ...proxy } });

describe("the EC2 agents' custom_userdata_inject", () => {
  it("is absent without a proxy for EC2 agents", () => {
    expect(ec2ProxyInject(installPlan(configSchema.parse({})))).toBeNull();
    expect(
      ec2ProxyInject(
        installPlan(withProxy({ httpProxy: "http://p:3128", receivers: { ec2Agents: false } })),
      ),
    ).toBeNull();
  });

  it("passes bash -n and shellcheck inside the user data, and exports what is meant", () => {
    const config = withProxy(
      {
        httpProxy: "http://proxy.corp:3128",
        httpUser: "bob",
        httpPassword: "p@ss w'rd$",
        credentials: "plain",
        noProxy: ["localhost", "127.0.0.1", ".cluster.local", "10.0.0.0/16", "*.corp.example"],
      },
      { certificates: TEST_CERTIFICATES.slice(0, 1).map(({ pem, label }) => ({ pem, label })) },
    );
    const script = render(config);
    const path = join(dir, "checked.sh");
    writeFileSync(path, script);
    expect(spawnSync("bash", ["-n", path], { encoding: "utf8" }).status).toBe(0);
    const check = spawnSync("shellcheck", ["-s", "bash", path], { encoding: "utf8" });
    expect(check.stdout + check.stderr).toBe("");
    expectMeant(config, run(script));
  });

  it("gives the agent a separate HTTPS proxy through main.tf's replace()", () => {
    const config = withProxy({
      httpProxy: "http://a.corp:3128",
      httpsProxy: "http://b.corp:3129",
      httpsUser: "u",
      httpsPassword: "x&y",
      credentials: "plain",
    });
    expect(ec2ProxyInject(installPlan(config))).toContain(HTTPS_PROXY_PLACEHOLDER);
    expectMeant(config, run(render(config)));
  });

  it("keeps the auto scaling endpoint out of the proxy for the host's lifecycle calls", () => {
    const config = withProxy(
      { httpProxy: "http://p:3128" },
      { basics: { awsRegion: "us-east-1" } },
    );
    expect(run(render(config)).NO_PROXY).toBe(
      "localhost,127.0.0.1,.cluster.local,autoscaling.us-east-1.amazonaws.com",
    );
    const covered = withProxy({
      httpProxy: "http://p:3128",
      noProxy: ["localhost", ".amazonaws.com"],
    });
    expect(run(render(covered)).NO_PROXY).toBe("localhost,.amazonaws.com");
  });

  it("exports what is meant for every proxy URL and NO_PROXY list the wizard accepts (40 runs)", () => {
    const password = adversarialString.filter((s) => !s.includes("\u0000"));
    const config = fc
      .tuple(validConfig, password, fc.boolean())
      .map(([config, secret, separateHttps]) => {
        const input = {
          ...config,
          basics: { ...config.basics, agents: { ...config.basics.agents, ec2: true } },
          proxy: {
            ...config.proxy,
            enabled: true,
            receivers: { ...config.proxy.receivers, ec2Agents: true },
            httpProxy: "http://proxy.corp:3128",
            httpUser: "bob",
            httpPassword: secret,
            httpsProxy: separateHttps ? config.proxy.httpProxy : "",
          },
        };
        return configSchema.safeParse(input);
      })
      .filter((r) => r.success)
      .map((r) => r.data!);
    fc.assert(
      fc.property(config, (c) => expectMeant(c, run(render(c)))),
      { numRuns: 40 },
    );
  });
});
