// The rule for comments beside a value the merge replaces (stale-comments.ts): the comment on
// the value's own line goes, every other comment stays, and the notes say which.
import { describe, expect, it } from "vitest";
import { commentsOf } from "./keep-format";
import { mergeValues, type MergeResult } from "./merge-values";
import { loadTree, removedComments } from "./testing/helpers";

function merged(result: MergeResult): { text: string; notes: string[] } {
  if (!result.ok) throw new Error(`expected a merge, got: ${result.error}`);
  return result;
}

const kept = (notes: string[]) => notes.filter((n) => n.startsWith("Kept the comment"));
const domain = { appDomain: "new.example" };
const proxy = (value: string) => ({ server: { extraEnv: [{ name: "HTTP_PROXY", value }] } });

describe("comments beside a replaced value", () => {
  it("removes the comment on the replaced value's line, and says so", () => {
    const result = merged(mergeValues("appDomain: old.example # to be replaced\nx: 1\n", domain));
    expect(result.text).toBe("appDomain: new.example\nx: 1\n");
    expect(result.notes).toContain(
      'Removed the comment "# to be replaced" from appDomain: it was on the line of the value the wizard replaced. Add it back if it still holds.',
    );
  });

  it("keeps the comment lines above the key, and says so", () => {
    const text = "# to be replaced\n# by the wizard\nappDomain: old.example\n";
    const result = merged(mergeValues(text, domain));
    expect(result.text).toBe("# to be replaced\n# by the wizard\nappDomain: new.example\n");
    expect(kept(result.notes)).toEqual([
      'Kept the comments "# to be replaced", "# by the wizard" by appDomain: not on the replaced line, so they stay. Check that they still hold for the new value.',
    ]);
    expect(removedComments(result.notes)).toEqual([]);
  });

  it("keeps a comment after `key:` when the value starts on the next line (it is the key's line)", () => {
    const result = merged(mergeValues("appDomain: # the public name\n  old.example\n", domain));
    expect(loadTree(result.text).appDomain).toBe("new.example");
    expect(commentsOf(result.text)).toEqual(["# the public name"]);
    expect(kept(result.notes)).toHaveLength(1);
  });

  it("removes the comment on a block scalar's header line: it belongs to the replaced node", () => {
    const result = merged(mergeValues("appDomain: | # old\n  old.example\nx: 1\n", domain));
    expect(commentsOf(result.text)).toEqual([]);
    expect(removedComments(result.notes)).toEqual(["# old"]);
    expect(loadTree(result.text)).toEqual({ appDomain: "new.example", x: 1 });
  });

  it("tells a # inside a quoted value from the comment after it", () => {
    const result = merged(
      mergeValues('appDomain: "old # not a comment" # a comment\n', { appDomain: "a#b" }),
    );
    expect(result.text).toBe('appDomain: "a#b"\n');
    expect(removedComments(result.notes)).toEqual(["# a comment"]);
  });

  it("removes only the replaced line's copy of a comment written twice", () => {
    const text = "appDomain: old.example # check\nother: old.example # check\n";
    const result = merged(mergeValues(text, domain));
    expect(result.text).toBe("appDomain: new.example\nother: old.example # check\n");
    expect(result.notes.join("\n")).not.toMatch(/could not be kept|re-indented/);
  });

  it("leaves the comment of a value the wizard keeps as it is, without a note", () => {
    const result = merged(mergeValues("appDomain: new.example # fine\n", domain));
    expect(result.text).toBe("appDomain: new.example # fine\n");
    expect(result.notes.join("\n")).not.toMatch(/comment/);
  });

  it("removes the comment on a replaced proxy value in an env entry, keeps the one on its name", () => {
    const text =
      "server:\n  extraEnv:\n    # outbound\n    - name: HTTP_PROXY # the proxy\n      value: http://old:1 # old proxy\n";
    const result = merged(mergeValues(text, proxy("http://new:2")));
    expect(result.text).toBe(
      'server:\n  extraEnv:\n    # outbound\n    - name: HTTP_PROXY # the proxy\n      value: "http://new:2"\n',
    );
    expect(removedComments(result.notes)).toEqual(["# old proxy"]);
    expect(kept(result.notes).join("\n")).toContain('"# outbound" by server.extraEnv[0]');
  });

  it("keeps the comment at the end of a one-line entry: it belongs to the entry, not the value", () => {
    const text = "server:\n  extraEnv:\n    - {name: HTTP_PROXY, value: http://old:1} # entry\n";
    const result = merged(mergeValues(text, proxy("http://new:2")));
    expect(commentsOf(result.text)).toEqual(["# entry"]);
    expect(loadTree(result.text).server.extraEnv).toEqual(proxy("http://new:2").server.extraEnv);
    expect(kept(result.notes).join("\n")).toContain('"# entry" by server.extraEnv[0]');
  });

  it("removes the comment on a value that becomes a valueFrom", () => {
    const text =
      "server:\n  extraEnv:\n    - name: HTTP_PROXY\n      value: http://old:1 # plain\n";
    const secret = { valueFrom: { secretKeyRef: { name: "p", key: "HTTP_PROXY" } } };
    const result = merged(
      mergeValues(text, { server: { extraEnv: [{ name: "HTTP_PROXY", ...secret }] } }),
    );
    expect(commentsOf(result.text)).toEqual([]);
    expect(removedComments(result.notes)).toEqual(["# plain"]);
  });

  it("removes the comment on a one-line list the wizard replaces, keeps one after a block list", () => {
    const flow = merged(mergeValues("tags: [a, b] # old tags\n", { tags: ["c"] }));
    expect(commentsOf(flow.text)).toEqual([]);
    expect(removedComments(flow.notes)).toEqual(["# old tags"]);
    const block = merged(
      mergeValues("m:\n  tags:\n    - a\n  # after the list\nx: 1\n", {
        m: { tags: ["c"] },
      }),
    );
    expect(commentsOf(block.text)).toEqual(["# after the list"]);
    expect(removedComments(block.notes)).toEqual([]);
  });

  it("keeps the comment lines below the replaced value", () => {
    const text = "a:\n  appDomain: old.example # old\n  # below, about b\n  b: 1\n";
    const result = merged(mergeValues(text, { a: { appDomain: "new.example" } }));
    expect(result.text).toBe("a:\n  appDomain: new.example\n  # below, about b\n  b: 1\n");
  });

  it("handles a comment that looks like YAML, Windows line ends and a comment without a space", () => {
    const result = merged(mergeValues("appDomain: old.example #key: value\r\nx: 1 #x\r\n", domain));
    expect(result.text).toBe("appDomain: new.example\r\nx: 1 #x\r\n");
    expect(removedComments(result.notes)).toEqual(["#key: value"]);
  });

  it("is idempotent: a second merge removes nothing more and changes nothing", () => {
    const first = merged(mergeValues("# head\nappDomain: old.example # stale\n", domain));
    const second = merged(mergeValues(first.text, domain));
    expect(second.text).toBe(first.text);
    expect(removedComments(second.notes)).toEqual([]);
    expect(kept(second.notes)).toEqual([]);
  });
});
