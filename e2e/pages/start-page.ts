// Page object for the Start step: presets, resume and imports.
import type { Locator, Page } from "@playwright/test";

export type PresetTitle =
  "Public (default)" | "Private VPC" | "Private VPC + proxy + TLS inspection";

export class StartPage {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole("main");
  }

  /** The import box's file input for a wizard-config.json. */
  get configFileInput(): Locator {
    return this.section.getByLabel("wizard-config.json from an earlier bundle");
  }

  /** Imports `text` as a wizard-config.json picked in the import box. */
  async importConfigFile(text: string) {
    await this.configFileInput.setInputFiles({
      name: "wizard-config.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
  }

  presetButton(title: PresetTitle): Locator {
    return this.section.getByRole("button", { name: `Use this: ${title}`, exact: true });
  }

  /** Applies a preset; if a draft exists the wizard asks first, and this confirms. */
  async usePreset(title: PresetTitle) {
    await this.presetButton(title).click();
    const dialog = this.page.getByRole("dialog");
    if (await dialog.isVisible().catch(() => false))
      await dialog.getByRole("button", { name: "Replace" }).click();
  }
}
