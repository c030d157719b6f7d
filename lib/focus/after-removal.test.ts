import { describe, expect, it } from "vitest";
import { focusAfterRemoval } from "./after-removal";

describe("focusAfterRemoval", () => {
  it("moves to the next item, else the previous one, else nowhere (the input)", () => {
    expect(focusAfterRemoval(["a", "b", "c"], ["a", "c"], 1)).toBe("c");
    expect(focusAfterRemoval(["a", "b", "c"], ["a", "b"], 2)).toBe("b");
    expect(focusAfterRemoval(["a"], [], 0)).toBeNull();
  });

  it("skips items removed together with the one asked for", () => {
    // "::1" goes with "[::1]": focus lands on what follows both.
    expect(focusAfterRemoval(["x", "::1", "[::1]", "y"], ["x", "y"], 1)).toBe("y");
    expect(focusAfterRemoval(["x", "::1", "[::1]"], ["x"], 1)).toBe("x");
  });
});
