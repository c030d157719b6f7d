// The install the wizard exists for: private VPC, restricted egress through a proxy, and two
// company root CAs, through every step to the download, unpacked as a person would and checked.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { expect, test } from "./fixtures";
import { StartPage } from "./pages/start-page";
import { BasicsPage, NetworkPage } from "./pages/basics-page";
import { decodeCustomCaCertificates } from "../lib/certs/custom-ca-value";
import { selfSignedCa } from "../lib/testing/openssl";

let dir = "";
const roots: { name: string; pem: string }[] = [];

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "flows-e2e-"));
  for (const name of ["acme-root-a", "acme-root-b"]) {
    roots.push({ name, pem: selfSignedCa({ subject: `/CN=${name}` }) });
  }
});
test.afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

const body = (pem: string) => pem.replace(/-----[^-]+-----|\s/g, "");

test("private VPC + proxy + two CAs: every step, then the zip holds exactly that", async ({
  wizard,
  page,
}) => {
  await wizard.goto();
  await new StartPage(page).usePreset("Private VPC");
  await wizard.next();

  const basics = new BasicsPage(page);
  await basics.appDomain.fill("flows.acme.internal");
  await basics.namespace.fill("flows");
  await wizard.next();

  await wizard.expectStep("network");
  const network = new NetworkPage(page);
  await expect(network.ingress("Private")).toBeChecked();
  await network.confirmChecklist();
  await network.restrictedEgress.check();
  await network.openImages();
  await network.runtimeImage.fill("registry.acme.internal/node:24-alpine");
  await wizard.next();

  await wizard.expectStep("proxy");
  const main = wizard.main;
  await main.getByLabel("Send outbound traffic through an HTTP proxy").check();
  await main.getByLabel("HTTP proxy URL", { exact: true }).fill("http://proxy.acme.internal:3128");
  await main.getByRole("checkbox", { name: ".svc", exact: true }).check();
  await wizard.next();

  await wizard.expectStep("certificates");
  await main.getByLabel("Choose certificate files").setInputFiles(
    roots.map((r) => ({
      name: `${r.name}.pem`,
      mimeType: "application/x-pem-file",
      buffer: Buffer.from(r.pem),
    })),
  );
  await expect(main.getByTestId("certificate-card")).toHaveCount(2);
  await wizard.next();

  await wizard.expectStep("review");
  for (const step of ["basics", "network", "proxy", "certificates"] as const)
    expect(await wizard.stepHasErrors(step)).toBe(false);
  await expect(main.getByText(/VPC checklist is not fully confirmed/)).toHaveCount(0);
  await expect(main.getByText(/NO_PROXY does not list/)).toHaveCount(0);

  const download = await wizard.download();
  expect(download.suggestedFilename()).toBe("flows-advanced-settings-flows.acme.internal.zip");
  // Unzipped with the unzip program: one folder, named like the zip, where the sums check.
  const unpacked = mkdtempSync(join(dir, "unzip-"));
  execFileSync("unzip", ["-q", await download.path(), "-d", unpacked]);
  expect(readdirSync(unpacked)).toEqual(["flows-advanced-settings-flows.acme.internal"]);
  const bundle = join(unpacked, "flows-advanced-settings-flows.acme.internal");
  expect(execFileSync("sha256sum", ["-c", "--quiet", "SHA256SUMS"], { cwd: bundle }).length).toBe(
    0,
  );
  const read = async (path: string) => {
    expect(existsSync(join(bundle, path)), `${path} in the zip`).toBe(true);
    return readFileSync(join(bundle, path), "utf8");
  };

  const values = parse(await read("helm/values.yaml"));
  expect(values.appDomain).toBe("flows.acme.internal");
  expect(values.ingress.annotations["alb.ingress.kubernetes.io/scheme"]).toBe("internal");
  for (const component of ["server", "worker", "gateway"]) {
    const env = Object.fromEntries(
      values[component].extraEnv.map((e: { name: string; value: string }) => [e.name, e.value]),
    );
    expect(env.HTTP_PROXY).toBe("http://proxy.acme.internal:3128");
    expect(env.NO_PROXY.split(",")).toEqual(expect.arrayContaining([".cluster.local", ".svc"]));
  }

  const certs = readdirSync(join(bundle, "certs"))
    .filter((p) => p.endsWith(".pem"))
    .map((p) => `certs/${p}`);
  expect(certs).toHaveLength(2);
  const certBodies = await Promise.all(certs.map(async (p) => body(await read(p))));
  expect(certBodies.sort()).toEqual(roots.map((r) => body(r.pem)).sort());

  const tfvars = await read("terraform/spacelift-flows.auto.tfvars");
  const value = /custom_ca_certificates\s*=\s*"([^"]*)"/.exec(tfvars)?.[1] ?? "";
  const decoded = decodeCustomCaCertificates(value);
  expect(decoded.ok && decoded.pems.map(body).sort()).toEqual(roots.map((r) => body(r.pem)).sort());
  expect(tfvars).toContain('flows_docker_runtime_image = "registry.acme.internal/node:24-alpine"');
  expect(tfvars).toMatch(/^k8s_namespace\s*=\s*"flows"$/m);

  const install = await read("install.sh");
  expect(install).toContain("internal_ingress_manifest");
  const config = JSON.parse(await read("wizard-config.json"));
  expect(JSON.stringify(config)).toContain("proxy.acme.internal");
});

test("Review lists a CA that expires soon, and leads back to the certificate step", async ({
  wizard,
}) => {
  writeFileSync(
    join(dir, "short.pem"),
    selfSignedCa({ subject: "/CN=short-lived-root", days: 10 }),
  );
  await wizard.goto("certificates");
  await wizard.main.getByLabel("Choose certificate files").setInputFiles(join(dir, "short.pem"));
  await expect(wizard.main.getByTestId("certificate-card")).toHaveCount(1);
  await wizard.gotoStep("review");
  const section = wizard.main.getByRole("region", { name: /Certificate warnings/ });
  await expect(section).toContainText(/short-lived-root.*Expires in (9|10) days/);
  await section.getByRole("button", { name: "Change it in Certificates" }).click();
  await wizard.expectStep("certificates");
});
