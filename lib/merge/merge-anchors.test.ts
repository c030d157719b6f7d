// Anchors and aliases around the keys the wizard writes: the merge changes nothing outside the
// wizard's settings (an anchor it changes moves, unchanged, to the places that reuse it), keeps
// the comment on an alias line, and its notes never contradict each other.
import { execFileSync } from "node:child_process";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { missingIntendedValues } from "./check";
import { commentsOf } from "./keep-format";
import { mergeValues } from "./merge-values";
import { load, proxyEnv, removedComments, withoutManaged, withoutRemoved } from "./testing/helpers";
import { isRecord } from "./yaml-nodes";

const intended = {
  appDomain: "flows.corp.example",
  ingress: { className: "spacelift-flows" },
  server: { extraEnv: proxyEnv },
  worker: { extraEnv: proxyEnv },
};

const CASES: [name: string, text: string, moved: RegExp | null][] = [
  [
    "an anchored extraEnv reused by a key the wizard does not manage",
    "server:\n  extraEnv: &env\n    - name: A\n      value: b\nmigrations:\n  env: *env\n",
    /server\.extraEnv carried the anchor &env, which migrations\.env reuses with \*env: so that it keeps its value, the anchor moved with the value as it was to migrations\.env/,
  ],
  [
    "a flow list reused twice, with comments on the alias lines",
    "server:\n  extraEnv: &env [{name: A, value: b}] # shared\nmigrations:\n  env: *env # same as server\njobs:\n  env: *env\n",
    /which migrations\.env, jobs\.env reuse with \*env: so that they keep their values/,
  ],
  [
    "an anchored mapping",
    "ingress: &ing\n  className: alb # ours\n  annotations:\n    a: b\nother: *ing\n",
    /ingress carried the anchor &ing, which other reuses/,
  ],
  [
    "an anchored scalar, reused on a commented alias line",
    "appDomain: &d old.example\nother: *d # reused\n",
    /appDomain carried the anchor &d/,
  ],
  [
    "an anchored mapping reused through a << merge key",
    "server: &srv\n  extraEnv:\n    - name: A\n      value: b\nbatch:\n  <<: *srv\n  replicas: 2\n",
    /which batch\["<<"\] reuses with \*srv/,
  ],
  [
    "an anchored env entry reused in another list",
    "server:\n  extraEnv:\n    - &proxy\n      name: HTTP_PROXY\n      value: http://old:1\njobs:\n  env:\n    - *proxy\n",
    /server\.extraEnv\[0\] carried the anchor &proxy, which jobs\.env\[0\] reuses/,
  ],
  [
    "an anchored proxy URL reused elsewhere",
    "server:\n  extraEnv:\n    - name: HTTP_PROXY\n      value: &url http://old:1\njobs:\n  proxy: *url\n",
    /server\.extraEnv\[0\]\.value carried the anchor &url, which jobs\.proxy reuses/,
  ],
  [
    "an anchor reused by a key the wizard writes and one it does not",
    "server:\n  extraEnv: &env\n    - name: A\n      value: b\nworker:\n  extraEnv: *env # as server\nmigrations:\n  env: *env\n",
    /which migrations\.env reuses/,
  ],
  [
    "a whole component reused",
    "server: &common\n  extraEnv:\n    - name: A\n      value: b\nworker: *common\njobs: *common\n",
    /server carried the anchor &common, which jobs reuses/,
  ],
  [
    "a commented alias the wizard writes through",
    "x-env: &env\n  - name: A\n    value: b\nserver:\n  extraEnv: *env # shared with x-env\n",
    null,
  ],
  [
    "a commented alias of a scalar the wizard writes through",
    "defaults:\n  domain: &d old.example\nappDomain: *d # from defaults\n",
    null,
  ],
  [
    "a commented aliased env entry",
    "x-proxy: &proxy\n  name: HTTP_PROXY\n  value: http://old:1\nserver:\n  extraEnv:\n    - *proxy # the shared proxy\n    - name: A\n      value: b\n",
    null,
  ],
];

/** Whether PyYAML (YAML 1.1, what many other tools read with) loads each text; null without it. */
function pyYamlLoads(texts: string[]): boolean[] | null {
  const script =
    "import json, sys, yaml\n" +
    "out = []\n" +
    "for t in json.load(sys.stdin):\n" +
    "    try:\n        yaml.safe_load(t); out.append(True)\n" +
    "    except Exception:\n        out.append(False)\n" +
    "print(json.dumps(out))\n";
  try {
    const stdout = execFileSync("python3", ["-c", script], { input: JSON.stringify(texts) });
    return JSON.parse(stdout.toString()) as boolean[];
  } catch {
    return null;
  }
}

/** What the merge must leave alone: the values outside the wizard's, without empty leftovers. */
function unmanaged(text: string): unknown {
  const prune = (value: unknown): unknown => {
    if (!isRecord(value)) return value;
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, prune(inner)] as const)
      .filter(([, inner]) => !(isRecord(inner) && Object.keys(inner).length === 0))
      .filter(([, inner]) => !(Array.isArray(inner) && inner.length === 0));
    return Object.fromEntries(entries);
  };
  return prune(withoutManaged(load(text), intended));
}

function merged(text: string) {
  const result = mergeValues(text, intended);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("merging around anchors and aliases", () => {
  it.each(CASES)("%s: changes nothing outside the wizard's settings", (_, text, moved) => {
    const result = merged(text);
    const after = load(result.text);
    expect(missingIntendedValues(after, intended)).toEqual([]);
    expect(unmanaged(result.text)).toEqual(unmanaged(text));
    if (moved) expect(result.notes.join("\n")).toMatch(moved);
    expect(result.notes.join("\n")).not.toMatch(/get the same changes/);
  });

  it.each(CASES)(
    "%s: keeps every comment but those noted as removed, and the notes agree",
    (_, text) => {
      const result = merged(text);
      const kept = commentsOf(result.text);
      const removed = removedComments(result.notes);
      for (const comment of withoutRemoved(commentsOf(text), removed))
        expect(kept).toContain(comment);
      expect(kept).toHaveLength(commentsOf(text).length - removed.length);
      expect(result.notes.join("\n")).not.toMatch(/could not be kept/);
      expect(result.notes.join("\n")).not.toMatch(/re-indented/);
    },
  );

  it.each(CASES)("%s: writes strict YAML, and a second merge changes nothing", (_, text) => {
    const result = merged(text);
    const doc = parseDocument(result.text, { strict: true, uniqueKeys: true, merge: true });
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
    expect(merged(result.text).text).toBe(result.text);
  });

  it("writes files PyYAML reads (skipped where python3 has no PyYAML)", (context) => {
    const texts = CASES.map(([, text]) => merged(text).text);
    const loads = pyYamlLoads(texts);
    if (loads === null) return context.skip();
    expect(loads).toEqual(texts.map(() => true));
  });

  it("keeps a comment on an alias line with the value that replaces the alias", () => {
    const text =
      "x-env: &env\n  - name: A\n    value: b\nserver:\n  extraEnv: *env # shared with x-env\n";
    expect(merged(text).text).toContain(
      "server:\n  extraEnv:\n    # shared with x-env\n    - name: A\n      value: b\n    - name: HTTP_PROXY\n",
    );
    expect(
      merged("defaults:\n  domain: &d old.example\nappDomain: *d # from defaults\n").text,
    ).toContain("appDomain: flows.corp.example # from defaults\n");
  });

  it("moves the anchor, unchanged and in its own style, to the first place that reuses it", () => {
    const text =
      "server:\n  extraEnv: &env [{name: A, value: b}] # shared\nmigrations:\n  env: *env # same as server\njobs:\n  env: *env\n";
    const result = merged(text).text;
    expect(result).toContain(
      "migrations:\n  env: &env [ { name: A, value: b } ] # same as server\n",
    );
    expect(result).toContain("jobs:\n  env: *env\n");
    expect(result.match(/&env/g)).toHaveLength(1);
  });
});
