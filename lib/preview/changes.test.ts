import { describe, expect, it } from "vitest";
import { configSchema, defaultConfig, type Config } from "../config/schema";
import type { GeneratedFile } from "../generators/types";
import { describeChanges, linesNotIn } from "./changes";

// A stand-in for the real generators: small, but with the same kinds of dependencies
// (a line per setting, a line that needs two settings, a file that exists only sometimes).
function generate(config: Config): GeneratedFile[] {
  const values = [
    `appDomain: ${config.basics.appDomain}`,
    `scheme: ${config.network.ingressScheme}`,
    "enabled: true",
  ];
  if (config.proxy.enabled && config.network.ingressScheme === "internal")
    values.push("# private and proxied");
  const files: GeneratedFile[] = [
    { path: "helm/values.yaml", contents: values.join("\n"), language: "yaml", description: "" },
  ];
  if (config.certificates.length > 0)
    files.push({ path: "certs/ca.pem", contents: "pem", language: "pem", description: "" });
  return files;
}

const PEM = `-----BEGIN CERTIFICATE-----\n${"A".repeat(64)}\nAAAA\n-----END CERTIFICATE-----\n`;

describe("describeChanges", () => {
  it("marks nothing for the default configuration", () => {
    const changes = describeChanges(defaultConfig, generate);
    expect(changes.get("helm/values.yaml")).toEqual({
      isNew: false,
      reasons: [],
      lines: new Map(),
    });
  });

  it("names the setting behind each changed line", () => {
    const config = configSchema.parse({
      basics: { appDomain: "flows.acme.io" },
      network: { ingressScheme: "internal" },
    });
    const values = describeChanges(config, generate).get("helm/values.yaml")!;
    expect([...values.lines]).toEqual([
      [0, ["App domain (Basics)"]],
      [1, ["Private ingress (Network)"]],
    ]);
  });

  it("names every setting a line needs when it takes two of them", () => {
    const config = configSchema.parse({
      network: { ingressScheme: "internal" },
      proxy: { enabled: true, httpProxy: "http://proxy.acme.io:3128" },
    });
    const values = describeChanges(config, generate).get("helm/values.yaml")!;
    expect(values.lines.get(3)).toEqual(["Private ingress (Network)", "HTTP proxy (Proxy)"]);
  });

  it("reports a file the defaults do not produce as new, with the setting that adds it", () => {
    const config = configSchema.parse({ certificates: [{ pem: PEM, label: "root" }] });
    expect(describeChanges(config, generate).get("certs/ca.pem")).toEqual({
      isNew: true,
      reasons: ["CA certificates (Certificates)"],
      lines: new Map(),
    });
  });
});

describe("linesNotIn", () => {
  it("counts repeated lines, so a second copy of a line is a change", () => {
    expect(linesNotIn("a\nb\na", "a\nb")).toEqual([2]);
    expect(linesNotIn("a\nb", "b\na")).toEqual([]);
  });
});

describe("describeChanges, given the files already generated", () => {
  it("generates again only each setting that differs from its default, never the configuration itself", () => {
    const config = configSchema.parse({
      basics: { appDomain: "flows.acme.io" },
      network: { ingressScheme: "internal" },
    });
    const generated: string[] = [];
    const counting = (c: Config) => {
      generated.push(JSON.stringify(c));
      return generate(c);
    };
    const changes = describeChanges(config, counting, generate(config), generate(defaultConfig));
    // App domain and ingress scheme differ from their defaults: one generation each.
    expect(generated).toHaveLength(2);
    expect(generated).not.toContain(JSON.stringify(config));
    expect(changes.get("helm/values.yaml")!.reasons.sort()).toEqual([
      "App domain (Basics)",
      "Private ingress (Network)",
    ]);
  });
});
