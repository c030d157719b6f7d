import { describe, expect, it } from "vitest";
import { unmanagedChanges } from "./check";

const intended = {
  appDomain: "a.example",
  server: { extraEnv: [{ name: "HTTP_PROXY", value: "http://p:1" }] },
};

describe("unmanagedChanges: what a merge must never touch", () => {
  it.each([
    ["a key the wizard does not set", { replicas: 1 }, { replicas: 2 }, ["replicas"]],
    ["a key removed", { replicas: 1 }, {}, ["replicas"]],
    ["a key added outside", {}, { other: 1 }, ["other"]],
    [
      "a key beside the wizard's in a mapping",
      { server: { replicas: 1 } },
      { server: { replicas: 3 } },
      ["server.replicas"],
    ],
    [
      "an env entry the wizard does not set",
      { server: { extraEnv: [{ name: "A", value: "1" }] } },
      { server: { extraEnv: [{ name: "A", value: "2" }] } },
      ["server.extraEnv"],
    ],
    [
      "the order of the user's env entries",
      { server: { extraEnv: [{ name: "A" }, { name: "B" }] } },
      { server: { extraEnv: [{ name: "B" }, { name: "A" }] } },
      ["server.extraEnv"],
    ],
  ])("finds %s", (_, before, after, paths) => {
    expect(unmanagedChanges(before, after, intended)).toEqual(paths);
  });

  it.each([
    ["the wizard's own value", { appDomain: "old" }, { appDomain: "a.example" }],
    [
      "the wizard's env entries, any spelling",
      { server: { extraEnv: [{ name: "http_proxy", value: "old" }, { name: "A" }] } },
      { server: { extraEnv: [{ name: "http_proxy", value: "http://p:1" }, { name: "A" }] } },
    ],
    ["a mapping the wizard creates", {}, { server: { extraEnv: [] } }],
  ])("accepts %s", (_, before, after) => {
    expect(unmanagedChanges(before, after, intended)).toEqual([]);
  });
});
