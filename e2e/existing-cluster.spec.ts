// Issue 26: Flows into an existing EKS cluster, clicked through to the zip. The cluster brings
// its VPC, so the wizard asks for that VPC too; the zip must tell the main module not to create
// a cluster (upstream examples/with_existing_eks) and point kubectl at the cluster by name.
import { readBundle } from "./bundle";
import { parse as parseHcl } from "@cdktf/hcl2json";
import { expect, test } from "./fixtures";
import { StartPage } from "./pages/start-page";
import { BasicsPage, NetworkPage } from "./pages/basics-page";

test("existing EKS cluster in its VPC: the zip installs into it by name and creates no cluster", async ({
  wizard,
  page,
}) => {
  await wizard.goto();
  await new StartPage(page).usePreset("Private VPC");
  await wizard.next();
  await new BasicsPage(page).appDomain.fill("flows.acme.corp");
  await wizard.next();

  await wizard.expectStep("network");
  const network = new NetworkPage(page);
  await network.openCluster();
  // A choice made inside the folded section never folds it away under the focus.
  await network.cluster("existing").check();
  await network.cluster("new").check();
  await expect(network.cluster("new")).toBeVisible();
  await expect(network.cluster("new")).toBeFocused();
  await network.cluster("existing").check();
  // The module's new VPC cannot hold an existing cluster: the choice says so.
  await expect(network.clusterModeError).toContainText("choose An existing VPC");
  await network.clusterName.fill("-corp eks");
  await expect(wizard.fieldErrors).toContainText("An EKS cluster name holds letters, digits");
  await network.clusterName.fill("corp-eks");
  await network.databaseSecurityGroups.fill("sg-0a1b2c3d4e5f67890");
  await network.vpc("existing").check();
  await network.vpcId.fill("vpc-0a1b2c3d4e5f67890");
  await network.privateSubnets.fill("subnet-0a1b2c3d4e5f60001\nsubnet-0a1b2c3d4e5f60002");
  await expect(network.clusterModeError).toHaveCount(0);
  await expect(wizard.fieldErrors).toHaveCount(0);
  await network.confirmChecklist();
  await wizard.gotoStep("review");

  await wizard.expectStep("review");
  const main = wizard.main;
  await expect(main.getByTestId("review-summary")).toContainText(
    "existing corp-eks (must run EKS Auto Mode)",
  );
  const expectations = main.getByTestId("cluster-expectations");
  await expect(expectations).toContainText("EKS Auto Mode");
  await expect(expectations).toContainText("TCP 5432");

  const download = await wizard.download();
  const bundle = await readBundle(await download.path());
  const read = async (path: string) => bundle.read(path);
  const tf = (await parseHcl("main.tf", await read("terraform/main.tf"))) as {
    module: Record<string, [Record<string, unknown>]>;
  };
  expect(tf.module.spacelift_flows![0]).toMatchObject({
    enable_eks_cluster: false,
    eks_cluster_name: "${var.eks_cluster_name}",
    database_security_group_ids: "${var.database_security_group_ids}",
    enable_vpc: false,
    vpc_id: "${var.vpc_id}",
  });
  const tfvars = (await parseHcl(
    "x.tfvars",
    await read("terraform/spacelift-flows.auto.tfvars"),
  )) as Record<string, unknown>;
  expect(tfvars).toMatchObject({
    eks_cluster_name: "corp-eks",
    database_security_group_ids: ["sg-0a1b2c3d4e5f67890"],
  });
  const install = await read("install.sh");
  expect(install).toContain("CLUSTER_NAME='corp-eks'");
  expect(install).not.toContain("output -raw eks_cluster_name");
  const config = JSON.parse(await read("wizard-config.json")) as {
    config: { network: { cluster: unknown } };
  };
  expect(config.config.network.cluster).toEqual({
    mode: "existing",
    name: "corp-eks",
    databaseSecurityGroupIds: ["sg-0a1b2c3d4e5f67890"],
  });
  expect(await read("README.md")).toContain("Into your EKS cluster `corp-eks`");
});
