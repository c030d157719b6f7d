// Review an engineer can trust: every choice in one line with a way back to its field, warnings
// that catch placeholders, and a preview that follows the step.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBundle } from "./bundle";
import { expect, test } from "./fixtures";
import { StartPage } from "./pages/start-page";

test("the TLS-inspection preset asks for the proxy URL, and Review catches placeholders and a missing CA", async ({
  wizard,
  page,
}) => {
  await wizard.goto();
  await new StartPage(page).usePreset("Private VPC + proxy + TLS inspection");
  expect(await wizard.stepHasErrors("proxy")).toBe(true);
  await wizard.gotoStep("proxy");
  const url = wizard.field("HTTP proxy URL");
  await expect(url).toHaveValue("");
  await expect(wizard.main.getByLabel("The proxy inspects TLS")).toBeChecked();
  await url.fill("http://proxy.example.com:3128");

  await wizard.gotoStep("review");
  const warnings = wizard.main.getByRole("region", { name: /Warnings/ });
  await expect(warnings).toContainText(
    "The HTTP proxy URL names proxy.example.com, a name reserved for examples",
  );
  await expect(warnings).toContainText("The proxy inspects TLS, but no CA certificate is uploaded");
  // "Change it" leads to the field itself.
  await warnings
    .getByRole("listitem")
    .filter({ hasText: "proxy.example.com" })
    .getByRole("button")
    .click();
  await wizard.expectStep("proxy");
  await expect(url).toBeFocused();
});

test("a summary line whose setting has an error says so, and Change goes to that field", async ({
  wizard,
  page,
}) => {
  await wizard.goto();
  await new StartPage(page).usePreset("Private VPC + proxy + TLS inspection");
  await wizard.gotoStep("review");
  const proxyLine = wizard.main
    .getByTestId("review-summary")
    .locator("div")
    .filter({ has: page.getByText("Proxy", { exact: true }) });
  await expect(proxyLine).toContainText("has an error:");
  await expect(proxyLine).not.toContainText("none");
  await proxyLine.getByRole("button", { name: /Change Proxy/ }).click();
  await wizard.expectStep("proxy");
  await expect(wizard.field("HTTP proxy URL")).toBeFocused();
});

test("Review sums up every choice, each with a Change that focuses its field", async ({
  wizard,
}) => {
  await wizard.goto("review");
  const summary = wizard.main.getByTestId("review-summary");
  await expect(summary).toContainText("VPC");
  await expect(summary).toContainText("a new one, created by the module");
  await expect(summary).toContainText("Certificate");
  await summary.getByRole("button", { name: "Change Domain (Basics)" }).click();
  await wizard.expectStep("basics");
  await expect(wizard.field("App domain")).toBeFocused();
  await wizard.gotoStep("review");
  await summary.getByRole("button", { name: "Change Upstream versions (Basics)" }).click();
  await wizard.expectStep("basics");
  await expect(wizard.field("Main module ref")).toBeFocused();
});

test("the preview follows the step; a tab the user picks wins until the step changes", async ({
  wizard,
}) => {
  await wizard.goto("certificates");
  const selected = wizard.preview.getByRole("tab", { selected: true });
  await expect(selected).toHaveText("terraform/spacelift-flows.auto.tfvars");
  await wizard.previewTab("README.md").click();
  await expect(selected).toHaveText("README.md");
  await wizard.gotoStep("review");
  await expect(selected).toHaveText("install.sh");
  await wizard.gotoStep("proxy");
  await expect(selected).toHaveText("helm/values.yaml");
});

test("the bastion command is built when unfolded, says its size, and recreates the downloaded bundle", async ({
  wizard,
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await wizard.goto("review");
  const details = wizard.main.getByTestId("bastion-details");
  await expect(details).toBeVisible();
  // Folded, nothing is built.
  await expect(details.getByTestId("bastion-ready")).toHaveCount(0);
  await details.getByText("Paste on the bastion").click();
  await expect(details.getByTestId("bastion-ready")).toBeVisible();
  await expect(details.getByTestId("bastion-size")).toHaveText(
    /^Size: \d+(\.\d)? KB: small enough to paste in one go in most terminals\.$/,
  );
  await details.getByRole("button", { name: "Copy the bastion command" }).click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(
    await details.getByLabel("The bastion command", { exact: true }).textContent(),
  );

  // Pasted into a shell, it gives the very files of the downloaded zip.
  const cwd = mkdtempSync(join(tmpdir(), "bastion-e2e-"));
  const run = spawnSync("bash", ["-c", snippet], { cwd, encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const dir = /The bundle is in (\S+)\//.exec(run.stdout)![1]!;
  const download = await wizard.download();
  expect(`${dir}.zip`).toBe(download.suggestedFilename());
  const bundle = await readBundle((await download.path())!);
  expect(bundle.folder).toBe(dir);
  expect(bundle.files.size).toBeGreaterThan(5);
  for (const [name, text] of bundle.files)
    expect(readFileSync(join(cwd, dir, name), "utf8"), name).toBe(text);
});
