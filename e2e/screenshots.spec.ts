// Screenshots of every step at desktop and phone width, for a person to look at (and for the
// README). Off by default: SCREENSHOTS=1 writes them to that folder (a path), or to
// /tmp/flows-wizard-screenshots when it is just "1".
import { expect, test } from "./fixtures";
import { StartPage } from "./pages/start-page";
import { BasicsPage } from "./pages/basics-page";
import { STEP_IDS } from "./pages/wizard-page";

test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to take screenshots");

const DIR =
  process.env.SCREENSHOTS === "1"
    ? "/tmp/flows-wizard-screenshots"
    : (process.env.SCREENSHOTS ?? "");

const SIZES = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

for (const size of SIZES)
  for (const colorScheme of ["light", "dark"] as const)
    test(`screenshots ${size.name} ${colorScheme}`, async ({ wizard, page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme });
      await wizard.goto();
      await new StartPage(page).usePreset("Private VPC + proxy + TLS inspection");
      await wizard.gotoStep("basics");
      await new BasicsPage(page).appDomain.fill("flows.acme.internal");
      await wizard.gotoStep("proxy");
      await wizard.field("HTTP proxy URL").fill("http://proxy.acme.internal:3128");
      for (const step of STEP_IDS) {
        await wizard.gotoStep(step);
        await expect(wizard.preview.getByRole("tab").first()).toBeVisible();
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({
          path: `${DIR}/${step}-${size.name}-${colorScheme}.png`,
          fullPage: size.name === "phone" ? false : true,
        });
      }
      // The README's picture: the first screen of the Network step, preview beside it.
      if (size.name === "desktop" && colorScheme === "light") {
        await wizard.gotoStep("network");
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${DIR}/readme.png` });
      }
    });
