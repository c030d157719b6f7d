import { describe, expect, it } from "vitest";
import { isWellFormedText, sliceCodePoints, toWellFormedText } from "./well-formed";

describe("well-formed text", () => {
  it.each([
    ["", true],
    ["Corp Root CA", true],
    ["Škoda ø 漢字", true],
    ["Root 🔒 CA", true],
    ["\uD83D", false],
    ["Root \uD83D CA", false],
    ["Root \uDD12", false],
    ["\uDD12\uD83D", false],
    ["ends with \uD83D", false],
  ])("judges %j well-formed: %s", (text, expected) => {
    expect(isWellFormedText(text)).toBe(expected);
  });

  it("replaces lone surrogates only, keeping pairs", () => {
    expect(toWellFormedText("a\uD83Db🔒\uDD12")).toBe("a\uFFFDb🔒\uFFFD");
  });

  it("cuts between characters, not inside a surrogate pair", () => {
    expect(sliceCodePoints("ab🔒cd", 3)).toBe("ab🔒");
    expect(isWellFormedText(sliceCodePoints("🔒".repeat(40), 25))).toBe(true);
  });
});
