import { describe, expect, it } from "vitest";
import { parseConfig } from "../config/schema";
import { errorsByStep, nextStep, previewFileForStep, previousStep, stepForPath } from "./steps";

describe("steps", () => {
  it("places each config path on the step that edits it", () => {
    expect(stepForPath("basics.appDomain")).toBe("basics");
    expect(stepForPath("network.egress.runtimeImage")).toBe("network");
    expect(stepForPath("proxy.noProxy.2")).toBe("proxy");
    expect(stepForPath("certificates.0.pem")).toBe("certificates");
    expect(stepForPath("")).toBeNull();
  });

  it("counts the schema's issues per step", () => {
    const result = parseConfig({
      basics: { appDomain: "Not A Domain", namespace: "" },
      proxy: { enabled: true, httpProxy: "proxy:3128" },
    });
    if (result.success) throw new Error("expected issues");
    expect(errorsByStep(result.issues)).toEqual({ basics: 2, proxy: 1 });
  });

  it("walks the steps in order and stops at both ends", () => {
    expect(nextStep("start")).toBe("basics");
    expect(nextStep("review")).toBeNull();
    expect(previousStep("basics")).toBe("start");
    expect(previousStep("start")).toBeNull();
  });
});

describe("previewFileForStep", () => {
  const paths = [
    "README.md",
    "egress-allowlist.md",
    "helm/values.yaml",
    "install.sh",
    "terraform/spacelift-flows.auto.tfvars",
  ];
  it("shows what each step changes", () => {
    expect(previewFileForStep("network", paths, true)).toBe("egress-allowlist.md");
    expect(previewFileForStep("network", paths, false)).toBe(
      "terraform/spacelift-flows.auto.tfvars",
    );
    expect(previewFileForStep("proxy", paths, false)).toBe("helm/values.yaml");
    expect(previewFileForStep("certificates", paths, false)).toBe(
      "terraform/spacelift-flows.auto.tfvars",
    );
    expect(previewFileForStep("review", paths, false)).toBe("install.sh");
    expect(previewFileForStep("review", ["README.md"], false)).toBe("README.md");
  });
});
