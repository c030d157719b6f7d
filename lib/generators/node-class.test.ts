// kubernetes/node-class.yaml and install.sh's step that fills it: parsed back, filled by the very
// shell lines install.sh runs (with aws and kubectl stubbed), and validated against Karpenter's
// NodePool v1 CRD schema and a schema of the NodeClass fields the EKS user guide documents.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Ajv from "ajv";
import { parseAllDocuments } from "yaml";
import { parseTestConfig } from "../testing/config";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { installPlan } from "../plan";
import { caSetCertificates } from "../certs/ca-sets";
import { NODE_CLASS_FILE } from "../plan/node-trust";
import { generateFiles } from "./index";
import type { ConfigInput } from "../config/schema";

const readJson = (name: string) =>
  JSON.parse(readFileSync(new URL(`../upstream/testing/${name}`, import.meta.url), "utf8")) as {
    schema?: object;
  } & object;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validatePool = ajv.compile(readJson("karpenter-nodepool-v1.json").schema!);
const nodeClassSchema = readJson("eks-nodeclass-v1.documented.json");
delete (nodeClassSchema as Record<string, unknown>)["$comment"];
const validateClass = ajv.compile(nodeClassSchema);

const CERTS = TEST_CERTIFICATES.slice(0, 3).map(({ pem, label }, i) => ({
  pem,
  label,
  scope: (["both", "services", "agents"] as const)[i]!,
}));

function bundleOf(input: ConfigInput) {
  const plan = installPlan(parseTestConfig(input));
  return { plan, files: generateFiles(plan) };
}

/** Runs install.sh's node step in bash, aws and kubectl stubbed: returns what kubectl applies. */
function applied(input: ConfigInput, httpsProxyUrl = ""): unknown[] {
  const { plan, files } = bundleOf(input);
  const step = plan.commands.steps.find((s) => s.title.startsWith("Cluster nodes"))!;
  const dir = mkdtempSync(join(tmpdir(), "node-class-"));
  const file = files.find((f) => f.path === NODE_CLASS_FILE)!;
  mkdirSync(dirname(join(dir, file.path)), { recursive: true });
  writeFileSync(join(dir, file.path), file.contents);
  const script = [
    "set -euo pipefail",
    "AWS_REGION=eu-central-1 CLUSTER_NAME=corp-eks",
    `HTTPS_PROXY_URL='${httpsProxyUrl}'`,
    'aws() { case "$*" in',
    "  *nodeRoleArn*) echo arn:aws:iam::123456789012:role/eks/AmazonEKSAutoNodeRole ;;",
    '  *subnetIds*) printf \'[\\n  {\\n    "id": "subnet-0a1b2c3d"\\n  },\\n  {\\n    "id": "subnet-0a1b2c3e"\\n  }\\n]\\n\' ;;',
    "  *clusterSecurityGroupId*) echo sg-0a1b2c3d4e5f67890 ;;",
    "esac; }",
    "kubectl() { cat; }",
    ...step.commands,
  ].join("\n");
  const out = execFileSync("bash", ["-c", script], { cwd: dir, encoding: "utf8" });
  return parseAllDocuments(out).map((d) => d.toJSON());
}

const PROXY_ONLY: ConfigInput = {
  network: { egress: { restricted: true } },
  proxy: { enabled: true, httpProxy: "http://proxy.corp.example:3128" },
};

describe("kubernetes/node-class.yaml", () => {
  it("is left out when the nodes need neither a proxy nor extra CAs (NAT with an allowlist)", () => {
    expect(bundleOf({}).files.map((f) => f.path)).not.toContain(NODE_CLASS_FILE);
    // A proxy for the pods alone, egress not restricted: the nodes still pull directly.
    expect(bundleOf({ proxy: PROXY_ONLY.proxy }).files.map((f) => f.path)).not.toContain(
      NODE_CLASS_FILE,
    );
  });

  it("carries the services' CA set as certificate bundles that decode to those certificates", () => {
    const [nodeClass, nodePool] = applied({ certificates: CERTS }) as [
      { spec: { certificateBundles: { data: string }[]; advancedNetworking?: unknown } },
      unknown,
    ];
    expect(validateClass(nodeClass), JSON.stringify(validateClass.errors)).toBe(true);
    expect(validatePool(nodePool), JSON.stringify(validatePool.errors)).toBe(true);
    const decoded = nodeClass.spec.certificateBundles.map((b) =>
      Buffer.from(b.data, "base64").toString("utf8"),
    );
    const services = caSetCertificates(
      parseTestConfig({ certificates: CERTS }).certificates,
      "services",
    );
    expect(decoded).toEqual(services.map((c) => c.pem));
    expect(decoded).toHaveLength(2);
    expect(nodeClass.spec.advancedNetworking).toBeUndefined();
  });

  it("fills the cluster's node role name, subnets and security group from describe-cluster", () => {
    const [nodeClass] = applied({ certificates: CERTS }) as [{ spec: Record<string, unknown> }];
    expect(nodeClass.spec).toMatchObject({
      role: "AmazonEKSAutoNodeRole",
      subnetSelectorTerms: [{ id: "subnet-0a1b2c3d" }, { id: "subnet-0a1b2c3e" }],
      securityGroupSelectorTerms: [{ id: "sg-0a1b2c3d4e5f67890" }],
    });
  });

  it("gives proxy-only nodes the proxy and a NO_PROXY of at most 50 entries, EKS's API first", () => {
    const many = Array.from({ length: 60 }, (_, i) => `.svc${i}.corp.example`);
    const [nodeClass, nodePool] = applied({
      ...PROXY_ONLY,
      proxy: { ...PROXY_ONLY.proxy, noProxy: many },
    }) as [{ spec: { advancedNetworking: { httpsProxy: string; noProxy: string[] } } }, object];
    expect(validateClass(nodeClass), JSON.stringify(validateClass.errors)).toBe(true);
    expect(validatePool(nodePool), JSON.stringify(validatePool.errors)).toBe(true);
    const { httpsProxy, noProxy } = nodeClass.spec.advancedNetworking;
    expect(httpsProxy).toBe("http://proxy.corp.example:3128");
    expect(noProxy).toHaveLength(50);
    expect(noProxy.slice(0, 5)).toEqual([
      "localhost",
      "127.0.0.1",
      "169.254.169.254",
      ".eks.amazonaws.com",
      "10.0.0.0/16",
    ]);
    const plan = installPlan(
      parseTestConfig({ ...PROXY_ONLY, proxy: { ...PROXY_ONLY.proxy, noProxy: many } }),
    );
    expect(plan.nodes?.proxy?.dropped).toHaveLength(15);
  });

  it("leaves a proxy password to install.sh, which writes it in at apply time", () => {
    const input: ConfigInput = {
      ...PROXY_ONLY,
      proxy: { ...PROXY_ONLY.proxy, httpUser: "bob", credentials: "secret" },
    };
    const file = bundleOf(input).files.find((f) => f.path === NODE_CLASS_FILE)!;
    expect(file.contents).toContain("__HTTPS_PROXY_URL__");
    const [nodeClass] = applied(input, "http://bob:p%26ss@proxy.corp.example:3128") as [
      { spec: { advancedNetworking: { httpsProxy: string } } },
    ];
    expect(nodeClass.spec.advancedNetworking.httpsProxy).toBe(
      "http://bob:p%26ss@proxy.corp.example:3128",
    );
  });

  it("has validators that refuse what the schemas forbid", () => {
    const [nodeClass, nodePool] = applied({ certificates: CERTS }) as [
      { metadata: { name: string }; spec: Record<string, unknown> },
      { spec: { template: { spec: Record<string, unknown> } } },
    ];
    expect(validateClass({ ...nodeClass, metadata: { name: "default" } })).toBe(false);
    expect(
      validateClass({
        ...nodeClass,
        spec: { ...nodeClass.spec, advancedNetworking: { noProxy: Array(51).fill("a") } },
      }),
    ).toBe(false);
    const { nodeClassRef: _ref, ...withoutRef } = nodePool.spec.template.spec;
    expect(
      validatePool({ ...nodePool, spec: { ...nodePool.spec, template: { spec: withoutRef } } }),
    ).toBe(false);
    expect(validatePool({ ...nodePool, spec: { ...nodePool.spec, weight: 101 } })).toBe(false);
  });

  it("is applied after kubectl points at the cluster and before the Helm releases", () => {
    const install = bundleOf({ certificates: CERTS }).files.find((f) => f.path === "install.sh")!;
    const text = install.contents;
    const apply = text.indexOf(`node_manifest=$(<${NODE_CLASS_FILE})`);
    expect(apply).toBeGreaterThan(text.indexOf("aws eks update-kubeconfig"));
    expect(apply).toBeLessThan(text.indexOf("helm upgrade --install"));
    execFileSync("bash", ["-n", "-c", text]);
  });
});
