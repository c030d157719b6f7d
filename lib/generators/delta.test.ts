import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultConfig } from "../config/schema";
import { validConfig } from "../testing/arbitraries";
import { applyFilesDelta, filesDelta, type SentFiles } from "./delta";
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

/** What the page holds after receiving the generated files as a worker would send them. */
function receive(sequence: GeneratedFile[][]): { lists: GeneratedFile[][]; sizes: number[] } {
  let sent: SentFiles = new Map();
  const known = new Map<string, GeneratedFile>();
  const lists: GeneratedFile[][] = [];
  const sizes: number[] = [];
  for (const files of sequence) {
    const { delta, sent: next } = filesDelta(sent, files);
    sent = next;
    // Across a worker boundary the data is structured-cloned.
    const received = structuredClone(delta);
    sizes.push(received.changed.length);
    const list = applyFilesDelta(known, received);
    if (!list) throw new Error("the page was asked for a file it never received");
    lists.push(list);
  }
  return { lists, sizes };
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

  it("asks for everything again when told about a file it never received", () => {
    expect(applyFilesDelta(new Map(), { paths: ["a"], changed: [] })).toBeNull();
  });

  it("reproduces generateFiles exactly over a sequence of configurations", () => {
    fc.assert(
      fc.property(fc.array(validConfig, { minLength: 1, maxLength: 4 }), (configs) => {
        const sequence = [defaultConfig, ...configs].map((c) => generateFiles(c));
        const { lists } = receive(sequence);
        lists.forEach((list, i) => expect(asData(list)).toEqual(asData(sequence[i]!)));
      }),
      { numRuns: 40 },
    );
  });
});
