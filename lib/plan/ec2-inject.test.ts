// The inject rendered where the module pastes it (a fixture of the user data around it, written
// from lib/upstream/user-data.ts), then checked by bash -n, shellcheck, and a run in an empty
// environment: the agent process and its runtimes get exactly the variables meant.
import { describe, expect, it } from "vitest";
import { installPlan } from "../plan";
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configSchema, type Config, type ConfigInput } from "../config/schema";
import { agentEndpoints, proxyPlan } from "../config/derive";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { adversarialString, validConfig } from "../testing/arbitraries";
import { caSetCertificates } from "../certs/ca-sets";
import { AGENT_HOST_PATHS } from "../upstream/agent-host";
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
  const ca = installPlan(config).ca.agents;
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

/** What one run of the user data left: the agent's environment and what it did to the host. */
interface HostRun {
  env: Record<string, string>;
  /** dockerd's drop-in, or null when none was written. */
  dropIn: string | null;
  dropInMode: number | null;
  /** The PEM text added to the host's trust store, or null. */
  hostCa: string | null;
  /** The system commands run, in order (stubbed: systemctl, update-ca-trust). */
  calls: string[];
}

let runs = 0;
/** Runs the user data in an empty environment, with /etc under a temporary root and stubs. */
function run(script: string): HostRun {
  const root = join(dir, `run-${++runs}`);
  const bin = join(root, "bin");
  const anchors = join(root, AGENT_HOST_PATHS.caAnchor, "..");
  mkdirSync(bin, { recursive: true });
  mkdirSync(anchors, { recursive: true });
  const log = join(root, "calls");
  for (const tool of ["systemctl", "update-ca-trust"]) {
    writeFileSync(join(bin, tool), `#!/bin/bash\necho "${tool} $*" >>"${log}"\n`);
    chmodSync(join(bin, tool), 0o755);
  }
  const path = join(root, "user-data.sh");
  const out = join(root, "env");
  writeFileSync(
    path,
    script.replaceAll(" /etc/", ` ${root}/etc/`).replaceAll(">/etc/", `>${root}/etc/`),
  );
  const result = spawnSync("bash", [path], {
    env: { PATH: `${bin}:/usr/bin:/bin`, FLOWS_TEST_ENV_OUT: out, NODE_ENV: "test" },
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const entries = readFileSync(out, "utf8").split("\0").filter(Boolean);
  const dropInPath = join(root, AGENT_HOST_PATHS.dockerDropInDir, "http-proxy.conf");
  const caPath = join(root, AGENT_HOST_PATHS.caAnchor);
  return {
    env: Object.fromEntries(
      entries.map((entry) => [
        entry.slice(0, entry.indexOf("=")),
        entry.slice(entry.indexOf("=") + 1),
      ]),
    ),
    dropIn: existsSync(dropInPath) ? readFileSync(dropInPath, "utf8") : null,
    dropInMode: existsSync(dropInPath) ? statSync(dropInPath).mode & 0o777 : null,
    hostCa: existsSync(caPath) ? readFileSync(caPath, "utf8") : null,
    calls: existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : [],
  };
}

/** The runtimes' docker parameters, split on spaces as the agent passes them on: each -e. */
function runtimeVariables(params: string): [string, string][] {
  const words = params.split(" ").filter(Boolean);
  return words.flatMap((word, i) => {
    if (word !== "-e") return [];
    const pair = words[i + 1]!;
    return [[pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]];
  });
}

/** How systemd reads one value of an Environment= line: `%%` is a literal `%`. */
function dropInEnvironment(dropIn: string): Record<string, string> {
  const line = dropIn.split("\n").find((l) => l.startsWith("Environment="))!;
  const pairs = [...line.matchAll(/"([A-Z_]+)=([^"]*)"/g)];
  return Object.fromEntries(pairs.map(([, name, value]) => [name!, value!.replaceAll("%%", "%")]));
}

/** What the agent process, its runtime containers and the host's dockerd must see. */
function expectMeant(config: Config, host: HostRun) {
  const { env } = host;
  const plan = proxyPlan(config)!;
  const install = installPlan(config);
  const agentNoProxy = install.agentNoProxy["ec2Agents"].value;
  expect(env).toMatchObject({
    HTTP_PROXY: plan.httpUrl,
    HTTPS_PROXY: plan.httpsUrl,
    http_proxy: plan.httpUrl,
    https_proxy: plan.httpsUrl,
    NO_PROXY: agentNoProxy,
    no_proxy: agentNoProxy,
  });
  // The instance metadata service stays out of the proxy for the host's AWS CLI calls.
  expect(agentNoProxy.split(",")).toContain("169.254.169.254");
  // One -e per variable: docker would take the last, but a duplicate is a second truth.
  const runtime = runtimeVariables(env.FLOWS_DOCKER_EXTRA_PARAMS!);
  expect(runtime.map(([name]) => name)).toEqual([
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NODE_USE_ENV_PROXY",
    "NO_PROXY",
    "no_proxy",
  ]);
  expect(Object.fromEntries(runtime)).toEqual({
    HTTP_PROXY: plan.httpUrl,
    HTTPS_PROXY: plan.httpsUrl,
    NODE_USE_ENV_PROXY: "1",
    NO_PROXY: plan.noProxy,
    no_proxy: plan.noProxy,
  });
  expect(env.FLOWS_DOCKER_EXTRA_PARAMS!.split(" ").filter(Boolean).slice(0, 5)).toEqual([
    "--runtime=runsc",
    "--cap-drop=ALL",
    "--security-opt",
    "no-new-privileges",
    "-e",
  ]);
  // dockerd: the proxy through a systemd drop-in readable by root only, then a restart.
  expect(host.dropIn).not.toBeNull();
  expect(host.dropInMode).toBe(0o600);
  expect(dropInEnvironment(host.dropIn!)).toEqual({
    HTTP_PROXY: plan.httpUrl,
    HTTPS_PROXY: plan.httpsUrl,
    NO_PROXY: agentNoProxy,
  });
  // The agents' CA set in the host's store, before dockerd restarts and reads it.
  const pems = caSetCertificates(config.certificates, "agents").map((c) => c.pem);
  if (pems.length === 0) {
    expect(host.hostCa).toBeNull();
    expect(host.calls).toEqual(["systemctl daemon-reload", "systemctl restart docker"]);
  } else {
    expect(host.hostCa!.replace(/\n+/g, "\n")).toBe(pems.join("\n").replace(/\n+/g, "\n"));
    expect(host.calls).toEqual([
      "update-ca-trust extract",
      "systemctl daemon-reload",
      "systemctl restart docker",
    ]);
  }
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
    expect(run(render(config)).env.NO_PROXY).toBe(
      "localhost,127.0.0.1,.cluster.local,autoscaling.us-east-1.amazonaws.com,169.254.169.254",
    );
    const covered = withProxy({
      httpProxy: "http://p:3128",
      noProxy: ["localhost", ".amazonaws.com", "169.254.169.254"],
    });
    expect(run(render(covered)).env.NO_PROXY).toBe("localhost,.amazonaws.com,169.254.169.254");
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
