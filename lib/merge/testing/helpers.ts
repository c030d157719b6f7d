// Shared by the merge tests: what a merge must leave alone, computed from the intended values.
import { parse } from "yaml";
import { isRecord } from "../yaml-nodes";

/** Parses YAML the way the merge does (merge keys on). */
export function load(text: string): unknown {
  return parse(text, { merge: true }) as unknown;
}

/**
 * `values` without what `intended` manages: its scalar and list paths, and in EnvVar lists the
 * entries named (in any case) like the wizard's. What is left must survive a merge unchanged.
 */
export function withoutManaged(values: unknown, intended: unknown): unknown {
  if (!isRecord(values) || !isRecord(intended)) return values;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const want = intended[key];
    if (want === undefined) out[key] = value;
    else if (isRecord(want)) out[key] = withoutManaged(value, want);
    else if (Array.isArray(want) && Array.isArray(value)) {
      const names = new Set(want.map((e) => String((e as { name: string }).name).toLowerCase()));
      out[key] = value.filter(
        (e) => !names.has(String((e as { name?: string }).name).toLowerCase()),
      );
    }
  }
  return out;
}

export const proxyEnv = [
  { name: "HTTP_PROXY", value: "http://proxy.corp.example:8080" },
  { name: "HTTPS_PROXY", value: "http://proxy.corp.example:8080" },
  { name: "NO_PROXY", value: "localhost,127.0.0.1,.cluster.local" },
];

export const secretProxyEnv = [
  {
    name: "HTTP_PROXY",
    valueFrom: { secretKeyRef: { name: "spacelift-flows-proxy", key: "HTTP_PROXY" } },
  },
  {
    name: "HTTPS_PROXY",
    valueFrom: { secretKeyRef: { name: "spacelift-flows-proxy", key: "HTTPS_PROXY" } },
  },
  { name: "NO_PROXY", value: "localhost,127.0.0.1,.cluster.local" },
];

/** The shape of the wizard's helm values for a private VPC behind a proxy. */
export const privateProxyValues = {
  appDomain: "flows.corp.example",
  ingress: {
    enabled: true,
    className: "spacelift-flows",
    annotations: {
      "alb.ingress.kubernetes.io/healthcheck-port": "8080",
      "alb.ingress.kubernetes.io/healthcheck-path": "/health",
      "alb.ingress.kubernetes.io/healthcheck-interval-seconds": "10",
      "alb.ingress.kubernetes.io/scheme": "internal",
    },
    exposeGateway: true,
  },
  server: { extraEnv: proxyEnv },
  worker: { extraEnv: proxyEnv },
  gateway: { extraEnv: proxyEnv },
};

/** Parsed YAML read freely in tests (the assertions check the shape). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test-only, see above
export type Tree = any;

export function loadTree(text: string): Tree {
  return load(text);
}

/** The comments a merge's notes say it removed with a replaced value (stale-comments.ts). */
export function removedComments(notes: readonly string[]): string[] {
  return notes.flatMap((note) => {
    const m = /^Removed the comment "(#.*)" from /.exec(note);
    return m ? [m[1]!.trim()] : [];
  });
}

/** `comments` less one occurrence of each of `removed`. */
export function withoutRemoved(comments: readonly string[], removed: readonly string[]): string[] {
  const left = [...comments];
  for (const comment of removed) {
    const at = left.indexOf(comment);
    if (at >= 0) left.splice(at, 1);
  }
  return left;
}
