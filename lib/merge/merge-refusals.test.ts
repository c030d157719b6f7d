import { describe, expect, it } from "vitest";
import { mergeValues } from "./merge-values";
import { load, proxyEnv } from "./testing/helpers";

const wizard = { ingress: { className: "spacelift-flows" }, server: { extraEnv: proxyEnv } };

function refusal(text: string, intended: Record<string, unknown> = wizard) {
  const result = mergeValues(text, intended);
  if (result.ok) throw new Error("expected the merge to be refused");
  return result;
}

describe("mergeValues refuses what it cannot merge safely", () => {
  it("reports invalid YAML with its line and column", () => {
    const result = refusal("appDomain: a.example\ningress:\n  className: x: y\n");
    expect(result).toMatchObject({ line: 3, column: 14 });
    expect(result.error).toMatch(/^This is not valid YAML: .*\(line 3, column 14\)\.$/);
  });

  it("refuses several documents and says where the second one starts", () => {
    const result = refusal("appDomain: a.example\n---\nkind: Secret\n");
    expect(result.error).toMatch(
      /2 YAML documents \(separated by ---, the second starts at line 2\)/,
    );
    expect(result.line).toBe(2);
  });

  it("refuses a top level that is a list", () => {
    expect(refusal("- a\n- b\n").error).toMatch(/top level is a list, not a mapping/);
  });

  it("refuses ingress written as a string instead of overwriting it", () => {
    const result = refusal("ingress: nginx # our controller\n");
    expect(result.error).toMatch(/^ingress in your file is a string \("nginx"\)/);
    expect(result.error).toMatch(/does not overwrite it silently/);
  });

  it("refuses an extraEnv that is not a list", () => {
    const result = refusal("server:\n  extraEnv:\n    HTTP_PROXY: http://x:1\n");
    expect(result.error).toMatch(
      /^server\.extraEnv in your file is a mapping, but the wizard writes a list/,
    );
  });

  it("refuses an extraEnv entry without a name", () => {
    const result = refusal("server:\n  extraEnv:\n    - value: x\n");
    expect(result.error).toMatch(/^Item 1 of server\.extraEnv has no name/);
  });

  it("refuses a mapping where the wizard writes a single value", () => {
    const result = refusal("ingress:\n  className:\n    name: alb\n");
    expect(result.error).toMatch(/ingress\.className in your file is a mapping.*single value/);
  });

  it("refuses duplicate keys with their line", () => {
    const result = refusal("appDomain: a.example\nappDomain: b.example\n");
    expect(result.line).toBe(2);
    expect(result.error).toMatch(/unique/i);
  });

  it("stops alias bombs with a message instead of hanging", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = String.fromCharCode(97 + i);
        const next = String.fromCharCode(98 + i);
        return `${next}: &${next} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join("\n");
    expect(mergeValues(bomb, wizard).ok).toBe(false);
  });
});

describe("mergeValues reads helm get values output", () => {
  it("drops the USER-SUPPLIED VALUES: line and says so", () => {
    const result = mergeValues("USER-SUPPLIED VALUES:\nappDomain: a.example # ours\n", wizard);
    if (!result.ok) throw new Error(result.error);
    expect(result.text.startsWith("appDomain: a.example # ours\n")).toBe(true);
    expect(result.notes[0]).toMatch(/Removed the first line "USER-SUPPLIED VALUES:"/);
  });

  it("counts error lines in the text as pasted, header included", () => {
    const result = refusal("USER-SUPPLIED VALUES:\nappDomain: a.example\nfoo: x: y\n");
    expect(result.line).toBe(3);
  });

  it("reads the null values of a release installed without values", () => {
    const result = mergeValues("USER-SUPPLIED VALUES:\nnull\n", wizard);
    if (!result.ok) throw new Error(result.error);
    expect(load(result.text)).toEqual(wizard);
  });
});
