// Property and adversarial tests of reading pasted NO_PROXY text: text that is not a list is
// refused whole (never split into words that each pass as a host), a real list is read entry by
// entry, and nothing anyone pastes makes the reader throw or keep a piece it refused.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNoProxyEntry } from "./no-proxy";
import { addNoProxyText, parseNoProxyList, pastedListOnOneLine } from "./no-proxy-list";
import { NO_PROXY_SPLIT_NOTES } from "./no-proxy-shape";

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/);
const host = fc
  .array(label, { minLength: 2, maxLength: 4 })
  .map((labels) => labels.join("."))
  .filter((name) => parseNoProxyEntry(name).ok);
const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join("."));
const entry = fc.oneof(
  host,
  host.map((h) => `.${h}`),
  ipv4,
  fc.constant("localhost"),
);
const hosts = fc.uniqueArray(entry, { minLength: 1, maxLength: 6 });
const WORDS = ["all", "internal", "hosts", "please", "the", "and", "servers", "except", "our"];
const proseWord = fc.constantFrom(...WORDS, "build", "cache", "mirror", "intranet");

/** Refused whole: no entry read, one reason, the text kept as it stands. */
function expectRefusedWhole(text: string, reason: RegExp) {
  const read = parseNoProxyList(text);
  expect(read.entries).toEqual([]);
  expect(read.errors).toHaveLength(1);
  expect(read.errors[0]).toMatch(reason);
  expect(addNoProxyText(["localhost"], text)).toMatchObject({
    entries: ["localhost"],
    box: text.trim(),
  });
}

describe("NO_PROXY text that is not a list of hosts", () => {
  it("refuses a Go template whole, wherever the braces are", () => {
    fc.assert(
      fc.property(hosts, fc.nat(), (list, at) => {
        const joined = list.join(", ");
        const cut = at % (joined.length + 1);
        const text = `${joined.slice(0, cut)}{{ if .Values.proxy }}${joined.slice(cut)}{{ end }}`;
        expectRefusedWhole(text, /^This looks like a Go template/);
      }),
    );
  });

  it("refuses a YAML list whole, as pasted and as the one-line box receives it", () => {
    fc.assert(
      fc.property(hosts, fc.constantFrom("noProxy", "no_proxy", "NO_PROXY"), (list, key) => {
        const yaml = `${key}:\n${list.map((h) => `  - ${h}`).join("\n")}\n`;
        for (const text of [yaml, pastedListOnOneLine(yaml)])
          expectRefusedWhole(text, new RegExp(`^This looks like YAML.*\\(${list.join(", ")}\\)`));
      }),
    );
  });

  it("refuses a comment whole", () => {
    fc.assert(
      fc.property(hosts, fc.stringMatching(/^[a-z0-9 .,]{0,20}$/), (list, words) => {
        expectRefusedWhole(`# ${words}\n${list.join(",")}`, /^This looks like a comment/);
        expectRefusedWhole(`${list.join(",")} # ${words}`, /^This looks like a comment/);
      }),
    );
  });

  it("refuses a sentence whole instead of taking each word as a host", () => {
    fc.assert(
      fc.property(fc.array(proseWord, { minLength: 3, maxLength: 8 }), (words) => {
        fc.pre(words.some((w) => WORDS.includes(w)));
        expectRefusedWhole(words.join(" "), /^This looks like a sentence/);
      }),
    );
    expectRefusedWhole("all internal hosts please", /^This looks like a sentence/);
  });
});

describe("NO_PROXY lists", () => {
  it("reads a comma list entry by entry, with nothing to say", () => {
    fc.assert(
      fc.property(hosts, fc.constantFrom(",", ", ", ",\n", "\n"), (list, separator) => {
        const read = parseNoProxyList(list.join(separator));
        expect(read.errors).toEqual([]);
        expect(read.notes).toEqual([]);
        expect(read.entries).toEqual(list);
      }),
    );
  });

  it("splits at semicolons and spaces, and says so", () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 2, maxLength: 6 }), (list) => {
        const semi = parseNoProxyList(list.join(";"));
        expect(semi.entries).toEqual(list);
        expect(semi.notes).toContain(NO_PROXY_SPLIT_NOTES.semicolons);
        const spaced = parseNoProxyList(list.join(" "));
        expect(spaced.entries).toEqual(list);
        expect(spaced.notes).toContain(NO_PROXY_SPLIT_NOTES.spaces(list.join(" ")));
      }),
    );
  });

  it("keeps the good pieces and only the refused ones in the box, for any text", () => {
    const piece = fc.oneof(
      entry,
      fc.string({ maxLength: 12 }),
      fc.constantFrom("a/b", "https://x.corp", "$(hostname)", "10.0.0.0-10.0.0.9", "*.x.corp"),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }),
        fc.constantFrom(", ", ",", " "),
        (pieces, sep) => {
          const text = pieces.join(sep);
          const added = addNoProxyText([], text);
          for (const kept of added.entries) expect(parseNoProxyEntry(kept).ok, kept).toBe(true);
          if (added.errors.length === 0) expect(added.box).toBe("");
          else expect(added.box).not.toBe("");
          // What stays in the box, added again, is refused again: nothing refused slips in later.
          expect(addNoProxyText([], added.box).entries).toEqual([]);
        },
      ),
    );
  });
});
