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
    for (const step of STEP_IDS) {
      await wizard.gotoStep(step);
      await expect(wizard.preview.getByRole("tab").first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      for (const v of results.violations)
        if (v.impact === "serious" || v.impact === "critical")
          found.push(
            `${step}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          );
    }
    expect(found).toEqual([]);
  });
}
