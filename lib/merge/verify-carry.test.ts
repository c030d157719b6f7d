import fc from "fast-check";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { isDeepStrictEqual } from "./equal";
import { commentsOf } from "./keep-format";
import { verifyBySections } from "./verify-carry";

const ORIGINAL = `# head comment
appDomain: flows.corp.example # the name
server:
  replicaCount: 2 # sized
  config: |
    # inside a block scalar, not a comment
    a: 1
worker:
  extraEnv: []
x-shared: &shared
  a: 1
uses: *shared
`;

const js = (text: string) => (parseAllDocuments(text) as { toJS(): unknown }[])[0]!.toJS();

/** What a full reparse says: the candidate's values are `merged` and no comment went missing. */
function fullCheck(original: string, candidate: string, merged: unknown, dropped: string[]) {
  if (!isDeepStrictEqual(js(candidate), merged)) return false;
  const left = [...commentsOf(candidate), ...dropped];
  return commentsOf(original).every((c) => {
    const at = left.indexOf(c);
    if (at < 0) return false;
    left.splice(at, 1);
    return true;
  });
}

const check = (candidate: string, merged: unknown, dropped: string[] = []) =>
  verifyBySections(ORIGINAL, commentsOf(ORIGINAL), candidate, js(ORIGINAL), merged, dropped);

describe("verifyBySections", () => {
  it("vouches for a changed section that parses to the merged value, comments kept", () => {
    const candidate = ORIGINAL.replace(
      "flows.corp.example # the name",
      "flows.new.example # the name",
    );
    expect(check(candidate, js(candidate))).toBe(true);
  });

  it("says false when a changed section lost a comment or holds another value", () => {
    const lost = ORIGINAL.replace(" # sized", "");
    expect(check(lost, js(lost))).toBe(false);
    expect(check(lost, js(lost), ["# sized"])).toBe(true);
    const other = ORIGINAL.replace("replicaCount: 2", "replicaCount: 3");
    expect(check(other, js(ORIGINAL))).toBe(false);
  });

  it("leaves to a full reparse what it cannot vouch for: anchors, aliases, odd lines at column 0", () => {
    const anchored = ORIGINAL.replace("  a: 1\nuses", "  a: 2\nuses");
    expect(check(anchored, js(anchored))).toBeNull();
    const quotedKey = ORIGINAL.replace("worker:", '"worker":');
    expect(check(quotedKey, js(quotedKey))).toBeNull();
    const twoDocs = `${ORIGINAL}---\nb: 1\n`;
    expect(check(twoDocs, js(ORIGINAL))).toBeNull();
  });

  it("never vouches for a candidate a full reparse refuses (random edits of one line)", () => {
    const lines = ORIGINAL.split("\n");
    const edit = fc.record({
      at: fc.nat(lines.length - 1),
      text: fc.oneof(
        fc.constantFrom(
          "",
          "  # new comment",
          "server:",
          "  replicaCount: 5",
          "appDomain: x",
          "  - a",
        ),
        fc.string({ maxLength: 12 }),
      ),
      drop: fc.boolean(),
    });
    fc.assert(
      fc.property(edit, ({ at, text, drop }) => {
        const next = [...lines];
        if (drop) next.splice(at, 1);
        else next[at] = text;
        const candidate = next.join("\n");
        let merged: unknown;
        try {
          const docs = parseAllDocuments(candidate) as { toJS(): unknown; errors: unknown[] }[];
          if (!Array.isArray(docs) || docs.length !== 1 || docs[0]!.errors.length > 0) return;
          merged = docs[0]!.toJS();
        } catch {
          return;
        }
        for (const target of [merged, js(ORIGINAL)]) {
          const quick = check(candidate, target);
          if (quick !== null) expect(quick).toBe(fullCheck(ORIGINAL, candidate, target, []));
        }
      }),
      { numRuns: 300 },
    );
  });
});
