// Review an engineer can trust: every choice in one line with a way back to its field, warnings
// that catch placeholders, and a preview that follows the step.
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
