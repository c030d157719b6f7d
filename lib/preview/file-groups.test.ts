import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import { configSchema } from "../config/schema";
import { generateFiles } from "../generators/index";
import { fileGroupOf, groupFiles, shortName } from "./file-groups";

describe("groupFiles", () => {
  it("puts every file of a full bundle in exactly one group, in a fixed order", () => {
    const config = configSchema.parse({
      basics: { agents: { ec2: true, kubernetes: true } },
      network: { ingressScheme: "internal", egress: { restricted: true } },
    });
    const paths = generateFiles(installPlan(config)).map((f) => f.path);
    const groups = groupFiles(paths);
    expect(groups.flatMap((g) => g.paths).sort()).toEqual([...paths].sort());
    expect(groups.map((g) => g.id)).toEqual(["helm", "terraform", "scripts", "egress", "docs"]);
    expect(groups.find((g) => g.id === "egress")!.paths.every((p) => p.startsWith("egress-"))).toBe(
      true,
    );
    expect(groups.find((g) => g.id === "scripts")!.paths).toEqual([
      "install.sh",
      "preflight.sh",
      "verify.sh",
    ]);
  });

  it("leaves out groups with no file", () => {
    expect(groupFiles(["README.md"]).map((g) => g.label)).toEqual(["Docs"]);
    expect(groupFiles([])).toEqual([]);
  });

  it("files the allowlist's Terraform under egress, certificates under their own group", () => {
    expect(fileGroupOf("egress-allowlist.aws.tf")).toBe("egress");
    expect(fileGroupOf("certs/corp-root.pem")).toBe("certificates");
    expect(fileGroupOf("wizard-config.json")).toBe("docs");
    expect(fileGroupOf("SHA256SUMS")).toBe("docs");
  });
});

describe("shortName", () => {
  it("drops the folder the group names, and nothing else", () => {
    expect(shortName("helm/values.yaml")).toBe("values.yaml");
    expect(shortName("terraform/main.tf")).toBe("main.tf");
    expect(shortName("certs/a.pem")).toBe("a.pem");
    expect(shortName("egress-allowlist.csv")).toBe("egress-allowlist.csv");
  });
});

describe("the groups of the node and GitOps files", () => {
  it("puts kubernetes/ and gitops/ files in their own groups, after Helm", () => {
    const groups = groupFiles([
      "helm/values.yaml",
      "kubernetes/node-class.yaml",
      "gitops/README.md",
      "gitops/apps/flows.yaml",
      "README.md",
    ]);
    expect(groups.map((g) => g.id)).toEqual(["helm", "kubernetes", "gitops", "docs"]);
    expect(shortName("kubernetes/node-class.yaml")).toBe("node-class.yaml");
    expect(shortName("gitops/apps/flows.yaml")).toBe("gitops/apps/flows.yaml");
  });
});
