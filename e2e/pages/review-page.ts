// Review's own controls: who installs the Helm releases, and the download.
import { expect, type Locator, type Page } from "@playwright/test";

export type HelmInstaller = "install.sh" | "Argo CD" | "Flux";

export class ReviewPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole("main");
  }

  /** The group "Install the Helm releases with". */
  get installerGroup(): Locator {
    return this.main.getByRole("group", { name: "Install the Helm releases with" });
  }

  /** One option; its accessible name is the label followed by its hint. */
  installer(installer: HelmInstaller): Locator {
    const label = installer.replace(/[.]/g, "\\.");
    return this.installerGroup.getByRole("radio", { name: new RegExp(`^${label}\\b`) });
  }

  /** Unfolds the choice (folded to one line while it is install.sh). */
  async openInstallers() {
    const details = this.main.locator("details", {
      has: this.page.locator('[name="gitops.tool"]'),
    });
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await details.locator("summary").click();
    await expect(this.installerGroup).toBeVisible();
  }

  async chooseInstaller(installer: HelmInstaller) {
    await this.openInstallers();
    const option = this.installer(installer);
    await option.check();
    await expect(option).toBeChecked();
  }
}
