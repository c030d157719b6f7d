import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { commentsOf } from "./keep-format";
import { parseYaml } from "./parse-yaml";
import { largeValuesYaml } from "./testing/large-values";

describe("parseYaml", () => {
  it("gives the documents parseAllDocuments gives, and the comments commentsOf reads", () => {
    for (const text of [
      largeValuesYaml(60_000),
      "a: 1 # one\n# between\nb: |\n  # not a comment\n  text\nc: '# nor this'\n",
      "",
      "# only a comment\n",
      "a: 1\n---\nb: 2 # second\n",
    ]) {
      const parsed = parseYaml(text);
      const expected = parseAllDocuments(text, { merge: true });
      expect(parsed.docs.map((d) => d.toJS())).toEqual(
        Array.isArray(expected) ? expected.map((d) => d.toJS()) : [],
      );
      expect(parsed.comments).toEqual(commentsOf(text));
    }
  });

  it("gives each error its line and column, as parseAllDocuments does", () => {
    const text = "a: 1\nb: [1, 2\nc: 3\n";
    const [doc] = parseYaml(text).docs;
    const [expected] = parseAllDocuments(text) as ReturnType<typeof parseYaml>["docs"];
    expect(doc!.errors[0]!.linePos).toEqual(expected!.errors[0]!.linePos);
    expect(doc!.errors[0]!.linePos?.[0]).toMatchObject({
      line: expect.any(Number),
      col: expect.any(Number),
    });
  });
});
