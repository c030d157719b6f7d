import { describe, expect, it } from "vitest";
import { checkValuesFileSize, readValuesFile } from "./source-file";

describe("a values file picked or dropped onto a merge field", () => {
  it.each([
    [
      "empty.yaml",
      "",
      /^empty\.yaml is empty: the field keeps what it held\. Choose your values file/,
    ],
    ["bom.yaml", "\uFEFF", /^bom\.yaml is empty: the field keeps/],
    ["blank.yaml", "\n\n", /^blank\.yaml holds only spaces and blank lines: the field keeps/],
    ["spaces.yaml", "   \t  ", /holds only spaces and blank lines/],
    ["crlf.yaml", "\r\n\r\n", /holds only spaces and blank lines/],
    ["bom-blank.yaml", "\uFEFF  \n", /holds only spaces and blank lines/],
    [
      "values.zip",
      "PK\u0003\u0004\u0000\u0000",
      /^values\.zip is not a text file: the field keeps/,
    ],
  ])("refuses %s and keeps the field", (name, text, message) => {
    const result = readValuesFile(name, text);
    if (result.ok) throw new Error("accepted");
    expect(result.error).toMatch(message);
    expect(result.error).toMatch(/helm get values RELEASE -n NAMESPACE/);
  });

  it.each([
    ["values.yaml", "appDomain: a.example\n"],
    ["comments.yaml", "# nothing set yet\n"],
    ["helm.txt", "USER-SUPPLIED VALUES:\nnull\n"],
  ])("takes %s as it is", (name, text) => {
    expect(readValuesFile(name, text)).toEqual({ ok: true, text });
  });

  it("refuses a file far larger than a values file before reading it", () => {
    expect(checkValuesFileSize("dump.yaml", 5_000_000)).toMatch(
      /^dump\.yaml is 5000 kB, far larger than a values file: the field keeps what it held\./,
    );
    expect(checkValuesFileSize("values.yaml", 20_000)).toBeNull();
  });
});
