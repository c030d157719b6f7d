import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { configSchema, type Config, type GitopsTool } from "../config/schema";
import { installPlan, type InstallPlan } from "../plan/index";
import { releaseFile } from "../plan/gitops";
import { validConfig } from "../testing/arbitraries";
import { GITOPS_KINDS, type GitopsKind } from "../upstream/gitops";
import { generateFiles, type GeneratedFile } from "./index";

const SCHEMA_DIR = join(__dirname, "../upstream/testing/crd-schemas");
const SCHEMA_FILES = [
  "application",
  "helmrelease",
  "helmrepository",
  "externalsecret",
  "secretstore",
];

interface CrdSchemaFile {
  source: { repo: string; tag: string; commit: string; path: string };
  apiVersion: string;
  kind: string;
  openAPIV3Schema: Record<string, unknown>;
}

/**
 * CRD schemas rarely forbid unknown fields (the API server prunes them instead): close every
 * object that lists its properties and does not preserve unknown fields, so an invented field fails.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = closed(value);
  if (
    out.properties &&
    out.additionalProperties === undefined &&
    out["x-kubernetes-preserve-unknown-fields"] !== true
  )
    out.additionalProperties = false;
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
// Kubernetes' own keywords: structural hints the validator need not act on.
for (const keyword of [
  "x-kubernetes-preserve-unknown-fields",
  "x-kubernetes-int-or-string",
  "x-kubernetes-list-type",
  "x-kubernetes-list-map-keys",
  "x-kubernetes-map-type",
  "x-kubernetes-validations",
  "x-kubernetes-embedded-resource",
])
  ajv.addKeyword(keyword);

const crds = SCHEMA_FILES.map(
  (name) => JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.json`), "utf8")) as CrdSchemaFile,
);
const validators = new Map(
  crds.map((crd) => {
    const schema = closed(crd.openAPIV3Schema) as Record<string, unknown>;
    // metadata is `type: object` in a CRD: the API server's own ObjectMeta checks it.
    return [`${crd.apiVersion} ${crd.kind}`, ajv.compile(schema)];
  }),
);

function withTool(config: Config, tool: GitopsTool): Config {
  return { ...config, gitops: { tool } };
}

function gitopsManifests(files: readonly GeneratedFile[]) {
  return files
    .filter((f) => f.path.startsWith("gitops/") && f.path.endsWith(".yaml"))
    .flatMap((f) =>
      parseAllDocuments(f.contents).map((doc) => {
        expect(doc.errors, f.path).toEqual([]);
        return { path: f.path, manifest: doc.toJS() as Record<string, unknown> };
      }),
    );
}

/** Leaf paths (dot notation, [] for list items), stopping at free-form maps such as values. */
function fieldPaths(value: unknown, prefix: string, stops: readonly string[]): string[] {
  if (stops.includes(prefix)) return [prefix];
  if (Array.isArray(value)) return value.flatMap((item) => fieldPaths(item, `${prefix}[]`, stops));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) =>
      fieldPaths(item, prefix ? `${prefix}.${key}` : key, stops),
    );
  return [prefix];
}

const kindOf = (manifest: Record<string, unknown>): GitopsKind | undefined =>
  GITOPS_KINDS.find((k) => k.apiVersion === manifest.apiVersion && k.kind === manifest.kind);

const tools = fc.constantFrom<GitopsTool>("argocd", "flux");

describe("the GitOps bundle", () => {
  it("keeps the CRD schemas it validates against with their source", () => {
    for (const kind of GITOPS_KINDS) {
      const crd = crds.find((c) => c.apiVersion === kind.apiVersion && c.kind === kind.kind);
      expect(crd?.source, kind.kind).toEqual({
        repo: kind.crd.repo,
        tag: kind.crd.tag,
        commit: kind.crd.commit,
        path: kind.crd.path,
      });
    }
  });

  it("writes only manifests the CRDs accept, with only the fields lib/upstream/gitops.ts lists", () => {
    fc.assert(
      fc.property(validConfig, tools, (config, tool) => {
        const files = generateFiles(installPlan(withTool(config, tool)));
        const manifests = gitopsManifests(files);
        expect(manifests.length).toBeGreaterThan(0);
        for (const { path, manifest } of manifests) {
          const kind = kindOf(manifest);
          expect(kind, `${path}: ${String(manifest.kind)}`).toBeDefined();
          const validate = validators.get(`${kind!.apiVersion} ${kind!.kind}`)!;
          expect(validate(manifest) ? [] : validate.errors, path).toEqual([]);
          const stops = ["metadata.annotations", "spec.values", "spec.source.helm.valuesObject"];
          const paths = fieldPaths(manifest, "", stops).filter(
            (p) => p !== "apiVersion" && p !== "kind",
          );
          for (const p of paths) expect(kind!.fields, `${path}: ${p}`).toContain(p);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("gives each release exactly the values install.sh passes with -f", () => {
    fc.assert(
      fc.property(validConfig, tools, (config, tool) => {
        const plan = installPlan(withTool(config, tool));
        const files = generateFiles(plan);
        for (const release of plan.gitops!.releases) {
          const file = files.find((f) => f.path === releaseFile(release))!;
          const manifest = parseAllDocuments(file.contents)[0]!.toJS() as {
            spec: {
              values?: unknown;
              releaseName?: string;
              chart?: { spec: { chart: string; version: string } };
              source?: {
                repoURL: string;
                chart: string;
                targetRevision: string;
                helm: { releaseName: string; valuesObject: unknown };
              };
              destination?: { namespace: string };
            };
          };
          const expected = plan.chartValues[release.chartKey];
          if (tool === "flux") {
            expect(manifest.spec.values).toEqual(expected);
            expect(manifest.spec.releaseName).toBe(release.releaseName);
            expect(manifest.spec.chart!.spec).toMatchObject({
              chart: release.chart,
              version: release.version,
            });
          } else {
            expect(manifest.spec.source!.helm).toEqual({
              releaseName: release.releaseName,
              valuesObject: expected,
            });
            expect(manifest.spec.source).toMatchObject({
              repoURL: "https://downloads.spacelift.io/helm",
              chart: release.chart,
              targetRevision: release.version,
            });
            expect(manifest.spec.destination!.namespace).toBe(config.basics.namespace);
          }
        }
        // The same values helm/values.yaml holds for install.sh.
        const helmValues = files.find((f) => f.path === "helm/values.yaml")!;
        expect(parseAllDocuments(helmValues.contents)[0]!.toJS()).toEqual(plan.chartValues.flows);
      }),
      { numRuns: 100 },
    );
  });

  it("releases the agent chart only when agents run in Kubernetes", () => {
    const plan = (kubernetes: boolean) =>
      installPlan(
        configSchema.parse({ gitops: { tool: "flux" }, basics: { agents: { kubernetes } } }),
      );
    expect(plan(false).gitops!.releases.map((r) => r.releaseName)).toEqual(["spacelift-flows"]);
    expect(plan(true).gitops!.releases.map((r) => r.releaseName)).toEqual([
      "spacelift-flows",
      "spacelift-flows-agent",
    ]);
  });

  it("writes no proxy password in any file, raw, URL-encoded or base64, even in plain values mode", () => {
    const password = fc.stringMatching(/^[A-Za-z0-9 @:%/+=!]{10,20}$/).map((p) => `Pw${p}`);
    fc.assert(
      fc.property(validConfig, tools, password, fc.boolean(), (config, tool, secret, plain) => {
        const withPassword: Config = withTool(
          {
            ...config,
            proxy: {
              ...config.proxy,
              enabled: true,
              httpProxy: "http://proxy.corp.internal:3128",
              httpUser: "svc-flows",
              httpPassword: secret,
              credentials: plain ? "plain" : "secret",
            },
          },
          tool,
        );
        const plan: InstallPlan = installPlan(withPassword);
        expect(plan.proxy?.useSecret).toBe(true);
        const forms = [
          secret,
          encodeURIComponent(secret),
          Buffer.from(secret).toString("base64"),
          Buffer.from(encodeURIComponent(secret)).toString("base64"),
        ];
        for (const file of generateFiles(plan))
          for (const form of forms) expect(file.contents, file.path).not.toContain(form);
        expect(plan.gitops!.proxySecret).not.toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it("reads the proxy URLs from Secrets Manager into the Secret the charts' secretKeyRef names", () => {
    const plan = installPlan(
      configSchema.parse({
        gitops: { tool: "flux" },
        proxy: {
          enabled: true,
          httpProxy: "http://proxy.corp.internal:3128",
          httpUser: "svc",
          secretName: "corp-proxy",
        },
      }),
    );
    const file = generateFiles(plan).find((f) => f.path === "gitops/apps/proxy-secret.yaml")!;
    const [store, external] = parseAllDocuments(file.contents).map((d) => d.toJS());
    expect(store.spec.provider.aws).toEqual({ service: "SecretsManager", region: "eu-central-1" });
    expect(external.spec.target.name).toBe("corp-proxy");
    expect(external.spec.secretStoreRef.name).toBe(store.metadata.name);
    expect(external.spec.data.map((d: { secretKey: string }) => d.secretKey)).toEqual([
      "HTTP_PROXY",
      "HTTPS_PROXY",
    ]);
    const refs = JSON.stringify(plan.chartValues.flows).match(/"secretKeyRef":\{[^}]*\}/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toContain('"name":"corp-proxy"');
  });

  it("stores the proxy URLs from standard input, never from a program's arguments, and the script passes shellcheck", () => {
    for (const tool of ["argocd", "flux"] as const) {
      const plan = installPlan(
        configSchema.parse({
          gitops: { tool },
          basics: { agents: { kubernetes: true } },
          network: { egress: { mirror: "module-ecr" } },
          proxy: { enabled: true, httpProxy: "http://proxy.corp.internal:3128", httpUser: "svc" },
        }),
      );
      const script = generateFiles(plan).find((f) => f.path === "install.sh")!.contents;
      expect(script).toContain("read -r -s");
      expect(script).toMatch(
        /printf '\{"HTTP_PROXY":"%s","HTTPS_PROXY":"%s"\}' .*\|\n\s+aws secretsmanager create-secret .*--secret-string file:\/\/\/dev\/stdin/,
      );
      expect(script).not.toMatch(/--secret-string (?!file:\/\/\/dev\/stdin)/);
      expect(script).not.toMatch(/^helm /m);
      expect(script).toContain("output -raw ingress_manifest > gitops/apps/ingress-class.yaml");
      execFileSync("bash", ["-n"], { input: script });
      execFileSync("shellcheck", ["-s", "bash", "-"], { input: script });
    }
  });

  it("leaves the bundle as it was without a GitOps tool", () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        const files = generateFiles(installPlan(withTool(config, "none")));
        expect(files.some((f) => f.path.startsWith("gitops/"))).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});
