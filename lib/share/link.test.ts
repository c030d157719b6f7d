import { installPlan } from "../plan";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { configSchema, defaultConfig, type Config } from "../config/schema";
import { presets } from "../config/presets";
import { presetConfig } from "../testing/presets";
import { buildZip } from "../bundle/zip";
import { generateFiles } from "../generators/index";
import { parseWizardConfigFile } from "./wizard-config-file";
import { base64urlToBytes, bytesToBase64url } from "./base64url";
import { pemToDer } from "./der";
import { inflateCapped } from "./inflate";
import { createShareLink, decodeShareLink, encodeShareLink, shareUrl } from "./link";
import { withoutSecrets } from "./secrets";
import { V1_DICTIONARY } from "./v1-dictionary";
import { SECRET_MARK, validLinkConfig } from "../testing/arbitraries";
import { TEST_CERTIFICATES } from "../testing/certificates";

function decoded(fragment: string) {
  const result = decodeShareLink(fragment);
  if (!result.ok) throw new Error(result.error);
  return result;
}

function withCertificates(count: number): Config {
  return configSchema.parse({
    certificates: TEST_CERTIFICATES.slice(0, count).map(({ pem, label }) => ({ pem, label })),
  });
}

describe("share links", () => {
  it("reproduce every valid configuration without its secrets (1,000 random configurations)", () => {
    fc.assert(
      fc.property(validLinkConfig, (config) => {
        const result = decoded(encodeShareLink(config));
        expect(result.config).toEqual(withoutSecrets(config).config);
        expect(result.omittedCredentials).toEqual(withoutSecrets(config).omittedSecrets);
        expect(result.dropped).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("carry the GitOps tool, and read an older link without it as install.sh", () => {
    for (const tool of ["argocd", "flux"] as const) {
      const config = configSchema.parse({ gitops: { tool } });
      expect(decoded(encodeShareLink(config)).config.gitops.tool).toBe(tool);
    }
    expect(decoded(encodeShareLink(defaultConfig)).config.gitops.tool).toBe("none");
  });

  it("never carry a proxy password, not even inside the compressed bytes", () => {
    fc.assert(
      fc.property(validLinkConfig, (config) => {
        const fragment = encodeShareLink(config);
        const bytes = base64urlToBytes(fragment.slice("c=1.".length));
        if (!bytes.ok) throw new Error(bytes.error);
        const inflated = inflateCapped(bytes.bytes, { dictionary: V1_DICTIONARY });
        if (!inflated.ok) throw new Error(inflated.reason);
        expect(new TextDecoder().decode(inflated.bytes)).not.toContain(SECRET_MARK);
      }),
      { numRuns: 300 },
    );
  });

  it("carry the proxy user name, never a password, and say the password stayed behind", () => {
    const config = configSchema.parse({
      proxy: {
        enabled: true,
        httpProxy: "http://proxy.corp.example:3128",
        httpUser: "alice",
        httpPassword: "pa$$",
        credentials: "plain",
      },
    });
    const link = createShareLink(config);
    expect(link.omittedSecrets).toEqual(["proxy.httpPassword"]);
    const result = decoded(link.fragment);
    expect(result.config.proxy).toMatchObject({ httpUser: "alice", httpPassword: "" });
    expect(result.config).toEqual({ ...config, proxy: { ...config.proxy, httpPassword: "" } });
  });

  it("leave nothing out in Secret mode, where install.sh asks for the password", () => {
    const config = configSchema.parse({
      proxy: { enabled: true, httpProxy: "http://proxy.corp.example:3128", httpUser: "alice" },
    });
    expect(createShareLink(config).omittedSecrets).toEqual([]);
    expect(decoded(createShareLink(config).fragment).config).toEqual(config);
  });

  it("drop everything before the last @ of a malformed proxy URL kept by a disabled proxy", () => {
    const config = configSchema.parse({ proxy: { httpProxy: "http://bob:pa/ss@word@proxy:3128" } });
    const result = decoded(encodeShareLink(config));
    expect(result.config.proxy.httpProxy).toBe("http://proxy:3128");
    expect(result.omittedCredentials).toEqual(["proxy.httpProxy"]);
  });

  it("encode the default configuration as almost nothing", () => {
    const fragment = encodeShareLink(defaultConfig);
    expect(fragment.length).toBeLessThan(20);
    expect(decoded(fragment).config).toEqual(defaultConfig);
  });

  it("keep a typical private VPC + proxy link without certificates under 300 characters", () => {
    const config = configSchema.parse({
      basics: { appDomain: "flows.platform.corp-example.internal", namespace: "spacelift-flows" },
      network: {
        ingressScheme: "internal",
        vpcChecklist: { privateSubnetsWithNat: true, securityGroups: true, privateAccess: true },
        egress: { restricted: true },
      },
      proxy: {
        ...presetConfig("private-proxy-tls").proxy,
        httpProxy: "http://proxy.corp-example.internal:3128",
        httpUser: "svc-flows",
        noProxy: [
          "localhost",
          "127.0.0.1",
          ".cluster.local",
          ".svc",
          "169.254.169.254",
          ".corp-example.internal",
        ],
      },
      certificates: TEST_CERTIFICATES.map(({ pem, label }) => ({ pem, label })),
    });
    const url = shareUrl(
      "https://wizard.example.com/",
      encodeShareLink(config, { includeCertificates: false }),
    );
    expect(url.length - "https://wizard.example.com/#".length).toBeLessThan(300);
  });

  it("carry certificates within 1.05× + 300 characters of their bare DER in base64url", () => {
    for (let count = 1; count <= TEST_CERTIFICATES.length; count++) {
      const config = withCertificates(count);
      const der = config.certificates.flatMap((c) => [...pemToDer(c.pem)]);
      const floor = bytesToBase64url(Uint8Array.from(der)).length;
      const fragment = encodeShareLink(config);
      expect(fragment.length).toBeLessThanOrEqual(floor * 1.05 + 300);
      expect(decoded(fragment).config.certificates).toEqual(config.certificates);
    }
  });

  it("leave certificates out on request and say how many", () => {
    const config = withCertificates(3);
    const result = decoded(encodeShareLink(config, { includeCertificates: false }));
    expect(result.config.certificates).toEqual([]);
    expect(result.omittedCertificates).toBe(3);
    expect(result.notice).toContain("left out 3 certificates");
  });

  it("read a whole URL, a #fragment and a link wrapped over lines by a mail client", () => {
    const fragment = encodeShareLink(presetConfig("private-vpc"));
    const expected = presetConfig("private-vpc");
    const url = shareUrl("https://wizard.example.com/?step=review#old", fragment);
    expect(url).toBe(`https://wizard.example.com/?step=review#${fragment}`);
    expect(decoded(url).config).toEqual(expected);
    expect(decoded(`#${fragment}`).config).toEqual(expected);
    const wrapped = url.slice(0, 30) + "\n  " + url.slice(30);
    expect(decoded(wrapped).config).toEqual(expected);
  });

  it("name what was loaded in the notice", () => {
    const result = decoded(encodeShareLink(presetConfig("private-proxy-tls")));
    expect(result.notice).toMatch(/^Loaded the configuration from the link: .*private ingress/);
    expect(result.notice).toContain("HTTP proxy http://proxy.corp.example:3128");
  });
});

describe("a Secret-mode proxy user, shared", () => {
  it.each(presets.map((p) => p.id))(
    "rebuilds a byte-identical zip from the link and from wizard-config.json (preset %s)",
    async (id) => {
      const preset = presetConfig(id);
      const config = configSchema.parse({
        ...preset,
        proxy: {
          ...preset.proxy,
          enabled: true,
          httpProxy: preset.proxy.httpProxy || "http://proxy.corp.example:3128",
          httpUser: "svc-flows",
          credentials: "secret",
        },
        certificates: TEST_CERTIFICATES.slice(0, 2).map(({ pem, label }) => ({ pem, label })),
      });
      const zip = await buildZip(generateFiles(installPlan(config)));
      const viaLink = decoded(encodeShareLink(config)).config;
      expect(
        Buffer.from(await buildZip(generateFiles(installPlan(viaLink)))).equals(Buffer.from(zip)),
      ).toBe(true);
      const file = generateFiles(installPlan(config)).find((f) => f.path === "wizard-config.json")!;
      const viaFile = parseWizardConfigFile(file.contents);
      if (!viaFile.ok) throw new Error(viaFile.error);
      expect(
        Buffer.from(await buildZip(generateFiles(installPlan(viaFile.config)))).equals(
          Buffer.from(zip),
        ),
      ).toBe(true);
    },
  );
});
