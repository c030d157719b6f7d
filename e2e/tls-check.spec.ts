// "Does my CA set cover what the proxy presents?" in the browser: the transcript is the real
// output of `openssl s_client -showcerts -proxy …` through the test suite's intercepting proxy
// (loopback; it re-signs TLS with a test inspection CA), pasted into the certificate step.
import { readFile } from "node:fs/promises";
import { readBundle } from "./bundle";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { makePki, type Issued, type Pki } from "../lib/testing/pki";
import { sClientTranscript } from "../lib/testing/s-client";
import { startInterceptingProxy, type InterceptingProxy } from "../lib/testing/intercepting-proxy";
import { decodeCustomCaCertificates } from "../lib/certs/custom-ca-value";
import { parseHcl } from "../lib/testing/hcl";
import { configSchema } from "../lib/config/schema";
import { encodeShareLink } from "../lib/share";

let pki: Pki;
let root: Issued;
let inspection: Issued;
let other: Issued;
let proxy: InterceptingProxy;
let transcript = "";

test.beforeAll(async () => {
  pki = makePki();
  root = pki.root("Corp Root CA");
  inspection = pki.issue(root, "Corp Inspection CA G2", { ca: true });
  const leaf = pki.issue(inspection, "registry.useflows.com", {
    dnsNames: ["registry.useflows.com", "github.com"],
  });
  other = pki.root("Unrelated Root CA");
  proxy = await startInterceptingProxy({
    cert: leaf.pem + inspection.pem,
    key: await readFile(leaf.keyFile, "utf8"),
  });
  transcript = await sClientTranscript([
    "-proxy",
    `127.0.0.1:${proxy.port}`,
    "-connect",
    "registry.useflows.com:443",
    "-servername",
    "registry.useflows.com",
  ]);
  expect(transcript).toContain("Certificate chain");
  expect(proxy.connects).toEqual([{ target: "registry.useflows.com:443", status: 200 }]);
});
test.afterAll(async () => {
  await proxy?.close();
  pki?.cleanup();
});

const config = (certificates: { pem: string; label: string; scope?: string }[]) =>
  configSchema.parse({
    basics: { appDomain: "flows.acme.corp", agents: { ec2: true, kubernetes: true } },
    proxy: { enabled: true, httpProxy: "http://proxy.acme.corp:3128", tlsInspection: true },
    certificates,
  });

test("a transcript from the intercepting proxy: not covered (naming the issuer), then covered once the root is added", async ({
  wizard,
  page,
}) => {
  await wizard.goto(
    "certificates",
    `#${encodeShareLink(config([{ pem: other.pem, label: "Unrelated Root CA" }]))}`,
  );
  const main = wizard.main;
  const section = main.getByTestId("tls-check");
  await section.getByText(/Commands for the \d+ hosts/).click();
  await expect(section.getByTestId("tls-check-commands")).toContainText(
    "openssl s_client -showcerts -proxy proxy.acme.corp:3128 -connect registry.useflows.com:443 -servername registry.useflows.com </dev/null",
  );
  await section.getByLabel("s_client output or PEM chain").fill(transcript);
  await section.getByRole("button", { name: "Check the pasted output" }).click();
  const result = section.getByTestId("tls-check-result");
  await expect(result).toHaveCount(1);
  await expect(result).toHaveAttribute("data-covered", "false");
  await expect(result).toContainText("registry.useflows.com:443");
  await expect(result).toContainText(
    `Services' CA set: not covered. The chain ends at "Corp Inspection CA G2", issued by "Corp Root CA", which is not in this CA set.`,
  );
  // The paste box is emptied and focus goes to the results.
  await expect(section.getByLabel("s_client output or PEM chain")).toHaveValue("");
  await expect(section.getByRole("heading", { name: "1 host checked" })).toBeFocused();
  // No axe violations with a result shown, light and dark.
  await section.getByText(/Commands for the \d+ hosts/).click();
  for (const scheme of ["light", "dark"] as const) {
    await wizard.setTheme(scheme);
    const axe = await new AxeBuilder({ page }).include('[data-testid="tls-check"]').analyze();
    expect(
      axe.violations.map((v) => `${scheme}: ${v.id} ${v.nodes.map((n) => n.target).join(", ")}`),
    ).toEqual([]);
  }

  // Review warns, and its link leads back to the check.
  await wizard.gotoStep("review");
  const warning = main.getByText(
    /TLS check registry\.useflows\.com:443: the Flows services' CA set does not cover/,
  );
  await expect(warning).toBeVisible();
  await expect(main.getByTestId("review-tls-checks")).toContainText(
    "registry.useflows.com:443, services' CA set: not covered.",
  );
  await main
    .getByRole("listitem")
    .filter({ hasText: /TLS check registry\.useflows\.com:443/ })
    .getByRole("button", { name: /Change it in Certificates/ })
    .click();
  await wizard.expectStep("certificates");
  await expect(main.locator('fieldset[name="tlsChecks.0"]')).toBeFocused();

  // Add the right root as any certificate: the verdict follows.
  await main.getByLabel(/Or paste PEM certificates/).fill(root.pem);
  await main.getByRole("button", { name: /Add pasted certificates/ }).click();
  await expect(result).toHaveAttribute("data-covered", "true");
  await expect(result).toContainText("Services' CA set: covered. Covered by Corp Root CA");

  // The check is part of the configuration: it survives a reload (the draft).
  await page.reload();
  await wizard.waitReady();
  await expect(main.getByTestId("tls-check-result")).toHaveAttribute("data-covered", "true");
});

test("pasted output not yet checked survives a reload, and a private key in it is never stored", async ({
  wizard,
  page,
}) => {
  await wizard.goto("certificates", `#${encodeShareLink(config([]))}`);
  const box = wizard.main.getByTestId("tls-check").getByLabel("s_client output or PEM chain");
  await box.fill(transcript);
  const stored = () => page.evaluate(() => localStorage.getItem("flows-wizard-draft") ?? "");
  await expect.poll(stored).toContain("tlsCheckPaste");
  await page.reload();
  await wizard.waitReady();
  await expect(box).toHaveValue(transcript);

  await box.fill(`${transcript}-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n`);
  await expect.poll(stored).not.toContain("tlsCheckPaste");
  expect(await stored()).not.toMatch(/PRIVATE KEY/);
});

test("only the intermediate: the check says which receivers refuse and what to add; with the root, covered for all", async ({
  wizard,
}) => {
  await wizard.goto("certificates", `#${encodeShareLink(config([]))}`);
  const main = wizard.main;
  const section = main.getByTestId("tls-check");
  // A port no target uses: a host both the services and the agents are taken to reach.
  await section.getByLabel("Host (name or name:port)").fill("registry.useflows.com:8443");
  await section.getByLabel("s_client output or PEM chain").fill(transcript);
  await section.getByRole("button", { name: "Check the pasted output" }).click();
  const result = section.getByTestId("tls-check-result");
  // The chain holds no root: the root's file is named by subject and key identifier.
  await expect(result).toContainText(
    'Add the root "Corp Root CA" (subject "O=Test PKI, CN=Corp Root CA", key identifier',
  );
  // The one-click button adds the intermediate, and says what that achieves.
  await section
    .getByRole("button", {
      name: "Add the intermediate “Corp Inspection CA G2” (enough for Go clients only, not for Node)",
    })
    .click();
  await expect(main.getByTestId("certificate-card")).toHaveCount(1);
  await expect(result).toHaveAttribute("data-covered", "false");
  const agents = result.locator('li[data-set="agents"]');
  await expect(agents).toHaveAttribute("data-state", "partly covered");
  await expect(agents).toContainText("⚠");
  await expect(agents).toContainText(
    'The path ends at the intermediate CA "Corp Inspection CA G2", not at a self-signed root: covered for the agent (Go); refused by Node runtimes',
  );
  await expect(agents).toContainText(
    'Add the root "Corp Root CA" (subject "O=Test PKI, CN=Corp Root CA"',
  );
  await expect(result.locator('li[data-set="services"]')).toContainText(
    "perhaps refused by Flows services, whose TLS library is not documented",
  );

  // Review names the host, the CA set and who refuses.
  await wizard.gotoStep("review");
  await expect(
    main.getByText(
      /TLS check registry\.useflows\.com:8443: the agents' CA set is only partly covered\. .*refused by Node runtimes/,
    ),
  ).toBeVisible();
  await expect(main.getByTestId("review-tls-checks")).toContainText(
    "registry.useflows.com:8443, agents' CA set: partly covered.",
  );

  // With the root: covered for every receiver.
  await wizard.gotoStep("certificates");
  await main.getByLabel(/Or paste PEM certificates/).fill(root.pem);
  await main.getByRole("button", { name: /Add pasted certificates/ }).click();
  await expect(result).toHaveAttribute("data-covered", "true");
  await expect(agents).toHaveAttribute("data-state", "covered");
  await expect(agents).toContainText("for the agent (Go) and Node runtimes.");
  await expect(result.locator('li[data-set="services"]')).toHaveAttribute("data-state", "covered");
});

test("a refused CONNECT and text without certificates are explained at the paste box", async ({
  wizard,
}) => {
  await wizard.goto("certificates");
  const section = wizard.main.getByTestId("tls-check");
  const box = section.getByLabel("s_client output or PEM chain");
  await box.fill("CONNECTED(00000003)\ns_client: HTTP CONNECT failed: 403 Forbidden\n");
  await section.getByRole("button", { name: "Check the pasted output" }).click();
  await expect(box).toHaveAccessibleDescription(
    /The proxy refused the CONNECT request \(403 Forbidden\)/,
  );
  await expect(box).toHaveValue(/403 Forbidden/);
  await box.fill("nothing here");
  await section.getByRole("button", { name: "Check the pasted output" }).click();
  await expect(box).toHaveAccessibleDescription(/No certificate found/);
  await expect(section.getByTestId("tls-check-result")).toHaveCount(0);
});

test("a CA set per module: the zip's two values decode to two different, correct sets", async ({
  wizard,
}) => {
  await wizard.goto(
    "certificates",
    `#${encodeShareLink(
      config([
        { pem: root.pem, label: "Corp Root CA" },
        { pem: other.pem, label: "Unrelated Root CA" },
      ]),
    )}`,
  );
  const main = wizard.main;
  const scopes = main.getByTestId("certificate-scope");
  await scopes.nth(0).getByRole("radio", { name: "Agents only" }).check();
  await scopes.nth(1).getByRole("radio", { name: "Services only" }).check();
  await expect(main.getByTestId("ca-set-summary")).toHaveText(
    /the Flows services trust 1 certificate, \d+ characters; the agents trust 1 certificate/,
  );
  const download = await wizard.download();
  const bundle = await readBundle(await download.path());
  const read = async (path: string) => bundle.read(path);
  const tfvars = (await parseHcl(
    await read("terraform/spacelift-flows.auto.tfvars"),
    "x.tfvars",
  )) as Record<string, string>;
  const pems = (value: string) => {
    const decoded = decodeCustomCaCertificates(value);
    if (!decoded.ok) throw new Error(decoded.error);
    return decoded.pems;
  };
  expect(pems(tfvars.custom_ca_certificates!)).toEqual([other.pem]);
  expect(pems(tfvars.agent_custom_ca_certificates!)).toEqual([root.pem]);
  const agentValues = await read("helm/agent-values.yaml");
  const env = /name: FLOWS_ADDITIONAL_ROOT_CAS\n\s+value: "?([A-Za-z0-9+/=]+)"?/.exec(agentValues);
  expect(pems(env![1]!)).toEqual([root.pem]);
});

test("a PEM chain file can be picked or dropped on the box instead of pasting", async ({
  wizard,
  page,
}) => {
  await wizard.goto(
    "certificates",
    `#${encodeShareLink(config([{ pem: root.pem, label: "Corp Root CA" }]))}`,
  );
  const section = wizard.main.getByTestId("tls-check");
  const leafPem = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n/.exec(
    transcript,
  )![0];
  await section.getByTestId("tls-check-file").setInputFiles({
    name: "chain.pem",
    mimeType: "application/x-pem-file",
    buffer: Buffer.from(leafPem + inspection.pem),
  });
  await expect(section.getByTestId("tls-check-result")).toHaveAttribute("data-covered", "true");
  await expect(section.getByTestId("tls-check-result")).toContainText("registry.useflows.com:443");

  // Dropped on the paste box: the same reading, for another host name typed first.
  await section.getByLabel("Host (name or name:port)").fill("github.com");
  const box = section.getByLabel("s_client output or PEM chain");
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "chain.pem", { type: "application/x-pem-file" }));
    return transfer;
  }, leafPem + inspection.pem);
  await box.dispatchEvent("drop", { dataTransfer });
  const results = section.getByTestId("tls-check-result");
  await expect(results).toHaveCount(2);
  await expect(results.nth(1)).toContainText("github.com:443");
  await expect(results.nth(1)).toHaveAttribute("data-covered", "true");
});
