// A JSON values file comes back as JSON (not one line of mixed JSON and YAML flow syntax), with
// its indentation and number spellings, and the merge notes say so.
import { describe, expect, it } from "vitest";
import { missingIntendedValues } from "./check";
import { mergeValues } from "./merge-values";
import { proxyEnv } from "./testing/helpers";

const intended = {
  appDomain: "flows.corp.example",
  ingress: { annotations: { "alb.ingress.kubernetes.io/scheme": "internal" } },
  server: { extraEnv: proxyEnv },
};

const FILES: [name: string, text: string, indent: string][] = [
  [
    "one line, as helm get values -o json prints it",
    '{"appDomain":"a.example","server":{"extraEnv":[{"name":"A","value":"b"}]},"replicas":2}\n',
    "  ",
  ],
  [
    "2 spaces",
    '{\n  "appDomain": "a.example",\n  "ingress": {\n    "annotations": {}\n  },\n  "replicas": 2\n}\n',
    "  ",
  ],
  [
    "4 spaces, an inline list",
    '{\n    "appDomain": "a.example",\n    "tags": [1, 2],\n    "server": {\n        "extraEnv": [\n            {\n                "name": "A",\n                "value": "b"\n            }\n        ]\n    }\n}',
    "    ",
  ],
  ["tabs", '{\n\t"replicas": 2,\n\t"resources": {\n\t\t"cpu": "500m"\n\t}\n}\n', "\t"],
  [
    "number spellings and unicode",
    '{\n  "big": 12345678901234567890,\n  "ratio": 1.50,\n  "exp": 1e3,\n  "name": "Škoda ø 漢字",\n  "nothing": null,\n  "on": true\n}\n',
    "  ",
  ],
  ["an empty object", "{}\n", "  "],
];

function merged(text: string) {
  const result = mergeValues(text, intended);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("merging a JSON values file", () => {
  it.each(FILES)("%s: writes JSON with the file's indentation, and says so", (_, text, indent) => {
    const result = merged(text);
    const after = JSON.parse(result.text) as unknown;
    expect(missingIntendedValues(after, intended)).toEqual([]);
    const original = JSON.parse(text) as Record<string, unknown>;
    for (const [key, value] of Object.entries(original))
      if (!(key in intended)) expect((after as Record<string, unknown>)[key]).toEqual(value);
    expect(result.text.split("\n")[1]).toMatch(new RegExp(`^${indent}"`));
    expect(result.notes[0]).toMatch(/^Your file is JSON.*, so the merged file is JSON too/);
    expect(merged(result.text).text).toBe(result.text);
  });

  it("keeps the spelling of numbers JSON.parse would change", () => {
    const result = merged(FILES[4]![1]).text;
    expect(result).toContain('"big": 12345678901234567890,');
    expect(result).toContain('"ratio": 1.50,');
    expect(result).toContain('"exp": 1e3,');
    expect(result).toContain('"name": "Škoda ø 漢字",');
  });

  it("lays a one-line file out over several lines, and says why", () => {
    const result = merged(FILES[0]![1]);
    expect(result.text.split("\n").length).toBeGreaterThan(10);
    expect(result.notes[0]).toBe(
      "Your file is JSON on one line, so the merged file is JSON too, written over several lines with 2-space indentation so that the changes can be reviewed.",
    );
  });

  it("keeps the user's own layout away from the wizard's changes", () => {
    const text =
      '{\n  "appDomain": "a.example",\n  "replicas": 2,\n  "tags": [1, 2],\n  "resources": {"cpu": "500m"},\n' +
      '  "ingress": {\n    "annotations": {}\n  },\n  "server": {\n    "extraEnv": []\n  }\n}\n';
    expect(merged(text).text).toContain(
      '\n  "replicas": 2,\n  "tags": [1, 2],\n  "resources": {"cpu": "500m"},\n  "ingress": {\n',
    );
  });

  it("leaves YAML written in flow style as YAML", () => {
    const result = merged("{appDomain: a.example, replicas: 2}\n");
    expect(result.notes.join("\n")).not.toMatch(/JSON/);
  });
});
