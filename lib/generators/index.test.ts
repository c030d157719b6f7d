import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { execFileSync } from "node:child_process";
import { parse } from "yaml";
import { parseConfig, type Config } from "../config/schema";
import { parseHcl } from "../testing/hcl";
import { adversarialString, configInput, validConfig } from "../testing/arbitraries";

import { generateFiles } from "./index";

import { withoutSecrets } from "../share/secrets";

const FREE_TEXT_FIELDS = [
  ["basics", "appDomain"],
  ["basics", "namespace"],
  ["basics", "releaseName"],
  ["basics", "awsRegion"],
  ["network", "egress", "runtimeImage"],
  ["network", "egress", "backendImageRepository"],
  ["network", "egress", "agentImageRepository"],
  ["proxy", "httpProxy"],
  ["proxy", "httpsProxy"],
  ["proxy", "secretName"],
  ["proxy", "noProxy", 0],
  ["certificates", 0, "label"],
] as const;

function setPath(target: unknown, path: readonly (string | number)[], value: string): unknown {
  const copy = structuredClone(target) as Record<string | number, unknown>;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** Every generated file parsed back must equal what the configuration meant. */
function checkRoundTrip(files: ReturnType<typeof generateFiles>, config: Config) {
  const byPath = new Map(files.map((f) => [f.path, f.contents]));
  expect(parse(byPath.get("helm/values.yaml")!)).toEqual(installPlan(config).chartValues.flows);
  expect(parse(byPath.get("helm/values.yaml")!, { version: "1.1" })).toEqual(
    installPlan(config).chartValues.flows,
  );
  if (config.basics.agents.kubernetes)
    expect(parse(byPath.get("helm/agent-values.yaml")!, { version: "1.1" })).toEqual(
      installPlan(config).chartValues.agent,
    );
  expect(JSON.parse(byPath.get("wizard-config.json")!).config).toEqual(
    withoutSecrets(config).config,
  );
  for (const file of files) {
    expect(file.path).toMatch(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/);
    if (file.language === "hcl" || file.language === "yaml" || file.language === "shell")
      expect(file.contents).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  }
}

describe("generateFiles", () => {
  it("round-trips every valid configuration through YAML and JSON (1,000 runs)", () => {
    fc.assert(
      fc.property(validConfig, (config) =>
        checkRoundTrip(generateFiles(installPlan(config)), config),
      ),
      { numRuns: 1000 },
    );
  });

  it("round-trips tfvars through a real HCL parser", async () => {
    await fc.assert(
      fc.asyncProperty(validConfig, async (config) => {
        const tfvars = generateFiles(installPlan(config)).find((f) =>
          f.path.endsWith(".auto.tfvars"),
        )!;
        expect(await parseHcl(tfvars.contents, "x.tfvars")).toEqual(
          Object.fromEntries(installPlan(config).terraform.tfvars),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("either refuses an adversarial string with a message, or every file round-trips it (1,000 runs)", () => {
    fc.assert(
      fc.property(
        configInput.filter(
          (i) => (i.certificates?.length ?? 0) > 0 && (i.proxy?.noProxy?.length ?? 0) > 0,
        ),
        fc.constantFrom(...FREE_TEXT_FIELDS),
        adversarialString,
        (input, path, value) => {
          const result = parseConfig(setPath(input, path, value));
          if (!result.success) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
            return;
          }
          checkRoundTrip(generateFiles(installPlan(result.data)), result.data);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("writes no proxy password in any file in Secret mode", () => {
    fc.assert(
      fc.property(validConfig, fc.stringMatching(/^[A-Za-z0-9]{12,20}$/), (config, password) => {
        const withPassword = {
          ...config,
          proxy: {
            ...config.proxy,
            enabled: true,
            credentials: "secret" as const,
            httpProxy: `http://user:${password}@proxy.corp:3128`,
          },
        };
        for (const file of generateFiles(installPlan(withPassword)))
          expect(file.contents).not.toContain(password);
      }),
      { numRuns: 200 },
    );
  });

  it("lists every other file in SHA256SUMS, and sha256sum agrees", () => {
    const [config] = fc.sample(validConfig, { numRuns: 1, seed: 7 });
    const files = generateFiles(installPlan(config!));
    const sums = files.find((f) => f.path === "SHA256SUMS")!.contents;
    const dir = execFileSync("mktemp", ["-d"]).toString().trim();
    for (const file of files) {
      execFileSync("mkdir", ["-p", `${dir}/${file.path.split("/").slice(0, -1).join("/")}`]);
      execFileSync("tee", [`${dir}/${file.path}`], {
        input: file.contents,
        stdio: ["pipe", "ignore", "inherit"],
      });
    }
    expect(execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: dir }).toString()).not.toMatch(
      /FAILED/,
    );
    expect(sums.trim().split("\n")).toHaveLength(files.length - 1);
  });

  it("is deterministic: the same configuration gives the same files", () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        expect(generateFiles(installPlan(structuredClone(config)))).toEqual(
          generateFiles(installPlan(config)),
        );
      }),
      { numRuns: 50 },
    );
  });
});
