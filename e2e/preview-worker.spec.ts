// The preview's files come from a worker. These tests pin what the user sees: the preview
// follows typing, the zip holds exactly what the form says even right after a keystroke, and
// without workers (blocked by policy, or crashing) the wizard still previews and downloads.
import { readBundle } from "./bundle";
import { expect, test } from "./fixtures";
import { BasicsPage } from "./pages/basics-page";
import { DRAFT_KEY, serializeDraft } from "../lib/draft/draft";

async function zipValues(path: string): Promise<string> {
  return (await readBundle(path)).read("helm/values.yaml");
}

test("the preview follows typing, and a download right after a keystroke has it", async ({
  wizard,
  page,
}) => {
  await wizard.goto("basics");
  const domain = new BasicsPage(page).appDomain;
  await domain.fill("flows.first.example");
  await expect(wizard.preview.locator("pre code")).toContainText("appDomain: flows.first.example");
  await wizard.gotoStep("review");
  // The Review step has no domain field: go back, type, and download at once.
  await wizard.gotoStep("basics");
  await domain.fill("flows.second.example");
  const download = await wizard.download();
  expect(await zipValues((await download.path())!)).toContain("appDomain: flows.second.example");
});

for (const how of ["missing", "crashing"] as const) {
  test(`with the Worker ${how}, the preview and the download still work`, async ({
    wizard,
    page,
  }) => {
    await page.addInitScript((mode) => {
      if (mode === "missing") {
        // @ts-expect-error: simulating a browser or policy without workers
        delete window.Worker;
        return;
      }
      // A worker whose script fails: the page must notice the error and carry on.
      window.Worker = class extends Worker {
        constructor(_url: string | URL, options?: WorkerOptions) {
          super(URL.createObjectURL(new Blob(["throw new Error('boom')"])), options);
        }
      };
    }, how);
    await wizard.goto("basics");
    await expect(wizard.previewTab("helm/values.yaml")).toBeVisible();
    await new BasicsPage(page).appDomain.fill("flows.noworker.example");
    await expect(wizard.preview.locator("pre code")).toContainText(
      "appDomain: flows.noworker.example",
    );
    const download = await wizard.download();
    expect(await zipValues((await download.path())!)).toContain(
      "appDomain: flows.noworker.example",
    );
  });
}

test("the preview comes from the worker: the YAML library stays off the page, also while typing", async ({
  wizard,
  page,
}) => {
  const draft = serializeDraft({
    values: { basics: { appDomain: "flows.restored.example" } },
    step: "basics",
    mergeSources: {},
    savedAt: "2026-01-01T00:00:00.000Z",
  });
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [DRAFT_KEY, draft],
  );
  await page.goto("/?step=basics");
  await expect(page.locator("[data-wizard-ready]")).toBeVisible();
  // No click, no key, no focus: reading the DOM does not interact with the page.
  await expect(wizard.preview.locator("pre code")).toContainText(
    "appDomain: flows.restored.example",
  );
  await expect(wizard.previewTab("SHA256SUMS")).toBeVisible();

  // The scripts the page's own thread fetched (a worker's fetches are not listed here).
  const yamlOnPage = () =>
    page.evaluate(async () => {
      const urls = performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((url) => url.endsWith(".js"));
      const texts = await Promise.all(urls.map((url) => fetch(url).then((r) => r.text())));
      return texts.some((text) => text.includes("yaml.document"));
    });
  expect(await yamlOnPage()).toBe(false);
  // Typing regenerates the preview in the worker: the page's own thread only handles the keys.
  await new BasicsPage(page).appDomain.fill("flows.typed.example");
  await expect(wizard.preview.locator("pre code")).toContainText("appDomain: flows.typed.example");
  expect(await yamlOnPage()).toBe(false);
  // The download builds the zip on the page: Review brings the generators.
  await wizard.gotoStep("review");
  await expect.poll(yamlOnPage).toBe(true);
});
