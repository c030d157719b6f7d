import { installPlan } from "../plan";
import { parseTestConfig } from "../testing/config";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { encodeCustomCaCertificates } from "../certs/custom-ca-value";
import { fakePem } from "../testing/arbitraries";
import { generateFiles } from "./index";

function unpack(files: ReturnType<typeof generateFiles>): string {
  const dir = mkdtempSync(join(tmpdir(), "bundle-"));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
  return dir;
}

describe("bundle README.md", () => {
  it("holds a recipe that rebuilds custom_ca_certificates from certs/ exactly", () => {
    const pems = fc.sample(fakePem, { numRuns: 3, seed: 42 });
    const config = parseTestConfig({
      certificates: pems.map((pem, i) => ({ pem, label: `Root ${i} "quoted" $(x)` })),
    });
    const files = generateFiles(installPlan(config));
    const readme = files.find((f) => f.path === "README.md")!.contents;
    const recipe = /## Custom CA certificates[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const out = execFileSync("bash", ["-euo", "pipefail", "-c", recipe], {
      cwd: unpack(files),
    }).toString();
    expect(out).toBe(encodeCustomCaCertificates(pems));
  });

  it("warns when the value is too large for the EC2 agent's user data", () => {
    const pems = fc.sample(fakePem, { numRuns: 40, seed: 1 });
    const config = parseTestConfig({ certificates: pems.map((pem) => ({ pem, label: "x" })) });
    const readme = generateFiles(installPlan(config)).find((f) => f.path === "README.md")!.contents;
    expect(readme).toContain("**Warning:** The EC2 agents' user data would be");
  });

  it("lists the private VPC checklist only for an internal ingress", () => {
    const readme = (input: object) =>
      generateFiles(installPlan(parseTestConfig(input))).find((f) => f.path === "README.md")!
        .contents;
    expect(readme({ network: { ingressScheme: "internal" } })).toContain(
      "## Private VPC checklist",
    );
    expect(readme({})).not.toContain("## Private VPC checklist");
  });
});

describe("bundle README.md, the steps by hand", () => {
  const configs = [
    {},
    {
      proxy: {
        enabled: true,
        httpProxy: "http://u:p@proxy.corp:3128",
        httpsProxy: "http://v:q@tls.corp:3129",
      },
    },
    {
      basics: { agents: { ec2: true, kubernetes: true } },
      network: { egress: { mirror: "module-ecr" } },
    },
  ] as const;

  it.each(configs)("set every variable before a command uses it (%j)", (input) => {
    const readme = generateFiles(installPlan(parseTestConfig(input))).find(
      (f) => f.path === "README.md",
    )!;
    const steps = readme.contents.slice(readme.contents.indexOf("## Steps"));
    const blocks = [...steps.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const assigned = new Set<string>();
    const unset: string[] = [];
    for (const line of blocks.join("\n").split("\n")) {
      const code = line.trim();
      if (code.startsWith("#")) continue;
      // `${NAME+set}` tests whether a variable is set: not a use.
      for (const [, name] of code
        .replace(/\$\{[A-Z_]+\+set\}/g, "")
        .matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g))
        if (!assigned.has(name!)) unset.push(name!);
      for (const [, name] of code.matchAll(/(?:^|export |\s)([A-Z][A-Z0-9_]*)=/g))
        assigned.add(name!);
      const read = /read -r -s -p .* ([A-Z][A-Z0-9_]*)$/.exec(code);
      if (read) assigned.add(read[1]!);
    }
    expect(unset).toEqual([]);
    expect(assigned).toContain("NAMESPACE");
  });
});
