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

  async chooseInstaller(installer: HelmInstaller) {
    const option = this.installerGroup.getByRole("radio", { name: installer });
    await option.check();
    await expect(option).toBeChecked();
  }
}
