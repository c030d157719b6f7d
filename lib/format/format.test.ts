import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { execFileSync } from "node:child_process";
import { parse as parseYaml } from "yaml";
import { hclAttributes, hclHeredoc, hclString, hclValue } from "./hcl";
import { shellQuote } from "./shell";
import { isPlainWord, toYaml } from "./yaml";
import { adversarialString } from "../testing/arbitraries";
import { parseHcl } from "../testing/hcl";

describe("hclString", () => {
  it("escapes quotes, backslashes, newlines and template sequences", () => {
    expect(hclString('a"b\\c\nd${e}%{f}')).toBe('"a\\"b\\\\c\\nd$${e}%%{f}"');
  });

  // HCL normalizes string literals to Unicode NFC, so only NFC text can round-trip; every value the
  // wizard writes to HCL is ASCII (domains, regions, base64, percent-encoded URLs).
  it("round-trips any NFC string through a real HCL parser", async () => {
    await fc.assert(
      fc.asyncProperty(
        adversarialString.filter((s) => s === s.normalize("NFC")),
        async (value) => {
          const json = await parseHcl(`value = ${hclString(value)}\n`, "t.tfvars");
          expect(json.value).toBe(value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes scripts as heredocs that read back exactly, delimiter lines and templates included", async () => {
    const lines = fc.array(
      fc.oneof(
        adversarialString,
        fc.constantFrom("EOT", "  EOT", "EOT1", "${x}", "%{ if }", "\\n"),
      ),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(lines, async (parts) => {
        const value = parts.join("\n").normalize("NFC") + "\n";
        const rendered = hclValue(value);
        const json = await parseHcl(`value = ${rendered}\nnext = 1\n`, "t.tfvars");
        expect(json).toEqual({ value, next: 1 });
        if (hclHeredoc(value) === null) expect(rendered.startsWith('"')).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(hclValue("a\n")).toBe("<<EOT\na\nEOT");
    expect(hclValue("EOT\n")).toBe("<<EOT1\nEOT\nEOT1");
    expect(hclHeredoc("no final newline")).toBeNull();
    expect(hclHeredoc("carriage\r\n")).toBeNull();
  });

  it("aligns attribute names like tofu fmt", () => {
    expect(
      hclAttributes([
        ["a", "x"],
        ["long_name", true],
      ]),
    ).toBe('a         = "x"\nlong_name = true');
  });
});

describe("toYaml", () => {
  it("quotes YAML 1.1 booleans, numbers-as-strings and symbols, leaves plain words bare", () => {
    const text = toYaml({ a: "yes", b: "8080", c: "*", d: "internal", e: "/health", f: "on" });
    expect(text).toBe('a: "yes"\nb: "8080"\nc: "*"\nd: internal\ne: "/health"\nf: "on"\n');
    // A namespace may be "e0": the yaml library's YAML 1.1 reads that as a float.
    expect(toYaml({ n: "e0", m: "E12", o: "e0x" })).toBe('n: "e0"\nm: "E12"\no: e0x\n');
  });

  it("round-trips any string under YAML 1.2 and YAML 1.1 readers", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("k", "key.with/dots", "x"), adversarialString),
        (value) => {
          const text = toYaml({ values: value, list: Object.values(value) });
          const expected = { values: value, list: Object.values(value) };
          expect(parseYaml(text)).toEqual(expected);
          expect(parseYaml(text, { version: "1.1" })).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never folds long values onto several lines", () => {
    const long = "A".repeat(5000);
    expect(toYaml({ v: long }).split("\n")).toHaveLength(2);
  });

  it("treats YAML 1.1 keywords as non-plain", () => {
    for (const word of ["y", "N", "Yes", "OFF", "null", "true"])
      expect(isPlainWord(word)).toBe(false);
    expect(isPlainWord("spacelift-flows")).toBe(true);
  });
});

describe("shellQuote", () => {
  it("leaves plain words unquoted", () => {
    expect(shellQuote("spacelift-flows")).toBe("spacelift-flows");
  });

  it("is read back by bash as exactly the same word", () => {
    const values = fc.sample(
      adversarialString.filter((s) => !s.includes("\u0000")),
      60,
    );
    const script = values.map((v) => `printf '%s\\0' ${shellQuote(v)}`).join("\n");
    const out = execFileSync("bash", ["-c", script]).toString("utf8");
    expect(out.split("\u0000").slice(0, -1)).toEqual(values);
  });
});
