// Page object for the Basics and Network steps' fields.
import type { Locator, Page } from "@playwright/test";

export class BasicsPage {
  constructor(readonly page: Page) {}

  get appDomain(): Locator {
    return this.page.getByRole("main").getByLabel("App domain", { exact: true });
  }
  get namespace(): Locator {
    return this.page.getByRole("main").getByLabel("Kubernetes namespace", { exact: true });
  }
  get releaseName(): Locator {
    return this.page.getByRole("main").getByLabel("Helm release name", { exact: true });
  }
  get awsRegion(): Locator {
    return this.page.getByRole("main").getByLabel("AWS region", { exact: true });
  }
  get ec2Agents(): Locator {
    return this.page.getByRole("main").getByLabel(/Agents on EC2/);
  }
  get kubernetesAgents(): Locator {
    return this.page.getByRole("main").getByLabel(/Agents in Kubernetes/);
  }
}

export class NetworkPage {
  constructor(readonly page: Page) {}

  ingress(scheme: "Public" | "Private"): Locator {
    return this.page.getByRole("main").getByRole("radio", { name: new RegExp(`^${scheme}`) });
  }
  checklistItem(name: RegExp): Locator {
    return this.page.getByRole("main").getByRole("checkbox", { name });
  }
  /** Ticks every item of the private-VPC checklist. */
  async confirmChecklist() {
    const items = this.page.getByRole("group", { name: /VPC checklist/ }).getByRole("checkbox");
    for (const item of await items.all()) await item.check();
  }
  get restrictedEgress(): Locator {
    return this.page.getByRole("main").getByLabel(/Restricted egress/);
  }
  /** "Where Flows runs": the module's new VPC or an existing one. */
  vpc(mode: "new" | "existing"): Locator {
    return this.page
      .getByRole("main")
      .getByRole("radio", { name: mode === "new" ? /^A new VPC/ : /^An existing VPC/ });
  }
  get vpcId(): Locator {
    return this.page.getByRole("main").getByLabel("VPC id", { exact: true });
  }
  get privateSubnets(): Locator {
    return this.page.getByRole("main").getByLabel("Private subnet ids", { exact: true });
  }
  get publicSubnets(): Locator {
    return this.page.getByRole("main").getByLabel(/^Public subnet ids/);
  }
  /** Unfolds "Which EKS cluster" (folded to one line while the module creates the cluster). */
  async openCluster() {
    const summary = this.page.getByRole("main").locator("summary", { hasText: /^EKS cluster:/ });
    const open = await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
    if (!open) await summary.click();
  }
  /** "Which EKS cluster": the module's new one or an existing one (after openCluster()). */
  cluster(mode: "new" | "existing"): Locator {
    return this.page.getByRole("main").getByRole("radio", {
      name: mode === "new" ? /^A new EKS cluster/ : /^An existing EKS cluster/,
    });
  }
  get clusterName(): Locator {
    return this.page.getByRole("main").getByLabel("EKS cluster name", { exact: true });
  }
  get databaseSecurityGroups(): Locator {
    return this.page.getByRole("main").getByLabel("Database security group ids", { exact: true });
  }
  /** What the cluster choice says while the VPC does not fit it. */
  get clusterModeError(): Locator {
    return this.page.getByRole("main").getByTestId("cluster-mode-error");
  }
  certificate(source: "module" | "existing"): Locator {
    return this.page.getByRole("main").getByRole("radio", {
      name: source === "module" ? /^The module requests/ : /^An existing ACM certificate/,
    });
  }
  get certArn(): Locator {
    return this.page.getByRole("main").getByLabel("Certificate ARN", { exact: true });
  }
  /** Unfolds "Container images" (folded while the images keep their defaults). */
  async openImages() {
    const details = this.page.getByRole("main").getByTestId("image-details");
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  }
  get runtimeImage(): Locator {
    return this.page.getByRole("main").getByLabel("JavaScript runtime image (EC2 agents)");
  }
  images(source: "public" | "module-ecr" | "own"): Locator {
    const names = { public: /^Public registries/, "module-ecr": /^ECR mirrors/, own: /^My own/ };
    return this.page.getByRole("main").getByRole("radio", { name: names[source] });
  }
}
