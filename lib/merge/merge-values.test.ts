import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { missingIntendedValues } from "./check";
import { diffLines, splitLines } from "./diff";
import { commentsOf } from "./keep-format";
import { mergeValues, type MergeResult } from "./merge-values";
import {
  load,
  loadTree,
  privateProxyValues,
  proxyEnv,
  removedComments,
  secretProxyEnv,
  withoutManaged,
  withoutRemoved,
} from "./testing/helpers";

const teamValues = readFileSync(new URL("./testing/team-values.yaml", import.meta.url), "utf8");

function merged(result: MergeResult): { text: string; notes: string[] } {
  if (!result.ok) throw new Error(`expected a merge, got: ${result.error}`);
  return result;
}

function commentLines(text: string): string[] {
  return splitLines(text).filter((line) => line.trim().startsWith("#"));
}

describe("mergeValues on a team's commented values file", () => {
  const result = merged(mergeValues(teamValues, privateProxyValues));
  const after = loadTree(result.text);

  it("parses back to every value the wizard intended", () => {
    expect(missingIntendedValues(after, privateProxyValues)).toEqual([]);
  });

  it("keeps every value the wizard does not manage", () => {
    expect(withoutManaged(after, privateProxyValues)).toEqual(
      withoutManaged(load(teamValues), privateProxyValues),
    );
  });

  it("keeps every comment but those on a replaced value's line: head, inline, trailing, whole lines byte for byte", () => {
    const removed = ["# public for now", "# to be replaced"];
    expect(removedComments(result.notes)).toEqual(removed);
    expect(commentsOf(result.text)).toEqual(withoutRemoved(commentsOf(teamValues), removed));
    expect(commentLines(result.text)).toEqual(commentLines(teamValues));
    expect(result.text).toContain('value: "http://proxy.corp.example:8080"\n');
    expect(result.text).toContain("alb.ingress.kubernetes.io/scheme: internal\n");
    expect(result.text).toContain("appDomain: flows.corp.example # do not change without DNS");
  });

  it("says which comments went with the replaced values, and which stayed beside them", () => {
    const notes = result.notes.join("\n");
    expect(notes).toContain(
      'Removed the comment "# to be replaced" from server.extraEnv[0].value: it was on the line of the value the wizard replaced.',
    );
    expect(notes).toContain(
      'Removed the comment "# public for now" from ingress.annotations["alb.ingress.kubernetes.io/scheme"]',
    );
    expect(notes).toMatch(
      /Kept the comment "# Outbound through the old proxy" by server\.extraEnv\[0\]/,
    );
    expect(notes).not.toMatch(/could not be kept|re-indented/);
  });

  it("changes only the lines the wizard's settings touch", () => {
    const removed = diffLines(teamValues, result.text)
      .filter((line) => line.kind === "remove")
      .map((line) => line.text.trim());
    expect(removed).toEqual([
      "value: http://old-proxy.corp.example:3128 # to be replaced",
      "value: http://old-proxy.corp.example:3128",
      "extraEnv: *commonEnv",
      "extraEnv: []",
      "alb.ingress.kubernetes.io/scheme: internet-facing # public for now",
      "alb.ingress.kubernetes.io/healthcheck-port: 8080",
    ]);
  });

  it("replaces proxy entries in place, upper and lower case, without duplicating them", () => {
    const names = (after.server.extraEnv as { name: string }[]).map((e) => e.name);
    expect(names).toEqual([
      "HTTP_PROXY",
      "http_proxy",
      "DATABASE_PASSWORD",
      "HTTPS_PROXY",
      "NO_PROXY",
    ]);
    expect(after.server.extraEnv[1]).toEqual({ name: "http_proxy", value: proxyEnv[0]!.value });
    expect(result.notes.join("\n")).toMatch(/Node reads http_proxy first/);
  });

  it("keeps valueFrom entries as they are", () => {
    expect(after.server.extraEnv[2]).toEqual({
      name: "DATABASE_PASSWORD",
      valueFrom: { secretKeyRef: { name: "flows-db", key: "password" } },
    });
  });

  it("gives an aliased list its own copy and leaves the anchor alone", () => {
    expect(after["x-common-env"]).toEqual(loadTree(teamValues)["x-common-env"]);
    expect(after.worker.extraEnv.map((e: { name: string }) => e.name)).toEqual([
      "LOG_LEVEL",
      "HTTPS_PROXY",
      "HTTP_PROXY",
      "NO_PROXY",
    ]);
    expect(result.text.match(/&commonEnv/g)).toHaveLength(1);
    expect(result.notes.join("\n")).toMatch(/worker\.extraEnv was an alias \(\*commonEnv\)/);
  });

  it("keeps the user's other annotations and quotes the port the chart reads as a string", () => {
    expect(after.ingress.annotations["alb.ingress.kubernetes.io/group.name"]).toBe("corp-shared");
    expect(result.text).toContain('alb.ingress.kubernetes.io/healthcheck-port: "8080"');
  });

  it("is idempotent: merging the merged file again changes nothing", () => {
    const again = merged(mergeValues(result.text, privateProxyValues));
    expect(again.text).toBe(result.text);
    expect(again.notes).toContain(
      "Your file already holds every setting of the wizard: it is unchanged.",
    );
  });
});

describe("mergeValues, entries and lists", () => {
  it("turns a plain proxy entry into a valueFrom entry at the same position", () => {
    const text =
      "worker:\n  extraEnv:\n    - name: HTTP_PROXY # proxy\n      value: http://old:3128\n    - name: A\n      value: b\n";
    const result = merged(mergeValues(text, { worker: { extraEnv: secretProxyEnv } }));
    const env = loadTree(result.text).worker.extraEnv;
    expect(env[0]).toEqual(secretProxyEnv[0]);
    expect(env[1]).toEqual({ name: "A", value: "b" });
    expect(result.text).toContain("- name: HTTP_PROXY # proxy");
    expect(result.text).not.toContain("http://old:3128");
  });

  it("keeps an alias when the aliased list already says what the wizard wants", () => {
    const text = "env: &env\n  - name: NO_PROXY\n    value: localhost\nserver:\n  extraEnv: *env\n";
    const result = merged(
      mergeValues(text, { server: { extraEnv: [{ name: "NO_PROXY", value: "localhost" }] } }),
    );
    expect(result.text).toBe(text);
  });

  it("copies a list inherited through a << merge key before adding to it", () => {
    const text =
      "defaults: &defaults\n  extraEnv:\n    - name: A\n      value: b\ngateway:\n  <<: *defaults\n  replicas: 1\n";
    const result = merged(mergeValues(text, { gateway: { extraEnv: proxyEnv } }));
    const after = loadTree(result.text);
    expect(after.gateway.extraEnv.map((e: { name: string }) => e.name)).toEqual([
      "A",
      "HTTP_PROXY",
      "HTTPS_PROXY",
      "NO_PROXY",
    ]);
    expect(after.defaults.extraEnv).toEqual([{ name: "A", value: "b" }]);
    expect(result.text).toContain("<<: *defaults");
  });

  it("writes block style into empty flow collections", () => {
    const text = "ingress:\n  annotations: {}\nserver:\n  extraEnv: []\n";
    const result = merged(
      mergeValues(text, { ingress: { annotations: { a: "b" } }, server: { extraEnv: proxyEnv } }),
    );
    expect(result.text).toContain("  annotations:\n    a: b\n");
    expect(result.text).not.toMatch(/[{[]/);
  });

  it("fills a key left empty (ingress:) instead of refusing it", () => {
    const result = merged(
      mergeValues("ingress:\nappDomain: a.example\n", { ingress: { className: "x" } }),
    );
    expect(load(result.text)).toEqual({ ingress: { className: "x" }, appDomain: "a.example" });
  });

  it("quotes strings that are not plain words, as the generated files do", () => {
    const result = merged(mergeValues("a: 1\n", { b: "on", c: "http://x:1", d: "plain-word" }));
    expect(result.text).toBe('a: 1\nb: "on"\nc: "http://x:1"\nd: plain-word\n');
  });

  it("builds the whole file when the input is empty or only comments", () => {
    expect(load(merged(mergeValues("", privateProxyValues)).text)).toEqual(privateProxyValues);
    const commented = merged(mergeValues("# nothing yet\n", { appDomain: "a.example" }));
    expect(commented.text).toBe("# nothing yet\n\nappDomain: a.example\n");
  });

  it("keeps Windows line ends when the file had them", () => {
    const result = merged(
      mergeValues("# head\r\nappDomain: old.example\r\n", { appDomain: "new.example" }),
    );
    expect(result.text).toBe("# head\r\nappDomain: new.example\r\n");
  });
});

describe("mergeValues and proxy variables the wizard does not set", () => {
  it("keeps them and says they still apply", () => {
    const text = "worker:\n  extraEnv:\n    - name: https_proxy\n      value: http://old:1\n";
    const result = merged(mergeValues(text, { appDomain: "a.example" }));
    expect(loadTree(result.text).worker.extraEnv).toEqual([
      { name: "https_proxy", value: "http://old:1" },
    ]);
    expect(result.notes.join("\n")).toMatch(
      /worker\.extraEnv keeps your https_proxy: the wizard does not set it there/,
    );
  });
});

describe("mergeValues and anchors the wizard writes through", () => {
  it("leaves a reused anchored mapping as it was for the key that reuses it, and says so", () => {
    const text = "ingress: &ing\n  className: alb\nother: *ing\n";
    const result = merged(mergeValues(text, { ingress: { className: "spacelift-flows" } }));
    expect(loadTree(result.text).ingress.className).toBe("spacelift-flows");
    expect(loadTree(result.text).other.className).toBe("alb");
    expect(result.notes.join("\n")).toMatch(
      /ingress carried the anchor &ing, which other reuses with \*ing: so that it keeps its value/,
    );
  });

  it("writes a file holding a !!binary value (no folding of long lines)", () => {
    const text = "blob: !!binary aGVsbG8=\nappDomain: old.example\n";
    const result = merged(mergeValues(text, { appDomain: "new.example" }));
    expect(result.text).toBe("blob: !!binary aGVsbG8=\nappDomain: new.example\n");
  });
});
