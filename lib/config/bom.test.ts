import { describe, expect, it } from "vitest";
import { bomNote, bomNotes } from "./bom";

describe("byte-order marks", () => {
  it("are noted in every text field outside the proxy section, with its path", () => {
    expect(
      bomNotes({
        basics: { appDomain: "\uFEFFflows.acme.io", namespace: "flows" },
        network: { vpc: { privateSubnetIds: ["subnet-0000000a", "\uFEFFsubnet-0000000b"] } },
        proxy: { httpProxy: "\uFEFFhttp://p:3128" },
        certificates: [{ label: "\uFEFFRoot" }],
      }).map((n) => n.path),
    ).toEqual(["basics.appDomain", "network.vpc.privateSubnetIds.1", "certificates.0.label"]);
    expect(bomNote("\uFEFFx")).toMatch(/byte-order mark .* was removed/);
    expect(bomNote("x\uFEFF")).toBeNull();
  });
});
