import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultConfig } from "../config/schema";
import { validConfig } from "../testing/arbitraries";
import { applyFilesDelta, filesDelta, type FilesDelta, type SentFiles } from "./delta";
import { generateFiles } from "./index";
import type { GeneratedFile } from "./types";

const file = (
  path: string,
  contents: string,
  extra: Partial<GeneratedFile> = {},
): GeneratedFile => ({
  path,
  contents,
  language: "text",
  description: `About ${path}`,
  ...extra,
});

/**
 * What the page holds after receiving the generated files as the worker sends them: the files
 * but the deferred ones first, then (when some were deferred) everything that is still missing.
 */
function receive(
  sequence: GeneratedFile[][],
  defer?: (file: GeneratedFile) => boolean,
): { lists: GeneratedFile[][]; sizes: number[]; firstLists: GeneratedFile[][] } {
  let sent: SentFiles = new Map();
  const known = new Map<string, GeneratedFile>();
  const lists: GeneratedFile[][] = [];
  const firstLists: GeneratedFile[][] = [];
  const sizes: number[] = [];
  const apply = (delta: FilesDelta) => {
    // Across a worker boundary the data is structured-cloned.
    const list = applyFilesDelta(known, structuredClone(delta));
    if (!list) throw new Error("the page was asked for a file it never received");
    return list;
  };
  for (const files of sequence) {
    const first = filesDelta(sent, files, defer);
    sent = first.sent;
    sizes.push(first.delta.changed.length);
    let list = apply(first.delta);
    firstLists.push(list);
    if (first.deferred.length > 0) {
      const second = filesDelta(sent, files);
      sent = second.sent;
      list = apply(second.delta);
    }
    lists.push(list);
  }
  return { lists, sizes, firstLists };
}

const asData = (files: readonly GeneratedFile[]) =>
  files.map((f) => ({ ...f, contents: f.contents }));

describe("filesDelta / applyFilesDelta", () => {
  it("sends everything first, then only what changed", () => {
    const a = [file("a", "1"), file("b", "2"), file("c", "3")];
    const b = [file("a", "1"), file("b", "2!"), file("c", "3")];
    const { lists, sizes } = receive([a, b, b]);
    expect(sizes).toEqual([3, 1, 0]);
    expect(lists[1]).toEqual(b);
    expect(lists[2]).toEqual(b);
  });

  it("follows added, removed and reordered files", () => {
    const { lists } = receive([
      [file("a", "1"), file("b", "2")],
      [file("b", "2"), file("c", "3"), file("a", "1")],
      [file("c", "3")],
    ]);
    expect(lists.map((l) => l.map((f) => f.path))).toEqual([["a", "b"], ["b", "c", "a"], ["c"]]);
  });

  it("notices a change in description, language or mode, not only contents", () => {
    const { sizes, lists } = receive([
      [file("a", "1")],
      [file("a", "1", { description: "other" })],
      [file("a", "1", { description: "other", language: "shell" })],
      [file("a", "1", { description: "other", language: "shell", executable: true })],
    ]);
    expect(sizes).toEqual([1, 1, 1, 1]);
    expect(lists[3]![0]).toEqual(
      file("a", "1", { description: "other", language: "shell", executable: true }),
    );
  });

  it("reads lazily computed contents into plain data", () => {
    let reads = 0;
    const lazy: GeneratedFile = {
      path: "SUMS",
      language: "text",
      description: "lazy",
      get contents() {
        reads++;
        return "abc\n";
      },
    };
    const { delta } = filesDelta(new Map(), [lazy]);
    expect(reads).toBe(1);
    expect(Object.getOwnPropertyDescriptor(delta.changed[0], "contents")?.value).toBe("abc\n");
  });

  it("leaves deferred files unread until the second pass, except the first time", () => {
    let reads = 0;
    const costly = (contents: string): GeneratedFile => ({
      path: "SUMS",
      language: "text",
      description: "costly",
      get contents() {
        reads++;
        return contents;
      },
    });
    const isCostly = (f: GeneratedFile) => f.path === "SUMS";
    const first = filesDelta(new Map(), [file("a", "1"), costly("x")], isCostly);
    expect(first.deferred).toEqual([]);
    expect(first.delta.changed.map((f) => f.path)).toEqual(["a", "SUMS"]);
    expect(reads).toBe(1);

    const files = [file("a", "2"), costly("y")];
    const second = filesDelta(first.sent, files, isCostly);
    expect(reads).toBe(1);
    expect(second.delta.changed.map((f) => f.path)).toEqual(["a"]);
    expect(second.deferred.map((f) => f.path)).toEqual(["SUMS"]);
    expect(second.sent.get("SUMS")?.contents).toBe("x");

    const third = filesDelta(second.sent, files);
    expect(third.delta.changed).toEqual([{ ...file("SUMS", "y"), description: "costly" }]);
  });

  it("asks for everything again when told about a file it never received", () => {
    expect(applyFilesDelta(new Map(), { paths: ["a"], changed: [] })).toBeNull();
  });

  it("reproduces generateFiles exactly over a sequence of configurations", () => {
    const sums = (f: GeneratedFile) => f.path === "SHA256SUMS";
    fc.assert(
      fc.property(fc.array(validConfig, { minLength: 1, maxLength: 4 }), (configs) => {
        const sequence = [defaultConfig, ...configs].map((c) => generateFiles(c));
        const { lists, firstLists } = receive(sequence, sums);
        lists.forEach((list, i) => expect(asData(list)).toEqual(asData(sequence[i]!)));
        // Before the second pass, only SHA256SUMS may trail.
        firstLists.forEach((list, i) =>
          expect(asData(list.filter((f) => !sums(f)))).toEqual(
            asData(sequence[i]!.filter((f) => !sums(f))),
          ),
        );
      }),
      { numRuns: 40 },
    );
  });
});
