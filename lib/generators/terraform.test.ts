import { installPlan } from "../plan";
import { parseTestConfig } from "../testing/config";
import { describe, expect, it } from "vitest";
import { parseHcl } from "../testing/hcl";
import { mainTfFile, tfvarsFile } from "./terraform";

type Blocks = Record<string, Record<string, [Record<string, unknown>]>>;

describe("terraform/spacelift-flows.auto.tfvars", () => {
  it("holds the wizard's values and parses back to them", async () => {
    const config = parseTestConfig({
      basics: { appDomain: "flows.corp.example", namespace: "flows", awsRegion: "us-east-1" },
      proxy: { enabled: true, httpProxy: "http://proxy.corp:3128" },
      network: { egress: { runtimeImage: "registry.corp/node:24-alpine" } },
    });
    const parsed = await parseHcl(tfvarsFile(installPlan(config)).contents, "x.tfvars");
    expect(parsed).toEqual(Object.fromEntries(installPlan(config).terraform.tfvars));
    expect(parsed).toMatchObject({
      app_domain: "flows.corp.example",
      k8s_namespace: "flows",
      agent_http_proxy: "http://proxy.corp:3128",
      flows_docker_runtime_image: "registry.corp/node:24-alpine",
      custom_ca_certificates: "",
    });
  });

  it("leaves a credentialed proxy URL out (install.sh passes it as TF_VAR_agent_http_proxy)", () => {
    const config = parseTestConfig({
      proxy: { enabled: true, httpProxy: "http://u:pw@proxy.corp:3128" },
    });
    expect(tfvarsFile(installPlan(config)).contents).not.toContain("agent_http_proxy");
  });
});

describe("terraform/main.tf", () => {
  it("pins both modules and wires the agent pool to the main module's pool and VPC", async () => {
    const config = parseTestConfig({
      network: { ingressScheme: "internal" },
      basics: { agents: { kubernetes: true } },
      proxy: { enabled: true, httpProxy: "http://proxy.corp:3128" },
    });
    const tf = (await parseHcl(mainTfFile(installPlan(config)).contents)) as Blocks;
    const flows = tf.module!.spacelift_flows![0];
    expect(flows.source).toBe(
      "github.com/spacelift-io/terraform-aws-eks-spacelift-flows-selfhosted?ref=42fc736a6810583536d52e786aa1fbe39f5f322f",
    );
    expect(flows.custom_ca_certificates).toBe("${var.custom_ca_certificates}");
    expect(flows.expose_gateway).toBe(true);
    expect(flows).not.toHaveProperty("enable_vpc");
    const agents = tf.module!.spacelift_flows_agent_pool![0];
    expect(agents).toMatchObject({
      source:
        "github.com/spacelift-io/terraform-aws-spacelift-flows-agentpool-ec2?ref=9e76c3594e38c222210bc34f75160ffb10ea5f2f",
      agent_pool_id: "${module.spacelift_flows.agent_pool_id}",
      agent_pool_token: "${module.spacelift_flows.agent_pool_token}",
      reuse_vpc_id: "${module.spacelift_flows.vpc_id}",
      reuse_vpc_subnet_ids: "${module.spacelift_flows.vpc_private_subnet_ids}",
      http_proxy: "${var.agent_http_proxy}",
      custom_userdata_inject: "${var.agent_userdata_inject}",
    });
    expect(tf.variable).not.toHaveProperty("agent_pool_id");
    expect(tf.variable).not.toHaveProperty("agent_pool_token");
    expect(Object.keys(tf.output!).sort()).toEqual([
      "agent_pool_secret_manifest",
      "config_secret_manifest",
      "eks_cluster_name",
      "internal_ingress_manifest",
    ]);
    expect(tf.variable!.license_token![0].sensitive).toBe(true);
  });

  it("puts Flows and its agents into an existing VPC, with an existing certificate", async () => {
    const certArn =
      "arn:aws:acm:eu-central-1:123456789012:certificate/0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f";
    const config = parseTestConfig({
      network: {
        vpc: {
          mode: "existing",
          id: "vpc-0a1b2c3d",
          privateSubnetIds: ["subnet-0000000a", "subnet-0000000b"],
          publicSubnetIds: ["subnet-0000000c", "subnet-0000000d"],
        },
        tls: { certificate: "existing", certArn },
      },
    });
    const tf = (await parseHcl(mainTfFile(installPlan(config)).contents)) as Blocks;
    expect(tf.module!.spacelift_flows![0]).toMatchObject({
      enable_vpc: false,
      vpc_id: "${var.vpc_id}",
      private_subnet_ids: "${var.private_subnet_ids}",
      public_subnet_ids: "${var.public_subnet_ids}",
      cert_arn: "${var.cert_arn}",
    });
    expect(tf.module!.spacelift_flows_agent_pool![0]).toMatchObject({
      reuse_vpc_id: "${var.vpc_id}",
      reuse_vpc_subnet_ids: "${var.private_subnet_ids}",
    });
    expect(await parseHcl(tfvarsFile(installPlan(config)).contents, "x.tfvars")).toMatchObject({
      vpc_id: "vpc-0a1b2c3d",
      private_subnet_ids: ["subnet-0000000a", "subnet-0000000b"],
      public_subnet_ids: ["subnet-0000000c", "subnet-0000000d"],
      cert_arn: certArn,
    });
  });

  it("creates ECR mirrors with the module and hands the agent repository and its ARN to the pool", async () => {
    const config = parseTestConfig({ network: { egress: { mirror: "module-ecr" } } });
    const tf = (await parseHcl(mainTfFile(installPlan(config)).contents)) as Blocks;
    expect(tf.module!.spacelift_flows![0].enable_ecr).toBe(true);
    expect(tf.module!.spacelift_flows_agent_pool![0]).toMatchObject({
      ecr_repository_url: "${module.spacelift_flows.ecr_agent_repository_url}",
      ecr_repository_arn: "${module.spacelift_flows.ecr_agent_repository_arn}",
    });
    expect(tf.output).toHaveProperty("ecr_repository_url");
  });

  it("derives the ARN of an agent mirror in the user's ECR, and none for another registry", async () => {
    const ecr = parseTestConfig({
      network: {
        egress: {
          mirror: "own",
          agentImageRepository: "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/mirror/agent",
        },
      },
    });
    expect(Object.fromEntries(installPlan(ecr).terraform.tfvars)).toMatchObject({
      agent_ecr_repository_url: "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/mirror/agent",
      agent_ecr_repository_arn:
        "arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/mirror/agent",
    });
    const other = parseTestConfig({
      network: { egress: { mirror: "own", agentImageRepository: "registry.corp/agent" } },
    });
    const tf = (await parseHcl(mainTfFile(installPlan(other)).contents)) as Blocks;
    expect(tf.module!.spacelift_flows_agent_pool![0].ecr_repository_url).toBe(
      "${var.agent_ecr_repository_url}",
    );
    expect(tf.module!.spacelift_flows_agent_pool![0]).not.toHaveProperty("ecr_repository_arn");
  });

  it("takes a different HTTPS proxy from its own variable into the inject", async () => {
    const config = parseTestConfig({
      proxy: { enabled: true, httpProxy: "http://a.corp:3128", httpsProxy: "http://b.corp:3129" },
    });
    const tf = (await parseHcl(mainTfFile(installPlan(config)).contents)) as Blocks;
    expect(tf.module!.spacelift_flows_agent_pool![0].custom_userdata_inject).toBe(
      '${replace(var.agent_userdata_inject, "@FLOWS_HTTPS_PROXY@", var.agent_https_proxy)}',
    );
    expect(Object.fromEntries(installPlan(config).terraform.tfvars).agent_https_proxy).toBe(
      "http://b.corp:3129",
    );
  });

  it("uses the refs the user chose instead of the pins", async () => {
    const config = parseTestConfig({
      versions: { mainModuleRef: "v0.2.0", agentModuleRef: "main" },
    });
    const tf = (await parseHcl(mainTfFile(installPlan(config)).contents)) as Blocks;
    expect(tf.module!.spacelift_flows![0].source).toMatch(/\?ref=v0\.2\.0$/);
    expect(tf.module!.spacelift_flows_agent_pool![0].source).toMatch(/\?ref=main$/);
  });

  it("has no agent pool module when agents do not run on EC2", async () => {
    const config = parseTestConfig({ basics: { agents: { ec2: false } } });
    const tf = (await parseHcl(mainTfFile(installPlan(config)).contents)) as Blocks;
    expect(Object.keys(tf.module!)).toEqual(["spacelift_flows"]);
    expect(Object.keys(tf.output!).sort()).toEqual([
      "config_secret_manifest",
      "eks_cluster_name",
      "ingress_manifest",
    ]);
  });

  it("declares every variable the tfvars file sets", async () => {
    const config = parseTestConfig({
      proxy: { enabled: true, httpProxy: "http://p:3128" },
      network: {
        egress: {
          runtimeImage: "node:24",
          mirror: "own",
          agentImageRepository: "registry.corp/agent",
        },
      },
    });
    const tf = (await parseHcl(mainTfFile(installPlan(config)).contents)) as Blocks;
    for (const [name] of installPlan(config).terraform.tfvars)
      expect(tf.variable).toHaveProperty(name);
  });
});
