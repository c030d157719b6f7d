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

describe("upgradeConfigInput, proxy credentials", () => {
  it("moves a URL's user name to its field and its password to the (never stored) password field", () => {
    expect(
      upgradeConfigInput({
        proxy: {
          httpProxy: "http://bob:pa%24%24@proxy.corp:3128",
          httpsProxy: "http://carol@tls.corp:3129",
        },
      }),
    ).toEqual({
      proxy: {
        httpProxy: "http://proxy.corp:3128",
        httpUser: "bob",
        httpPassword: "pa$$",
        httpsProxy: "http://tls.corp:3129",
        httpsUser: "carol",
      },
    });
  });

  it("keeps a user name already in its field, and leaves URLs without credentials alone", () => {
    const input = { proxy: { httpProxy: "http://proxy.corp:3128", httpUser: "x" } };
    expect(upgradeConfigInput(input)).toBe(input);
    expect(
      upgradeConfigInput({ proxy: { httpProxy: "http://bob:pw@p:3128", httpUser: "alice" } }),
    ).toEqual({ proxy: { httpProxy: "http://p:3128", httpUser: "alice", httpPassword: "pw" } });
  });
});
