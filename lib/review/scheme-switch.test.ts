import { describe, expect, it } from "vitest";
import { installPlan } from "../plan";
import { configSchema } from "../config/schema";
import { generateFiles } from "../generators/index";
import { schemeSwitchWarnings } from "./scheme-switch";

const internal = configSchema.parse({
  basics: { appDomain: "flows.corp.internal" },
  network: { ingressScheme: "internal" },
});
const publicConfig = configSchema.parse({ basics: { appDomain: "flows.acme.io" } });

const values = (scheme: string, extra = "") =>
  `ingress:\n  annotations:\n    alb.ingress.kubernetes.io/scheme: ${scheme}\n${extra}`;

describe("schemeSwitchWarnings", () => {
  it("warns when the merge turns an internet-facing release internal, with a link to the field", () => {
    const [warning, ...rest] = schemeSwitchWarnings(internal, {
      values: values("internet-facing # public for now"),
    });
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ step: "network", field: "network.ingressScheme" });
    expect(warning!.message).toMatch(/from internet-facing \(public subnets\) to internal/);
    expect(warning!.message).toMatch(/new DNS name/);
    expect(warning!.message).toMatch(/DNS records of flows\.corp\.internal/);
    expect(warning!.message).not.toMatch(/group/);
  });

  it("warns the other way round too", () => {
    const [warning] = schemeSwitchWarnings(publicConfig, { values: values("internal") });
    expect(warning!.message).toMatch(/from internal \(private subnets\) to internet-facing/);
  });

  it("adds the ALB group clash when the file names a group", () => {
    const [warning] = schemeSwitchWarnings(internal, {
      values: values("internet-facing", "    alb.ingress.kubernetes.io/group.name: corp-shared\n"),
    });
    expect(warning!.message).toMatch(/ALB group "corp-shared".*must all have the same scheme/);
  });

  it("says nothing when the schemes agree, the file sets none, or no file is given", () => {
    expect(schemeSwitchWarnings(internal, { values: values('"internal"') })).toEqual([]);
    expect(schemeSwitchWarnings(internal, { values: "ingress:\n  enabled: true\n" })).toEqual([]);
    expect(schemeSwitchWarnings(internal, {})).toEqual([]);
    expect(schemeSwitchWarnings(internal, { values: "" })).toEqual([]);
  });

  it("reads the annotation through anchors, << merge keys and helm get values output", () => {
    const text =
      "USER-SUPPLIED VALUES:\nx-ann: &ann\n  alb.ingress.kubernetes.io/scheme: internet-facing\n" +
      "ingress:\n  annotations:\n    <<: *ann\n";
    expect(schemeSwitchWarnings(internal, { values: text })).toHaveLength(1);
  });

  it("never throws on text that is not a values file", () => {
    for (const text of ["- a\n- b\n", "ingress: [1\n", "ingress: 3\n", "a: *missing\n", "\u0000"])
      expect(schemeSwitchWarnings(internal, { values: text })).toEqual([]);
    expect(schemeSwitchWarnings(internal, { values: values("{internet-facing: 1}") })).toEqual([]);
  });

  it("agrees with what the bundle's merged values.yaml then holds", () => {
    const files = generateFiles(
      installPlan(
        internal,
        {
          mergeSources: { values: values("internet-facing") },
        }.mergeSources,
      ),
    );
    const merged = files.find((f) => f.path === "helm/values.yaml")!.contents;
    expect(merged).toContain("alb.ingress.kubernetes.io/scheme: internal");
  });
});
