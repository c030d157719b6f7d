import { installPlan } from "../plan";
import { parseTestConfig } from "../testing/config";
import { describe, expect, it } from "vitest";
import { type ConfigInput } from "../config/schema";
import { encodeCustomCaCertificates } from "../certs/custom-ca-value";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { USER_DATA_BASE_BYTES } from "../upstream/user-data";
import { ec2ProxyInject } from "../plan/ec2-inject";
import { userDataBudget, userDataReport } from "./user-data-budget";

const parse = (input: ConfigInput) => parseTestConfig(input);
const certs = (n: number) =>
  Array.from({ length: n }, (_, i) => TEST_CERTIFICATES[i % TEST_CERTIFICATES.length]!).map(
    ({ pem }, i) => ({ pem, label: `Root ${i}` }),
  );

describe("the EC2 agents' user-data budget", () => {
  it("is none without EC2 agents", () => {
    expect(userDataBudget(installPlan(parse({ basics: { agents: { ec2: false } } })))).toBeNull();
  });

  it("counts the module's script with this install's region, endpoints and image", () => {
    const budget = userDataBudget(
      installPlan(parse({ basics: { appDomain: "flows.corp.example" } })),
    )!;
    const expected =
      USER_DATA_BASE_BYTES +
      7 * "eu-central-1".length +
      "https://flows.corp.example".length +
      "https://gateway.flows.corp.example".length +
      "flows-agent-pool-credentials".length +
      "/flows/agent-pool/ImageTag".length +
      "public.ecr.aws/w5z2f6e8/spacelift-flows-agent".length;
    expect(budget).toMatchObject({ script: expected, caValue: 0, proxy: 0, inject: 0 });
    expect(budget.total).toBe(expected);
    expect(budget.left).toBe(16384 - expected);
  });

  it("counts the private-ECR login line's region and repository (the region's eighth time)", () => {
    const repository = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/flows/agent";
    const config = parse({
      basics: { appDomain: "flows.corp.example", awsRegion: "eu-west-1" },
      network: { egress: { mirror: "own", agentImageRepository: repository } },
    });
    const budget = userDataBudget(installPlan(config))!;
    const expected =
      USER_DATA_BASE_BYTES +
      8 * "eu-west-1".length +
      "https://flows.corp.example".length +
      "https://gateway.flows.corp.example".length +
      "flows-agent-pool-credentials".length +
      "/flows/agent-pool/ImageTag".length +
      2 * repository.length -
      64;
    expect(budget.script).toBe(expected);
  });

  it("adds the CA value, the proxy URL three times and the inject", () => {
    const config = parse({
      proxy: { enabled: true, httpProxy: "http://proxy.corp:3128" },
      certificates: certs(2),
    });
    const budget = userDataBudget(installPlan(config))!;
    const ca = encodeCustomCaCertificates(config.certificates.map((c) => c.pem));
    expect(budget.caValue).toBe(36 + ca.length);
    expect(budget.proxy).toBe(76 + 3 * "http://proxy.corp:3128".length);
    expect(budget.inject).toBe(3 + ec2ProxyInject(installPlan(config))!.length);
    expect(budget.total).toBe(budget.script + budget.caValue + budget.proxy + budget.inject);
  });

  it("counts a password typed at install time per character, three times", () => {
    const config = parse({ proxy: { enabled: true, httpProxy: "http://bob:pw@proxy.corp:3128" } });
    const budget = userDataBudget(installPlan(config))!;
    expect(budget.passwordRepeats).toBe(3);
    expect(budget.proxy).toBe(76 + 3 * "http://bob:@proxy.corp:3128".length);
    expect(userDataReport(installPlan(config))!.summary).toMatch(/3 bytes more per character/);
  });

  it("warns, with what to do, when the agents' user data would pass 16 KB", () => {
    const two = userDataReport(installPlan(parse({ certificates: certs(2) })))!;
    expect(two.warning).toBeNull();
    const many = userDataReport(installPlan(parse({ certificates: certs(5) })))!;
    expect(many.budget.left).toBeLessThan(0);
    expect(many.warning).toMatch(/cannot launch/);
    expect(many.warning).toMatch(/Kubernetes/);
  });
});
