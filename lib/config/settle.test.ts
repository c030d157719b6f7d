import { describe, expect, it } from "vitest";
import { presetValues } from "./presets";
import { configSchema, defaultConfig } from "./schema";
import { settingPath, settleConfig, waitingWithin } from "./settle";
import { fieldLabel } from "./field-labels";

const tlsPreset = () => presetValues("private-proxy-tls");

describe("settleConfig", () => {
  it("returns valid values unchanged, waiting for nothing", () => {
    const values = { basics: { appDomain: "flows.corp.example" } };
    const settled = settleConfig(values);
    expect(settled.waiting).toEqual([]);
    expect(settled.config).toEqual(configSchema.parse(values));
  });

  it("keeps every valid field of the TLS-inspection preset while the proxy URL is empty", () => {
    const values = tlsPreset();
    values.basics = { ...values.basics, awsRegion: "eu-west-1", appDomain: "flows.corp.example" };
    const settled = settleConfig(values);
    expect(settled.waiting).toEqual([
      { path: "proxy.httpProxy", message: expect.any(String) as string },
    ]);
    expect(settled.config.basics.awsRegion).toBe("eu-west-1");
    expect(settled.config.basics.appDomain).toBe("flows.corp.example");
    expect(settled.config.network.ingressScheme).toBe("internal");
    expect(settled.config.network.egress.restricted).toBe(true);
    // The proxy waits for its URL: off, with the rest of its answers as typed.
    expect(settled.config.proxy.enabled).toBe(false);
    expect(settled.config.proxy.tlsInspection).toBe(true);
    expect(settled.config.proxy.noProxy).toEqual(tlsPreset().proxy?.noProxy);
  });

  it("holds an invalid field at its last settled value", () => {
    const previous = configSchema.parse({ basics: { awsRegion: "us-east-1" } });
    const settled = settleConfig(
      { basics: { awsRegion: "eu-west-", namespace: "flows" } },
      previous,
    );
    expect(settled.config.basics.awsRegion).toBe("us-east-1");
    expect(settled.config.basics.namespace).toBe("flows");
    expect(settled.waiting.map((w) => w.path)).toEqual(["basics.awsRegion"]);
  });

  it("keeps a proxy URL's last valid value rather than turning the proxy off", () => {
    const previous = configSchema.parse({
      proxy: { enabled: true, httpProxy: "http://proxy.corp.example:3128" },
    });
    const settled = settleConfig(
      { proxy: { enabled: true, httpProxy: "http://proxy.corp.example:" } },
      previous,
    );
    expect(settled.config.proxy.enabled).toBe(true);
    expect(settled.config.proxy.httpProxy).toBe("http://proxy.corp.example:3128");
  });

  it("goes back to a created VPC while an existing VPC's id is missing", () => {
    const settled = settleConfig({
      basics: { awsRegion: "eu-west-1" },
      network: {
        vpc: { mode: "existing", id: "", privateSubnetIds: ["subnet-0123456789abcdef0"] },
      },
    });
    expect(settled.config.network.vpc.mode).toBe("create");
    expect(settled.config.basics.awsRegion).toBe("eu-west-1");
    expect(settled.waiting.map((w) => w.path)).toContain("network.vpc.id");
  });

  it("treats a list as one setting: a bad NO_PROXY entry keeps the last settled list", () => {
    const previous = configSchema.parse({ proxy: { noProxy: ["localhost", ".corp.example"] } });
    const settled = settleConfig({ proxy: { noProxy: ["localhost", "bad entry!"] } }, previous);
    expect(settled.config.proxy.noProxy).toEqual(["localhost", ".corp.example"]);
    expect(settled.waiting[0]?.path).toMatch(/^proxy\.noProxy/);
  });

  it("falls back to the previous configuration for input that is no object", () => {
    expect(settleConfig("nonsense").config).toBe(defaultConfig);
  });

  it("always returns a configuration the schema accepts", () => {
    const inputs: unknown[] = [
      tlsPreset(),
      { network: { tls: { certificate: "existing", certArn: "arn:nope" } } },
      { network: { egress: { mirror: "own" } }, basics: { namespace: "UPPER" } },
      { certificates: [{ pem: "x", label: "y" }], versions: { mainModuleRef: "???" } },
    ];
    for (const input of inputs)
      expect(configSchema.safeParse(settleConfig(input).config).success).toBe(true);
  });
});

describe("waiting fields of a view", () => {
  it("lists only those under the view's settings", () => {
    const waiting = [
      { path: "proxy.httpProxy", message: "a" },
      { path: "basics.awsRegion", message: "b" },
    ];
    expect(waitingWithin(waiting, ["basics", "network"])).toEqual([waiting[1]]);
    expect(waitingWithin(waiting, ["proxy.httpProxy"])).toEqual([waiting[0]]);
    expect(waitingWithin(waiting, ["proxy.http"])).toEqual([]);
  });

  it("names list entries by the list", () => {
    expect(settingPath("certificates.2.label")).toBe("certificates");
    expect(settingPath("proxy.httpProxy")).toBe("proxy.httpProxy");
  });
});

describe("fieldLabel", () => {
  it("names fields as their steps label them", () => {
    expect(fieldLabel("proxy.httpProxy")).toBe("HTTP proxy URL");
    expect(fieldLabel("proxy.noProxy.1")).toBe("NO_PROXY entry 2");
    expect(fieldLabel("certificates.0.label")).toBe("Certificate 1");
    expect(fieldLabel("network.somethingNew")).toBe("Something new");
  });
});
