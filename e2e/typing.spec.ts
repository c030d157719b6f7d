// A keystroke is handed to the form after the key has been painted (components/ui/paint-first.ts).
// This test holds the frames back (the page's requestAnimationFrame never calls back, so each
// handover waits for its 100 ms fallback), so it is still pending when the user's next action
// comes: nothing typed may be lost.
import { expect, test } from "./fixtures";
import { BasicsPage } from "./pages/basics-page";

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
});

test("a value typed just before a reload is in the restored draft", async ({ wizard, page }) => {
  await wizard.goto("basics");
  const domain = new BasicsPage(page).appDomain;
  await domain.fill("flows.last-key.example");
  await page.reload();
  await wizard.waitReady();
  await expect(domain).toHaveValue("flows.last-key.example");
});
