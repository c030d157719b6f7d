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
      const results = await new AxeBuilder({ page }).analyze();
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
