import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { configSchema } from "../config/schema";
import { encodeCustomCaCertificates } from "../ca/custom-ca-value";
import { fakePem } from "../testing/arbitraries";
import { generateFiles } from "./index";

function unpack(files: ReturnType<typeof generateFiles>): string {
  const dir = mkdtempSync(join(tmpdir(), "bundle-"));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
  return dir;
}

describe("bundle README.md", () => {
  it("holds a recipe that rebuilds custom_ca_certificates from certs/ exactly", () => {
    const pems = fc.sample(fakePem, { numRuns: 3, seed: 42 });
    const config = configSchema.parse({
      certificates: pems.map((pem, i) => ({ pem, label: `Root ${i} "quoted" $(x)` })),
    });
    const files = generateFiles(config);
    const readme = files.find((f) => f.path === "README.md")!.contents;
    const recipe = /## Custom CA certificates[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const out = execFileSync("bash", ["-euo", "pipefail", "-c", recipe], {
      cwd: unpack(files),
    }).toString();
    expect(out).toBe(encodeCustomCaCertificates(pems));
  });

  it("warns when the value is too large for the EC2 agent's user data", () => {
    const pems = fc.sample(fakePem, { numRuns: 40, seed: 1 });
    const config = configSchema.parse({ certificates: pems.map((pem) => ({ pem, label: "x" })) });
    const readme = generateFiles(config).find((f) => f.path === "README.md")!.contents;
    expect(readme).toContain("**Warning:** The EC2 agents' user data would be");
  });

  it("lists the private VPC checklist only for an internal ingress", () => {
    const readme = (input: object) =>
      generateFiles(configSchema.parse(input)).find((f) => f.path === "README.md")!.contents;
    expect(readme({ network: { ingressScheme: "internal" } })).toContain(
      "## Private VPC checklist",
    );
    expect(readme({})).not.toContain("## Private VPC checklist");
  });
});
