// The preview as an engineer reads it: files in groups, numbered lines that match the change
// summary, marks explained in words, long lines wrapped on request, and colours that say
// "changed" (not "deleted") in dark mode.
import { expect, test } from "./fixtures";
import type { Locator, Page } from "@playwright/test";
import { configSchema } from "../lib/config/schema";
import { encodeShareLink } from "../lib/share";

const RICH = `#${encodeShareLink(
  configSchema.parse({
    basics: { appDomain: "flows.corp.internal", agents: { ec2: true, kubernetes: true } },
    network: { ingressScheme: "internal", egress: { restricted: true } },
    proxy: { enabled: true, httpProxy: "http://proxy.corp.internal:3128" },
  }),
)}`;

function code(preview: Locator): Locator {
  return preview.getByRole("tabpanel").locator("pre");
}

/** The hue (degrees) of a computed CSS colour, in whatever syntax Chromium returns it. */
async function hueOf(locator: Locator, property: string): Promise<number> {
  return locator.evaluate((element, prop) => {
    const probe = document.createElement("canvas").getContext("2d")!;
    probe.fillStyle = getComputedStyle(element).getPropertyValue(prop);
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...probe.getImageData(0, 0, 1, 1).data].map((v) => v / 255) as [
      number,
      number,
      number,
    ];
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    if (max === min) return -1;
    const d = max - min;
    const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    return (h * 60 + 360) % 360;
  }, property);
}

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

test("file tabs come in labelled groups, keep their full names, and the arrow keys cross groups", async ({
  wizard,
  page,
}) => {
  await wizard.goto("basics", RICH);
  const groups = wizard.preview.locator("[data-file-group]");
  await expect(groups).toHaveCount(6);
  for (const label of ["Helm", "Kubernetes", "Terraform", "Scripts", "Egress", "Docs"])
    await expect(wizard.preview.getByText(label, { exact: true })).toBeVisible();
  // A tab shows its short name and is named by its full path.
  const values = wizard.previewTab("helm/values.yaml");
  await expect(values).toBeVisible();
  await expect(values).toHaveText("helm/values.yaml");
  await expect(values.locator(".sr-only")).toHaveText("helm/");
  const helm = wizard.preview.locator('[data-file-group="helm"]').getByRole("tab");
  await expect(helm).toHaveCount(2);
  // From the last Helm tab, → goes to the next group's first tab (the nodes' manifest).
  await helm.last().click();
  await page.keyboard.press("ArrowRight");
  const nextFirst = wizard.preview.locator('[data-file-group="kubernetes"]').getByRole("tab");
  await expect(nextFirst.first()).toBeFocused();
  await expect(nextFirst.first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("End");
  await expect(wizard.preview.getByRole("tab").last()).toBeFocused();
  expect(await wizard.previewPaths()).toContain("egress-allowlist.squid.conf");
});

test("line numbers match the lines the change summary cites, and are never copied", async ({
  wizard,
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await wizard.goto("proxy", RICH);
  await expect(wizard.previewTab("helm/values.yaml")).toHaveAttribute("aria-selected", "true");
  const summary = wizard.preview.getByRole("tabpanel").locator("details");
  await summary.locator("summary").click();
  const cited = await summary.getByText(/^Private ingress \(Network\): line/).innerText();
  const line = Number(/line (\d+)/.exec(cited)![1]);
  const numbered = code(wizard.preview)
    .locator(".code-line")
    .nth(line - 1);
  await expect(numbered).toHaveAttribute("data-gutter", `● ${line}`);
  await expect(numbered).toHaveAttribute("data-changed", "");
  await expect(numbered).toContainText("alb.ingress.kubernetes.io/scheme: internal");
  // The numbers are drawn, not written: the code's text and a selection of it are the file.
  const file = await page.evaluate(async () => {
    const pre = document.querySelector('#preview [role="tabpanel"] pre')!;
    const range = document.createRange();
    range.selectNodeContents(pre);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return { selected: selection.toString(), text: pre.textContent };
  });
  // (Chromium leaves the last line end out of a selection that ends the <pre>.)
  expect(file.selected.replace(/\n$/, "")).toBe(file.text!.replace(/\n$/, ""));
  expect(file.selected.startsWith("# Values for the spacelift-flows chart")).toBe(true);
  await wizard.preview.getByRole("button", { name: "Copy helm/values.yaml" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file.text);
});

test("a legend says in words what the marks mean, and marked tabs say it to screen readers", async ({
  wizard,
}) => {
  await wizard.goto("network", RICH);
  const legend = wizard.preview.getByTestId("preview-legend");
  await expect(legend).toContainText(/●.*differs from the defaults/);
  await expect(legend).toContainText(/\+.*a file the defaults do not have/);
  await expect(legend.locator(".sr-only")).toHaveText(["A dot mark:", "A plus mark:"]);
  await expect(wizard.preview.getByRole("tablist")).toHaveAccessibleDescription(/A dot mark:/);
  await expect(wizard.previewTab("helm/values.yaml")).toHaveAttribute("data-mark", "changed");
  await expect(wizard.previewTab("helm/values.yaml")).toHaveAccessibleDescription(
    "Differs from the defaults",
  );
  await expect(wizard.previewTab("egress-allowlist.md")).toHaveAccessibleDescription(
    "Not in the default bundle",
  );
  await expect(wizard.previewTab("SHA256SUMS")).toHaveAttribute("data-mark", "changed");
});

test("long lines scroll inside the code box until wrapped; the choice lasts the session", async ({
  wizard,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await wizard.goto("basics", RICH);
  const pre = code(wizard.preview);
  await expect(pre).toBeVisible();
  const wrap = wizard.preview.getByRole("checkbox", { name: "Wrap long lines" });
  await expect(wrap).not.toBeChecked();
  const overflow = () => pre.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(await overflow()).toBe(true);
  expect(await pageScrollsSideways(page)).toBe(false);
  await wrap.check();
  await expect(pre).toHaveAttribute("data-wrap", "");
  expect(await overflow()).toBe(false);
  expect(await pageScrollsSideways(page)).toBe(false);
  await page.reload();
  await wizard.waitReady();
  await expect(wrap).toBeChecked();
  await expect(code(wizard.preview)).toHaveAttribute("data-wrap", "");
});

test("dark mode: changed lines are tinted yellow, not red, and a disabled primary button is grey", async ({
  wizard,
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await wizard.goto("proxy", RICH);
  await wizard.setTheme("dark");
  const changed = code(wizard.preview).locator("[data-changed]").first();
  await expect(changed).toBeVisible();
  for (const hue of [
    await hueOf(changed, "background-color"),
    await hueOf(changed, "border-left-color"),
  ]) {
    // Red and pink read as "deleted": the tint stays between orange-yellow and blue.
    expect(hue).toBeGreaterThan(40);
    expect(hue).toBeLessThan(250);
  }
  await wizard.gotoStep("review");
  const download = wizard.main.getByRole("button", { name: "Download zip" });
  await expect(download).toBeEnabled();
  const enabled = await download.evaluate((el) => getComputedStyle(el).backgroundColor);
  await wizard.gotoStep("proxy");
  await wizard.field("HTTP proxy URL").fill("not a url");
  await wizard.gotoStep("review");
  await expect(download).toBeDisabled();
  const disabled = await download.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(disabled).not.toBe(enabled);
  // Grey: no colour of its own (slate is a faintly blue grey: its channels stay close together,
  // where the enabled sky blue spreads over 150).
  const spread = await download.evaluate((el) => {
    const probe = document.createElement("canvas").getContext("2d")!;
    probe.fillStyle = getComputedStyle(el).backgroundColor;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
    return Math.max(r!, g!, b!) - Math.min(r!, g!, b!);
  });
  expect(spread).toBeLessThan(40);
  expect(await download.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
});

test("the sticky preview stays beside the form and never slides over the outbound destinations below", async ({
  wizard,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await wizard.goto("network", RICH);
  const egress = page.getByTestId("egress-section");
  await expect(egress.locator("table")).toBeVisible();
  const preview = page.getByRole("complementary", { name: "Generated files" });
  // Scrolled to the table: the preview has stayed in the first row, above it.
  await egress.scrollIntoViewIfNeeded();
  await egress.evaluate((element) => element.scrollIntoView({ block: "start" }));
  const [aside, section] = await Promise.all([preview.boundingBox(), egress.boundingBox()]);
  expect(aside!.y + aside!.height).toBeLessThanOrEqual(section!.y + 1);
});
