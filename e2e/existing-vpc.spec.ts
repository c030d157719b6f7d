// The corporate install of issue 13, clicked through: an existing VPC already routed to the
// company network, an internal load balancer with the company's ACM certificate, a proxy and
// a root CA, agents on EC2. The zip's Terraform must wire both modules into that VPC.
import { readBundle } from "./bundle";
import { parse as parseHcl } from "@cdktf/hcl2json";
import { expect, test } from "./fixtures";
import { StartPage } from "./pages/start-page";
import { BasicsPage, NetworkPage } from "./pages/basics-page";
import { selfSignedCa } from "../lib/testing/openssl";

const ARN =
  "arn:aws:acm:eu-central-1:123456789012:certificate/0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f";

test("existing VPC + internal + proxy + CA + EC2 agents: the zip puts Flows and its agents in that VPC", async ({
  wizard,
  page,
}) => {
  await wizard.goto();
  await new StartPage(page).usePreset("Private VPC");
  await wizard.next();
  const basics = new BasicsPage(page);
  await basics.appDomain.fill("flows.acme.corp");
  await basics.namespace.fill("flows");
  await wizard.next();

  await wizard.expectStep("network");
  const network = new NetworkPage(page);
  await network.vpc("existing").check();
  await network.vpcId.fill("vpc-0a1b2c3d4e5f67890");
  // A typo first: the field says what is wrong, right there.
  await network.privateSubnets.fill("subnet-0a1b2c3d4e5f60001, sg-0a1b2c3d");
  await expect(wizard.fieldErrors).toContainText('"sg-0a1b2c3d" is not a subnet id');
  await network.privateSubnets.fill("subnet-0a1b2c3d4e5f60001\nsubnet-0a1b2c3d4e5f60002");
  await expect(wizard.fieldErrors).toHaveCount(0);
  await network.confirmChecklist();
  await network.certificate("existing").check();
  await network.certArn.fill(ARN);
  await wizard.next();

  await wizard.expectStep("proxy");
  const main = wizard.main;
  await main.getByLabel("Send outbound traffic through an HTTP proxy").check();
  await main.getByLabel("HTTP proxy URL", { exact: true }).fill("http://proxy.acme.corp:3128");
  await expect(main.getByRole("list", { name: "Added to this receiver's NO_PROXY" })).toContainText(
    "autoscaling.eu-central-1.amazonaws.com",
  );
  await wizard.next();

  await wizard.expectStep("certificates");
  await main.getByLabel("Choose certificate files").setInputFiles({
    name: "acme-root.pem",
    mimeType: "application/x-pem-file",
    buffer: Buffer.from(selfSignedCa({ subject: "/CN=ACME Root" })),
  });
  await expect(main.getByTestId("certificate-card")).toHaveCount(1);
  await expect(main.getByTestId("certificates-size-warning")).toContainText(
    /EC2 agent user data: \d+ of 16384 bytes/,
  );
  await wizard.next();

  await wizard.expectStep("review");
  for (const step of ["basics", "network", "proxy", "certificates"] as const)
    expect(await wizard.stepHasErrors(step)).toBe(false);
  // The domain is private, but an existing certificate is given: no certificate warning.
  await expect(main.getByText(/can never pass/)).toHaveCount(0);

  const download = await wizard.download();
  const bundle = await readBundle(await download.path());
  const read = async (path: string) => bundle.read(path);
  const tf = (await parseHcl("main.tf", await read("terraform/main.tf"))) as {
    module: Record<string, [Record<string, unknown>]>;
  };
  expect(tf.module.spacelift_flows![0]).toMatchObject({
    enable_vpc: false,
    vpc_id: "${var.vpc_id}",
    private_subnet_ids: "${var.private_subnet_ids}",
    cert_arn: "${var.cert_arn}",
  });
  expect(tf.module.spacelift_flows_agent_pool![0]).toMatchObject({
    agent_pool_id: "${module.spacelift_flows.agent_pool_id}",
    agent_pool_token: "${module.spacelift_flows.agent_pool_token}",
    reuse_vpc_id: "${var.vpc_id}",
    reuse_vpc_subnet_ids: "${var.private_subnet_ids}",
    custom_userdata_inject: "${var.agent_userdata_inject}",
  });
  expect(tf.module.spacelift_flows![0]!.source).toMatch(/\?ref=[0-9a-f]{40}$/);
  const tfvars = (await parseHcl(
    "x.tfvars",
    await read("terraform/spacelift-flows.auto.tfvars"),
  )) as Record<string, unknown>;
  expect(tfvars).toMatchObject({
    vpc_id: "vpc-0a1b2c3d4e5f67890",
    private_subnet_ids: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
    cert_arn: ARN,
    agent_http_proxy: "http://proxy.acme.corp:3128",
  });
  expect(String(tfvars.agent_userdata_inject)).toContain('export HTTPS_PROXY="$HTTP_PROXY"');

  const install = await read("install.sh");
  const kubeconfig = install.indexOf("aws eks update-kubeconfig");
  expect(kubeconfig).toBeGreaterThan(install.indexOf("tofu -chdir=terraform apply"));
  expect(kubeconfig).toBeLessThan(install.indexOf("| kubectl apply"));
  expect(install).toContain("internal_ingress_manifest");
  const readme = await read("README.md");
  expect(readme).toContain("In your VPC `vpc-0a1b2c3d4e5f67890`");
  expect(readme).toContain("AWS_REGION='eu-central-1'");
});
