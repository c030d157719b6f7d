import { describe, expect, it } from "vitest";
import { upgradeConfigInput } from "./upgrade";

describe("upgradeConfigInput", () => {
  it("reads a mirror repository without a mirror choice as the user's own registry", () => {
    expect(
      upgradeConfigInput({ network: { egress: { agentImageRepository: "registry.corp/agent" } } }),
    ).toEqual({
      network: { egress: { agentImageRepository: "registry.corp/agent", mirror: "own" } },
    });
  });

  it("leaves an input with a mirror choice, or with no repository, as it is", () => {
    const chosen = { network: { egress: { mirror: "public", agentImageRepository: "r.corp/a" } } };
    expect(upgradeConfigInput(chosen)).toBe(chosen);
    const none = { network: { egress: { agentImageRepository: " " } } };
    expect(upgradeConfigInput(none)).toBe(none);
    expect(upgradeConfigInput("text")).toBe("text");
    expect(upgradeConfigInput({ network: null })).toEqual({ network: null });
  });
});
