import { describe, expect, it } from "vitest";
import { parseConfig, type Config } from "../config/schema";
import { generateFiles } from "../generators";
import { installPlan } from "../plan";
import { mergeSources } from "./merge-sources";
import { blankSourceMessage } from "./source-file";
import { loadTree } from "./testing/helpers";

function config(input: unknown): Config {
  const parsed = parseConfig(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}

const kubernetesAgents = config({
  basics: { appDomain: "flows.corp.example", agents: { ec2: false, kubernetes: true } },
});

describe("the merged values files in the bundle", () => {
  it("puts the merged values file in place of the generated one and says so", () => {
    const files = generateFiles(
      installPlan(kubernetesAgents, {
        values: "# ours\nreplicaCount: 3 # keep\n",
        agentValues: "agent:\n  poolSize: 4 # ours\n",
      }),
    );
    const values = files.find((f) => f.path === "helm/values.yaml")!;
    expect(values.contents.startsWith("# ours\nreplicaCount: 3 # keep\n")).toBe(true);
    expect(loadTree(values.contents).appDomain).toBe("flows.corp.example");
    expect(values.description).toMatch(
      /^Your own values file with the wizard's settings merged in/,
    );
    const agent = files.find((f) => f.path === "helm/agent-values.yaml")!;
    expect(agent.contents).toContain("poolSize: 4 # ours");
  });

  it("keeps the generated file and explains why when the user's file cannot be merged", () => {
    const generated = generateFiles(installPlan(kubernetesAgents));
    const files = generateFiles(installPlan(kubernetesAgents, { values: "ingress: nginx\n" }));
    const values = files.find((f) => f.path === "helm/values.yaml")!;
    expect(values.contents).toBe(generated.find((f) => f.path === "helm/values.yaml")!.contents);
    expect(values.description).toMatch(/could not be merged \(ingress in your file is a string/);
  });

  it("ignores an empty field and an agent file when agents do not run in Kubernetes", () => {
    const ec2 = config({});
    const generated = generateFiles(installPlan(ec2));
    expect(generateFiles(installPlan(ec2, { values: "", agentValues: "a: 1\n" }))).toEqual(
      generated,
    );
  });

  it.each(["  \n", "\n\n", "\t", "\uFEFF \r\n"])(
    "says a pasted text of only blanks (%j) is empty, and keeps the generated file",
    (blank) => {
      const generated = generateFiles(installPlan(kubernetesAgents));
      const outcome = mergeSources(installPlan(kubernetesAgents).chartValues, {
        values: blank,
        agentValues: blank,
      });
      expect(outcome.values).toEqual({ ok: false, error: blankSourceMessage("values.yaml") });
      expect(outcome.agentValues).toEqual({
        ok: false,
        error: blankSourceMessage("agent-values.yaml"),
      });
      expect(blankSourceMessage("values.yaml")).toMatch(
        /^The text holds only spaces and blank lines, so there is nothing to merge into: paste your values file .*helm get values RELEASE -n NAMESPACE.*, or clear the field to use the wizard's own values\.yaml\.$/,
      );
      const merged = generateFiles(installPlan(kubernetesAgents, { values: blank }));
      const valuesOf = (files: typeof generated) =>
        files.find((f) => f.path === "helm/values.yaml")!.contents;
      expect(valuesOf(merged)).toBe(valuesOf(generated));
    },
  );
});

describe("generateFiles with mergeSources", () => {
  it("bundles the merged file, and README and SHA256SUMS describe that file", async () => {
    const { sha256 } = await import("@noble/hashes/sha2.js");
    const { bytesToHex, utf8ToBytes } = await import("@noble/hashes/utils.js");
    const files = generateFiles(installPlan(kubernetesAgents, { values: "# ours\nx: 1\n" }));
    const values = files.find((f) => f.path === "helm/values.yaml")!;
    expect(values.contents.startsWith("# ours\nx: 1\n")).toBe(true);
    const readme = files.find((f) => f.path === "README.md")!.contents;
    expect(readme).toMatch(
      /`helm\/values.yaml` \| Your own values file with the wizard's settings merged in/,
    );
    const sums = files.find((f) => f.path === "SHA256SUMS")!.contents;
    expect(sums).toContain(`${bytesToHex(sha256(utf8ToBytes(values.contents)))}  helm/values.yaml`);
  });
});
