import { describe, expect, it } from "vitest";
import {
  addNoProxyText,
  NO_PROXY_LIST_NOTES,
  parseNoProxyList,
  pastedListOnOneLine,
  removeNoProxyEntry,
} from "./no-proxy-list";

describe("parseNoProxyList", () => {
  it("splits a pasted list at commas, semicolons, spaces, tabs and line breaks", () => {
    expect(parseNoProxyList("a.corp\nb.corp\tc.corp d.corp;e.corp,\r\nf.corp").entries).toEqual([
      "a.corp",
      "b.corp",
      "c.corp",
      "d.corp",
      "e.corp",
      "f.corp",
    ]);
  });

  it("splits the items of a list from a file the same way", () => {
    expect(parseNoProxyList(["a.corp,b.corp", "c.corp d.corp", "e.corp"]).entries).toEqual([
      "a.corp",
      "b.corp",
      "c.corp",
      "d.corp",
      "e.corp",
    ]);
  });

  it("writes an IPv6 address both bare and in brackets, and says why", () => {
    expect(parseNoProxyList("::1")).toMatchObject({
      entries: ["::1", "[::1]"],
      notes: [NO_PROXY_LIST_NOTES.ipv6Pair("::1", "[::1]")],
    });
    expect(parseNoProxyList("[0:0::1]").entries).toEqual(["[::1]", "::1"]);
    // Both given: nothing to say. With a port, only the bracketed form can carry it.
    expect(parseNoProxyList("::1, [::1]")).toMatchObject({ entries: ["::1", "[::1]"], notes: [] });
    expect(parseNoProxyList("[::1]:8080").entries).toEqual(["[::1]:8080"]);
  });

  it("says that a duplicate is kept once, and that a byte-order mark was removed", () => {
    expect(parseNoProxyList("A.Example, a.example")).toMatchObject({
      entries: ["a.example"],
      notes: [NO_PROXY_LIST_NOTES.duplicate("a.example")],
    });
    expect(parseNoProxyList("\uFEFFlocalhost").notes[0]).toMatch(/byte-order mark/);
  });

  it("names a pasted shell line, quotes and shell expansions, and keeps the other entries", () => {
    expect(parseNoProxyList("export NO_PROXY=localhost,.corp").errors).toEqual([
      'This is a shell line that sets NO_PROXY: paste only the list after "=": localhost,.corp.',
    ]);
    expect(parseNoProxyList('"localhost",".corp"').errors).toEqual([
      "Leave out the quote marks: localhost,.corp.",
    ]);
    const shell = parseNoProxyList("$(hostname -f), .corp");
    expect(shell.entries).toEqual([".corp"]);
    expect(shell.errors[0]).toMatch(/^"\$\(hostname -f\)" is a shell command substitution/);
  });
});

describe("addNoProxyText", () => {
  it("adds the accepted entries and leaves only the refused ones in the box, with their reasons", () => {
    const result = addNoProxyText(
      ["localhost"],
      "git.corp.example, git.corp.example/api 10.0.0.0/16 $(hostname)",
    );
    expect(result.entries).toEqual(["localhost", "git.corp.example", "10.0.0.0/16"]);
    expect(result.box).toBe("git.corp.example/api, $(hostname)");
    expect(result.errors).toHaveLength(2);
    expect(result.errors.join(" ")).toMatch(/"git.corp.example\/api" has a path/);
    expect(result.errors.join(" ")).toMatch(/"\$\(hostname\)" is a shell command substitution/);
  });

  it("empties the box when everything is accepted, and says which entries were already listed", () => {
    expect(addNoProxyText(["localhost", ".corp"], ".corp, .svc")).toEqual({
      entries: ["localhost", ".corp", ".svc"],
      box: "",
      errors: [],
      notes: ['".corp" is already listed.'],
    });
  });

  it("keeps a pasted shell line or quoted list whole, since none of it was read", () => {
    expect(addNoProxyText([], " export NO_PROXY=a.corp,b.corp ")).toMatchObject({
      entries: [],
      box: "export NO_PROXY=a.corp,b.corp",
    });
    expect(addNoProxyText([], '"a.corp"').box).toBe('"a.corp"');
  });

  it("keeps a refused piece once however often it was pasted", () => {
    expect(addNoProxyText([], "a/b a/b").box).toBe("a/b");
  });
});

describe("removeNoProxyEntry", () => {
  it("removes an IPv6 address in both of its forms", () => {
    expect(removeNoProxyEntry(["localhost", "::1", "[::1]"], "[::1]")).toEqual(["localhost"]);
    expect(removeNoProxyEntry(["localhost", "::1", "[::1]"], "::1")).toEqual(["localhost"]);
    expect(removeNoProxyEntry(["localhost", ".corp"], ".corp")).toEqual(["localhost"]);
  });
});

describe("pastedListOnOneLine", () => {
  it("keeps the entries of a pasted multi-line list apart in a one-line box", () => {
    const text = pastedListOnOneLine("localhost\r\n127.0.0.1 \n\n\t.cluster.local\n");
    expect(text).toBe("localhost, 127.0.0.1, .cluster.local, ");
    expect(parseNoProxyList(text).entries).toEqual(["localhost", "127.0.0.1", ".cluster.local"]);
  });
});
