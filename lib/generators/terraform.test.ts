import { describe, expect, it } from "vitest";
import { configSchema } from "../config/schema";
import { parseHcl } from "../testing/hcl";
import { mainTfFile, terraformVariables, tfvarsFile } from "./terraform";

type Blocks = Record<string, Record<string, [Record<string, unknown>]>>;

describe("terraform/spacelift-flows.auto.tfvars", () => {
  it("holds the wizard's values and parses back to them", async () => {
    const config = configSchema.parse({
      basics: { appDomain: "flows.corp.example", namespace: "flows", awsRegion: "us-east-1" },
      proxy: { enabled: true, httpProxy: "http://proxy.corp:3128" },
      network: { egress: { runtimeImage: "registry.corp/node:24-alpine" } },
    });
    const parsed = await parseHcl(tfvarsFile(config).contents, "x.tfvars");
    expect(parsed).toEqual(Object.fromEntries(terraformVariables(config)));
    expect(parsed).toMatchObject({
      app_domain: "flows.corp.example",
      k8s_namespace: "flows",
      agent_http_proxy: "http://proxy.corp:3128",
      flows_docker_runtime_image: "registry.corp/node:24-alpine",
      custom_ca_certificates: "",
    });
  });

  it("leaves a credentialed proxy URL out (install.sh passes it as TF_VAR_agent_http_proxy)", () => {
    const config = configSchema.parse({
      proxy: { enabled: true, httpProxy: "http://u:pw@proxy.corp:3128" },
    });
    expect(tfvarsFile(config).contents).not.toContain("agent_http_proxy");
  });
});

describe("terraform/main.tf", () => {
  it("wires both modules to variables and re-exports the manifests install.sh applies", async () => {
    const config = configSchema.parse({
      network: { ingressScheme: "internal" },
      basics: { agents: { kubernetes: true } },
    });
    const tf = (await parseHcl(mainTfFile(config).contents)) as Blocks;
    const flows = tf.module!.spacelift_flows![0];
    expect(flows.source).toBe(
      "github.com/spacelift-io/terraform-aws-eks-spacelift-flows-selfhosted?ref=main",
    );
    expect(flows.custom_ca_certificates).toBe("${var.custom_ca_certificates}");
    expect(flows.expose_gateway).toBe(true);
    const agents = tf.module!.spacelift_flows_agent_pool![0];
    expect(agents.http_proxy).toBe("${var.agent_http_proxy}");
    expect(Object.keys(tf.output!).sort()).toEqual([
      "agent_pool_secret_manifest",
      "config_secret_manifest",
      "internal_ingress_manifest",
    ]);
    expect(tf.variable!.license_token![0].sensitive).toBe(true);
  });

  it("has no agent pool module when agents do not run on EC2", async () => {
    const config = configSchema.parse({ basics: { agents: { ec2: false } } });
    const tf = (await parseHcl(mainTfFile(config).contents)) as Blocks;
    expect(Object.keys(tf.module!)).toEqual(["spacelift_flows"]);
    expect(Object.keys(tf.output!).sort()).toEqual(["config_secret_manifest", "ingress_manifest"]);
  });

  it("declares every variable the tfvars file sets", async () => {
    const config = configSchema.parse({
      proxy: { enabled: true, httpProxy: "http://p:3128" },
      network: { egress: { runtimeImage: "node:24", agentImageRepository: "registry.corp/agent" } },
    });
    const tf = (await parseHcl(mainTfFile(config).contents)) as Blocks;
    for (const [name] of terraformVariables(config)) expect(tf.variable).toHaveProperty(name);
  });
});
