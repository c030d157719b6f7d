import fc from "fast-check";
import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../config/schema";

import { missingIntendedValues } from "./check";
import { commentsOf } from "./keep-format";
import { mergeValues } from "./merge-values";
import { load, loadTree, removedComments, withoutManaged, withoutRemoved } from "./testing/helpers";

// Strings that break naive YAML: quotes, #, :, newlines, YAML 1.1 booleans, ${, unicode.
const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "on",
    "no",
    "*",
    "# x",
    "a: b",
    "'q'",
    '"q"',
    "${x}",
    "line\nbreak",
    "é ü 漢",
    "0x10",
    "",
    " lead",
  ),
);

const existing = `# head
server:
  extraEnv:
    - name: http_proxy # old
      value: http://old:1
    - name: KEEP
      valueFrom:
        secretKeyRef: { name: s, key: k } # flow
  # tail of server
ingress:
  annotations:
    keep.example/annotation: "yes"
`;

describe("mergeValues with adversarial values", () => {
  it("always parses back to the intended values and keeps the rest and every other comment", () => {
    fc.assert(
      fc.property(nasty, nasty, nasty, (proxy, scheme, domain) => {
        const intended = {
          appDomain: domain,
          ingress: { annotations: { "alb.ingress.kubernetes.io/scheme": scheme } },
          server: { extraEnv: [{ name: "HTTP_PROXY", value: proxy }] },
        };
        const result = mergeValues(existing, intended);
        if (!result.ok) throw new Error(result.error);
        const after = load(result.text);
        expect(missingIntendedValues(after, intended)).toEqual([]);
        expect(withoutManaged(after, intended)).toEqual(withoutManaged(load(existing), intended));
        // http_proxy is renamed HTTP_PROXY: the comment on that line goes, and the notes say so.
        expect(removedComments(result.notes)).toEqual(["# old"]);
        expect(commentsOf(result.text)).toEqual(withoutRemoved(commentsOf(existing), ["# old"]));
      }),
      { numRuns: 150 },
    );
  });
});

describe("mergeValues with the wizard's own generators", () => {
  const parsed = parseConfig({
    basics: { appDomain: "flows.corp.example", agents: { ec2: false, kubernetes: true } },
    network: { ingressScheme: "internal" },
    proxy: { enabled: true, httpProxy: "http://proxy.corp.example:3128" },
  });
  if (!parsed.success) throw new Error("test configuration is invalid");
  const config = parsed.data;

  it("merges installPlan(config).chartValues.flows into a chart values file to the same values", () => {
    const text =
      "# ours\nappDomain: old.example\ningress:\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internet-facing\n    x: y\n";
    const result = mergeValues(text, installPlan(config).chartValues.flows);
    if (!result.ok) throw new Error(result.error);
    expect(missingIntendedValues(load(result.text), installPlan(config).chartValues.flows)).toEqual(
      [],
    );
    expect(loadTree(result.text).ingress.annotations.x).toBe("y");
  });

  it("merges installPlan(config).chartValues.agent into an agent chart values file", () => {
    const text =
      "agent:\n  poolSize: 3 # sized for CI\n  extraEnv:\n    - name: FOO\n      value: bar\n";
    const result = mergeValues(text, installPlan(config).chartValues.agent!);
    if (!result.ok) throw new Error(result.error);
    const after = loadTree(result.text);
    expect(missingIntendedValues(after, installPlan(config).chartValues.agent)).toEqual([]);
    expect(after.agent.poolSize).toBe(3);
    expect(after.agent.extraEnv[0]).toEqual({ name: "FOO", value: "bar" });
    expect(result.text).toContain("poolSize: 3 # sized for CI");
  });
});

describe("mergeValues on a file indented with four spaces", () => {
  const text = `# four spaces
server:
    extraEnv:
    -   name: A # first
        value: b
    resources:
        limits: {cpu: 1}   # tight
ingress:
    annotations:
        alb.ingress.kubernetes.io/scheme: internet-facing
`;
  it("still keeps every comment and value, re-indenting only where needed", () => {
    const intended = {
      server: { extraEnv: [{ name: "NO_PROXY", value: "localhost" }] },
      ingress: { annotations: { "alb.ingress.kubernetes.io/scheme": "internal" } },
    };
    const result = mergeValues(text, intended);
    if (!result.ok) throw new Error(result.error);
    expect(missingIntendedValues(load(result.text), intended)).toEqual([]);
    expect(withoutManaged(load(result.text), intended)).toEqual(
      withoutManaged(load(text), intended),
    );
    expect(commentsOf(result.text)).toEqual(commentsOf(text));
    expect(result.text).toContain("        alb.ingress.kubernetes.io/scheme: internal\n");
  });
});
