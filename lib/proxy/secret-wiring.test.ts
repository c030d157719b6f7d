// Proxy credentials reach the pods through a Kubernetes Secret: the values files reference it,
// and no file of the bundle holds the password, in any encoding.
import { parseTestConfig } from "../testing/config";
import { installPlan } from "../plan";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type ConfigInput } from "../config/schema";
import { generateFiles } from "../generators/index";
import { encodeUserinfo } from "./url";

// A marker keeps the password distinct from any text the bundle holds anyway.
const password = fc.string({ unit: "binary", minLength: 1, maxLength: 12 }).map((s) => `Pw7q${s}`);

function input(secret: string, credentials: "secret" | "plain", kubernetes = true): ConfigInput {
  return {
    basics: { agents: { ec2: true, kubernetes } },
    network: { egress: { restricted: true } },
    proxy: {
      enabled: true,
      httpProxy: `http://svc-flows:${encodeUserinfo(secret)}@proxy.corp.example:3128`,
      httpsProxy: `http://svc-flows:${encodeUserinfo(secret)}@proxy2.corp.example:3129`,
      credentials,
    },
  };
}

function forms(secret: string): string[] {
  return [
    secret,
    encodeUserinfo(secret),
    encodeURIComponent(secret),
    Buffer.from(secret, "utf8").toString("base64"),
  ];
}

type Env = {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef: { name: string; key: string } };
};

describe("proxy credentials in Secret mode", () => {
  it("no generated file holds the password, raw or encoded (property)", () => {
    fc.assert(
      fc.property(password, (secret) => {
        const files = generateFiles(installPlan(parseTestConfig(input(secret, "secret"))));
        for (const file of files)
          for (const form of forms(secret))
            expect(file.contents.includes(form), `${file.path} holds ${form}`).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it("the values files take HTTP_PROXY and HTTPS_PROXY from the Secret", () => {
    const files = generateFiles(installPlan(parseTestConfig(input("p@ss word", "secret"))));
    const values = parse(files.find((f) => f.path === "helm/values.yaml")!.contents);
    for (const component of ["server", "worker", "gateway"]) {
      const env = values[component].extraEnv as Env[];
      for (const name of ["HTTP_PROXY", "HTTPS_PROXY"])
        expect(env.find((e) => e.name === name)).toEqual({
          name,
          valueFrom: { secretKeyRef: { name: "spacelift-flows-proxy", key: name } },
        });
      expect(env.find((e) => e.name === "NO_PROXY")?.value).toBe(
        "localhost,127.0.0.1,.cluster.local",
      );
    }
    const agent = parse(files.find((f) => f.path === "helm/agent-values.yaml")!.contents);
    expect(JSON.stringify(agent.agent.extraEnv)).toContain("secretKeyRef");
  });

  it("install.sh creates the Secret from a prompt or variable", () => {
    const install = generateFiles(installPlan(parseTestConfig(input("x", "secret")))).find(
      (f) => f.path === "install.sh",
    )!;
    expect(install.contents).toContain('"kind":"Secret"');
    expect(install.contents).toContain("| kubectl apply -f -");
    expect(install.contents).toMatch(/read -r -s -p/);
    expect(install.contents).toContain("FLOWS_PROXY_PASSWORD");
  });

  it("plain mode, chosen on purpose, does write the encoded password (so the search above can fail)", () => {
    const files = generateFiles(installPlan(parseTestConfig(input("Pw7q'$x", "plain"))));
    const values = files.find((f) => f.path === "helm/values.yaml")!;
    expect(values.contents).toContain(encodeUserinfo("Pw7q'$x"));
  });
});
