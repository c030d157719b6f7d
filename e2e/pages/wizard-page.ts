// Page object for the whole wizard: the step list, the step footer, the header actions and the
// preview panel. Step-specific helpers live in their own page objects beside this one.
import { expect, type Download, type Locator, type Page } from "@playwright/test";

export const STEP_IDS = ["start", "basics", "network", "proxy", "certificates", "review"] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_TITLES: Record<StepId, string> = {
  start: "Start",
  basics: "Basics",
  network: "Network",
  proxy: "Proxy",
  certificates: "Certificates",
  review: "Review",
};

export class WizardPage {
  readonly main: Locator;
  readonly stepNav: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole("main");
    this.stepNav = page.getByRole("navigation", { name: "Steps" });
    this.preview = page.getByRole("region", { name: "Preview" });
  }

  /** Opens the wizard (optionally on a step) and waits until the form is interactive. */
  async goto(step?: StepId, hash = "") {
    await this.page.goto(`/${step ? `?step=${step}` : ""}${hash}`);
    await this.waitReady();
  }

  async waitReady() {
    await expect(this.page.locator("[data-wizard-ready]")).toBeVisible();
  }

  /** The link to a step in the step list. */
  stepLink(step: StepId): Locator {
    return this.stepNav.getByRole("link", { name: new RegExp(`\\b${STEP_TITLES[step]}\\b`) });
  }

  async gotoStep(step: StepId) {
    await this.stepLink(step).click();
    await this.expectStep(step);
  }

  async expectStep(step: StepId) {
    await expect(this.stepLink(step)).toHaveAttribute("aria-current", "step");
    await expect(this.page).toHaveURL(new RegExp(`[?&]step=${step}\\b`));
    // Some steps load their code when first opened.
    await expect(this.main.getByText("Loading this step…")).toHaveCount(0);
  }

  /** True when the step list marks the step as having errors. */
  async stepHasErrors(step: StepId): Promise<boolean> {
    return (await this.stepLink(step).getAttribute("data-has-errors")) === "true";
  }

  get nextButton(): Locator {
    return this.main.getByRole("button", { name: /^Next/ });
  }

  get backButton(): Locator {
    return this.main.getByRole("button", { name: /^Back/ });
  }

  async next() {
    await this.nextButton.click();
  }

  /** A form field on the current step, by its label. */
  field(label: string | RegExp): Locator {
    return this.main.getByLabel(label, { exact: typeof label === "string" });
  }

  /** Error messages shown next to fields on the current step. */
  get fieldErrors(): Locator {
    return this.main.locator("[data-field-error]");
  }

  /** The preview's tab for one generated file, by its path (e.g. `helm/values.yaml`). */
  previewTab(path: string): Locator {
    return this.preview.getByRole("tab", { name: path, exact: true });
  }

  /** The text of one generated file as the preview shows it. */
  async previewText(path: string): Promise<string> {
    await this.previewTab(path).click();
    const code = this.preview.getByRole("tabpanel").locator("pre code");
    return (await code.textContent()) ?? "";
  }

  /** The generated files' paths, once the preview has them (the generators load when idle). */
  async previewPaths(): Promise<string[]> {
    await expect(this.previewTab("README.md")).toBeVisible();
    return this.preview.getByRole("tab").allTextContents();
  }

  async setTheme(theme: "light" | "dark") {
    const toggle = this.page.getByRole("button", { name: /dark mode|light mode/i });
    const isDark = await this.page.evaluate(() =>
      document.documentElement.classList.contains("dark"),
    );
    if (isDark !== (theme === "dark")) await toggle.click();
    await expect(this.page.locator("html")).toHaveClass(
      theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/,
    );
  }

  /** On Review: unfolds the optional merge into existing values files. */
  async openMerge() {
    const details = this.main.getByTestId("merge-details");
    if ((await details.getAttribute("open")) === null)
      await details.getByText("Merge into your existing values files").click();
    await expect(this.main.getByTestId("merge-panel")).toBeVisible();
  }

  /** Asks for a reset and confirms it. */
  async reset() {
    await this.page.getByRole("button", { name: "Reset", exact: true }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Forget everything" }).click();
    await expect(dialog).toBeHidden();
  }

  /** Goes to Review, clicks Download zip and returns the download. */
  async download(): Promise<Download> {
    await this.gotoStep("review");
    const downloadPromise = this.page.waitForEvent("download");
    await this.main.getByRole("button", { name: /Download zip/ }).click();
    return downloadPromise;
  }
}
