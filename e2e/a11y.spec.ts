import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { StartPage } from "./pages/start-page";
import { STEP_IDS } from "./pages/wizard-page";

for (const colorScheme of ["light", "dark"] as const) {
  test(`no serious or critical axe violations on any step (${colorScheme})`, async ({
    wizard,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await wizard.goto();
    await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /dark/ : /^(?!.*dark)/);
    // The richest preset shows the most fields (checklist, proxy, egress).
    await new StartPage(page).usePreset("Private VPC + proxy + TLS inspection");
    const found: string[] = [];
    const check = async (where: string) => {
      // Plus an experimental rule: a button's visible text must be part of its accessible name.
      const results = await new AxeBuilder({ page })
        .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
        .analyze();
      for (const v of results.violations)
        if (v.impact === "serious" || v.impact === "critical")
          found.push(
            `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          );
    };
    for (const step of STEP_IDS) {
      await wizard.gotoStep(step);
      // The grouped file tabs, the legend and the wrap switch are on every step.
      await expect(wizard.preview.getByRole("tab").first()).toBeVisible();
      await expect(wizard.preview.getByTestId("preview-legend")).toBeVisible();
      await check(step);
    }
    // On Review, with long lines wrapped and the bastion command unfolded and built (it needs a
    // valid configuration: the preset leaves the proxy URL for the user to fill in).
    await wizard.gotoStep("proxy");
    await wizard.field("HTTP proxy URL").fill("http://proxy.corp.internal:3128");
    await wizard.gotoStep("review");
    await wizard.preview.getByRole("checkbox", { name: "Wrap long lines" }).check();
    const bastion = wizard.main.getByTestId("bastion-details");
    await bastion.getByText("Paste on the bastion").click();
    await expect(bastion.getByTestId("bastion-ready")).toBeVisible();
    await check("review, bastion command and wrapped lines");
    expect(found).toEqual([]);
  });
}

test("preset titles are headings under Presets, and each Use this button is named for its preset", async ({
  wizard,
  page,
}) => {
  await wizard.goto();
  const presets = page.getByRole("heading", { level: 3, name: "Presets" });
  await expect(presets).toBeVisible();
  for (const title of ["Public (default)", "Private VPC", "Private VPC + proxy + TLS inspection"]) {
    await expect(page.getByRole("heading", { level: 4, name: title, exact: true })).toBeVisible();
    // "Use this" said to voice control reaches each; a screen reader hears which preset.
    await expect(page.getByRole("button", { name: `Use this: ${title}`, exact: true })).toHaveText(
      "Use this",
    );
  }
});

test("a copy button's name starts with what it shows, also once it has copied", async ({
  wizard,
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.clock.install();
  await wizard.goto("review");
  const copy = wizard.preview.getByRole("button", { name: "Copy install.sh", exact: true });
  await expect(copy).toHaveText("Copy");
  // Time stands still from here: "Copied" stays until the test has looked at it.
  await page.clock.pauseAt(Date.now() + 60_000);
  await copy.click();
  const copied = wizard.preview.getByRole("button", { name: "Copied install.sh", exact: true });
  // The name read out starts with the word on screen.
  await expect(copied.locator("[aria-hidden=true]")).toHaveText("Copied");
});
