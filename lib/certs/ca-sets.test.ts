// A CA set per module: certificates scoped to the services reach only the main module, those
// scoped to the agents only the agents (EC2 module and agent chart), and each generated value
// decodes back to exactly its set.
import { describe, expect, it } from "vitest";
import { installPlan } from "../plan";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { decodeCustomCaCertificates } from "./custom-ca-value";
import { caValues } from "./ca-sets";
import { parseTestConfig } from "../testing/config";
import { parseHcl } from "../testing/hcl";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { agentValuesFile } from "../generators/agent-values";
import { mainTfFile, tfvarsFile } from "../generators/terraform";
import { userDataBudget } from "../ec2-user-data/user-data-budget";
import { generateFiles } from "../generators";

const [a, b, c] = TEST_CERTIFICATES;
const cert = (index: number, scope?: string) => ({
  pem: TEST_CERTIFICATES[index]!.pem,
  label: TEST_CERTIFICATES[index]!.label,
  ...(scope ? { scope } : {}),
});

function decoded(value: unknown): string[] {
  const result = decodeCustomCaCertificates(String(value));
  if (!result.ok) throw new Error(result.error);
  return result.pems;
}

describe("CA set per module", () => {
  const split = parseTestConfig({
    basics: { agents: { ec2: true, kubernetes: true } },
    certificates: [cert(0, "services"), cert(1), cert(2, "agents")],
  });

  it("gives the main module and the agents two different values, each its own set", async () => {
    const values = caValues(split);
    expect(values.split).toBe(true);
    expect(decoded(values.services)).toEqual([a.pem, b.pem]);
    expect(decoded(values.agents)).toEqual([b.pem, c.pem]);

    const tfvars = await parseHcl(tfvarsFile(installPlan(split)).contents, "x.tfvars");
    expect(decoded(tfvars.custom_ca_certificates)).toEqual([a.pem, b.pem]);
    expect(decoded(tfvars.agent_custom_ca_certificates)).toEqual([b.pem, c.pem]);

    const tf = (await parseHcl(mainTfFile(installPlan(split)).contents)) as Record<
      string,
      Record<string, [Record<string, unknown>]>
    >;
    expect(tf.module!.spacelift_flows![0].custom_ca_certificates).toBe(
      "${var.custom_ca_certificates}",
    );
    expect(tf.module!.spacelift_flows_agent_pool![0].custom_ca_certificates).toBe(
      '${var.agent_custom_ca_certificates == "" ? null : var.agent_custom_ca_certificates}',
    );
    expect(tf.variable).toHaveProperty("agent_custom_ca_certificates");

    const agentValues = parseYaml(agentValuesFile(installPlan(split))!.contents) as {
      agent: { extraEnv: { name: string; value: string }[] };
    };
    const env = agentValues.agent.extraEnv.find((e) => e.name === "FLOWS_ADDITIONAL_ROOT_CAS");
    expect(decoded(env?.value)).toEqual([b.pem, c.pem]);
  });

  it("counts only the agents' set against the EC2 user data", () => {
    const servicesOnly = parseTestConfig({
      basics: { agents: { ec2: true } },
      certificates: [cert(0, "services"), cert(1, "services")],
    });
    const both = parseTestConfig({
      basics: { agents: { ec2: true } },
      certificates: [cert(0), cert(1)],
    });
    expect(userDataBudget(installPlan(servicesOnly))!.caValue).toBe(0);
    expect(userDataBudget(installPlan(both))!.caValue).toBeGreaterThan(1000);
  });

  it("keeps one variable when every certificate is in both sets", async () => {
    const config = parseTestConfig({
      basics: { agents: { ec2: true } },
      certificates: [cert(0), cert(1)],
    });
    expect(caValues(config).split).toBe(false);
    const tfvars = await parseHcl(tfvarsFile(installPlan(config)).contents, "x.tfvars");
    expect(tfvars).not.toHaveProperty("agent_custom_ca_certificates");
    const tf = mainTfFile(installPlan(config)).contents;
    expect(tf).toContain(
      'custom_ca_certificates = var.custom_ca_certificates == "" ? null : var.custom_ca_certificates',
    );
  });

  it("gives the agents nothing when every certificate is for the services", async () => {
    const config = parseTestConfig({
      basics: { agents: { ec2: true, kubernetes: true } },
      certificates: [cert(0, "services")],
    });
    const tfvars = await parseHcl(tfvarsFile(installPlan(config)).contents, "x.tfvars");
    expect(tfvars.agent_custom_ca_certificates).toBe("");
    expect(agentValuesFile(installPlan(config))!.contents).not.toContain(
      "FLOWS_ADDITIONAL_ROOT_CAS",
    );
  });

  it("says in the bundle README which certificate is in which set, and its recipes rebuild both values", async () => {
    const files = generateFiles(installPlan(split));
    const readme = files.find((f) => f.path === "README.md")!.contents;
    expect(readme).toMatch(/services only/i);
    expect(readme).toMatch(/agents only/i);
    const section = readme.slice(readme.indexOf("## Custom CA certificates"));
    const scripts = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const recipes = scripts.filter((script) => script.includes("caCertificates"));
    expect(recipes).toHaveLength(2);
    const dir = mkdtempSync(join(tmpdir(), "ca-sets-"));
    try {
      for (const file of files.filter((f) => f.path.startsWith("certs/"))) {
        mkdirSync(join(dir, "certs"), { recursive: true });
        writeFileSync(join(dir, file.path), file.contents);
      }
      for (const recipe of recipes)
        execFileSync("bash", ["-euo", "pipefail", "-c", recipe], { cwd: dir });
      const tfvars = await parseHcl(tfvarsFile(installPlan(split)).contents, "x.tfvars");
      expect(readFileSync(join(dir, "custom_ca_certificates.txt"), "utf8")).toBe(
        tfvars.custom_ca_certificates,
      );
      expect(readFileSync(join(dir, "agent_custom_ca_certificates.txt"), "utf8")).toBe(
        tfvars.agent_custom_ca_certificates,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
