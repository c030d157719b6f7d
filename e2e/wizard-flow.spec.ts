import { readBundle } from "./bundle";
import { expect, test } from "./fixtures";
import { StartPage, type PresetTitle } from "./pages/start-page";
import { BasicsPage, NetworkPage } from "./pages/basics-page";
import { STEP_IDS } from "./pages/wizard-page";

async function unzip(path: string): Promise<Map<string, string>> {
  return (await readBundle(path)).files;
}

const PRESETS: { title: PresetTitle; scheme: string; proxy: boolean }[] = [
  { title: "Public (default)", scheme: "internet-facing", proxy: false },
  { title: "Private VPC", scheme: "internal", proxy: false },
  { title: "Private VPC + proxy + TLS inspection", scheme: "internal", proxy: true },
];

for (const preset of PRESETS) {
  test(`preset "${preset.title}" goes through every step to a zip that matches it`, async ({
    wizard,
    page,
  }) => {
    await wizard.goto();
    await new StartPage(page).usePreset(preset.title);
    await expect(wizard.main.getByRole("status").filter({ hasText: preset.title })).toBeVisible();
    await wizard.next();
    await wizard.expectStep("basics");
    await new BasicsPage(page).appDomain.fill("flows.acme.internal");
    for (const step of STEP_IDS.slice(2)) {
      await wizard.next();
      await wizard.expectStep(step);
      // A preset never fills in a proxy URL: the field asks for one until it is typed.
      if (step === "proxy" && preset.proxy) {
        const url = wizard.field("HTTP proxy URL");
        await expect(url).toHaveAttribute("aria-invalid", "true");
        await url.fill("http://proxy.acme.internal:3128");
      }
    }
    const download = await wizard.download();
    expect(download.suggestedFilename()).toBe("flows-advanced-settings-flows.acme.internal.zip");
    const files = await unzip(await download.path());
    const values = files.get("helm/values.yaml") ?? "";
    expect(values).toContain(`alb.ingress.kubernetes.io/scheme: ${preset.scheme}`);
    expect(values).toContain("appDomain: flows.acme.internal");
    expect(values.includes("HTTP_PROXY")).toBe(preset.proxy);
    expect(files.get("install.sh")).toContain(
      preset.scheme === "internal" ? "internal_ingress_manifest" : "output -raw ingress_manifest",
    );
    const config = JSON.parse(files.get("wizard-config.json") ?? "{}");
    expect(JSON.stringify(config)).toContain("flows.acme.internal");
  });
}

test("errors appear as the user types, block Next, and clear when fixed", async ({
  wizard,
  page,
}) => {
  await wizard.goto("basics");
  const basics = new BasicsPage(page);
  await basics.appDomain.fill("https://Flows.acme.io");
  await expect(basics.appDomain).toHaveAttribute("aria-invalid", "true");
  const error = wizard.fieldErrors.first();
  await expect(error).toContainText("without http:// or https://");
  const describedBy = (await basics.appDomain.getAttribute("aria-describedby")) ?? "";
  expect(describedBy.split(" ")).toContain(await error.getAttribute("id"));
  await expect.poll(() => wizard.stepHasErrors("basics")).toBe(true);
  // The preview keeps following every other field, and names the one it waits for.
  await expect(wizard.preview.locator("[data-waiting-note]")).toContainText("App domain");

  await wizard.next();
  await wizard.expectStep("basics");
  await expect(basics.appDomain).toBeFocused();

  await basics.appDomain.fill("flows.acme.io");
  await expect(basics.appDomain).not.toHaveAttribute("aria-invalid", "true");
  await expect(wizard.fieldErrors).toHaveCount(0);
  await expect.poll(() => wizard.stepHasErrors("basics")).toBe(false);
  expect(await wizard.previewText("helm/values.yaml")).toContain("appDomain: flows.acme.io");
  // The changed line is marked, with the setting behind it.
  const marked = wizard.preview.locator("[data-changed]").filter({ hasText: "appDomain" });
  await expect(marked).toHaveAttribute("title", /App domain \(Basics\)/);
  await expect(
    wizard.preview.getByText(/differs? from the defaults: App domain \(Basics\)/),
  ).toBeVisible();
  await wizard.next();
  await wizard.expectStep("network");
});

test("a reload mid-flow brings back every answer and the step; Back returns to the last step", async ({
  wizard,
  page,
}) => {
  await wizard.goto("basics");
  const basics = new BasicsPage(page);
  await basics.appDomain.fill("flows.acme.io");
  await basics.namespace.fill("flows");
  await basics.kubernetesAgents.check();
  await wizard.next();
  const network = new NetworkPage(page);
  await network.ingress("Private").check();
  await network.checklistItem(/VPN, bastion or private link/).check();
  await network.vpc("existing").check();
  await network.privateSubnets.fill("subnet-0000000a, subnet-0000000b");
  await network.restrictedEgress.check();
  await network.openImages();
  await network.runtimeImage.fill("registry.acme.io/node:24");

  await page.reload();
  await wizard.waitReady();
  await wizard.expectStep("network");
  await expect(network.ingress("Private")).toBeChecked();
  await expect(network.checklistItem(/VPN, bastion or private link/)).toBeChecked();
  await expect(network.vpc("existing")).toBeChecked();
  await expect(network.privateSubnets).toHaveValue("subnet-0000000a\nsubnet-0000000b");
  await expect(wizard.field("JavaScript runtime image (EC2 agents)")).toHaveValue(
    "registry.acme.io/node:24",
  );
  await page.goBack();
  await wizard.expectStep("basics");
  await expect(basics.appDomain).toHaveValue("flows.acme.io");
  await expect(basics.namespace).toHaveValue("flows");
  await expect(basics.kubernetesAgents).toBeChecked();
});

test("a corrupt draft is set aside with a message, not a crash", async ({ wizard, page }) => {
  // The broken draft is there before the page's scripts run, as after an earlier session.
  await page.addInitScript(() => {
    if (sessionStorage.getItem("seeded")) return;
    localStorage.setItem("flows-wizard-draft", "{broken");
    sessionStorage.setItem("seeded", "1");
  });
  await page.goto("/");
  await wizard.waitReady();
  await expect(wizard.main.getByRole("status").filter({ hasText: "set aside" })).toBeVisible();
  const setAside = await page.evaluate(() => localStorage.getItem("flows-wizard-draft-set-aside"));
  expect(setAside).toBe("{broken");
});

test("Reset asks first, and Cancel keeps everything", async ({ wizard, page }) => {
  await wizard.goto("basics");
  const basics = new BasicsPage(page);
  await basics.appDomain.fill("flows.acme.io");
  await page.getByRole("button", { name: "Reset", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(basics.appDomain).toHaveValue("flows.acme.io");
  await wizard.reset();
  await wizard.expectStep("start");
  await wizard.gotoStep("basics");
  await expect(basics.appDomain).toHaveValue("flows.example.com");
});

test("the whole wizard works from the keyboard alone", async ({ wizard, page }) => {
  await wizard.goto();
  // Tab to the first preset and apply it with Enter.
  const preset = new StartPage(page).presetButton("Private VPC");
  for (let i = 0; i < 30 && !(await preset.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(preset).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(wizard.main.getByRole("status").filter({ hasText: "Private VPC" })).toBeVisible();
  // Next is reachable by Tab; pressing it moves focus into the new step.
  const next = wizard.nextButton;
  for (let i = 0; i < 30 && !(await next.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(next).toBeFocused();
  await page.keyboard.press("Enter");
  await wizard.expectStep("basics");
  // Focus moved to the new step, so the first Tab lands on its first field.
  await page.keyboard.press("Tab");
  await expect(new BasicsPage(page).appDomain).toBeFocused();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("flows.acme.io");
  // Escape closes the Reset dialog without resetting.
  await page.getByRole("button", { name: "Reset", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(new BasicsPage(page).appDomain).toHaveValue("flows.acme.io");
  // The preview's file tabs follow the arrow keys.
  await wizard.previewTab("helm/values.yaml").focus();
  await page.keyboard.press("ArrowRight");
  await expect(wizard.preview.getByRole("tab", { selected: true })).not.toHaveText(
    "helm/values.yaml",
  );
});

test("the theme follows the system until toggled, and the choice survives a reload", async ({
  wizard,
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await wizard.goto();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await wizard.setTheme("light");
  await page.reload();
  await wizard.waitReady();
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  // Choosing the system's own theme again forgets the override.
  await wizard.setTheme("dark");
  expect(await page.evaluate(() => localStorage.getItem("flows-wizard-theme"))).toBeNull();
});
