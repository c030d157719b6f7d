import { describe, expect, it } from "vitest";
import { installPlan } from "../plan";
import { configSchema, type ConfigInput } from "../config/schema";
import { agentHostWarnings, imageRepository } from "./agent-host-warnings";

const warnings = (input: ConfigInput) => agentHostWarnings(installPlan(configSchema.parse(input)));
const ids = (input: ConfigInput) => warnings(input).map((w) => w.id);
const proxy = { enabled: true, httpProxy: "http://proxy.corp.example:3128" };
const AGENT_ECR = "123456789012.dkr.ecr.eu-central-1.amazonaws.com/flows/agent";

describe("the EC2 agent host's warnings", () => {
  it("reads an image reference's repository", () => {
    expect(imageRepository("node:24-alpine")).toBe("node");
    expect(imageRepository("registry.corp:5000/node")).toBe("registry.corp:5000/node");
    expect(imageRepository(`${AGENT_ECR}:runtime@sha256:${"a".repeat(64)}`)).toBe(AGENT_ECR);
  });

  it("warns when restricted egress and the proxy leave the bootstrap no route to ECR Public", () => {
    const restricted = { network: { egress: { restricted: true } }, proxy };
    expect(warnings(restricted)).toMatchObject([
      { id: "ec2-bootstrap-without-proxy", step: "network", field: "network.egress.mirror" },
    ]);
    expect(warnings(restricted)[0]!.message).toMatch(/public\.ecr\.aws.*no VPC endpoint/);
    expect(ids({ proxy })).toEqual([]);
    expect(ids({ network: { egress: { restricted: true } } })).toEqual([]);
    const mirrored = { network: { egress: { restricted: true, mirror: "module-ecr" as const } } };
    expect(ids({ ...mirrored, proxy })).toEqual([]);
    expect(ids({ ...restricted, basics: { agents: { ec2: false, kubernetes: true } } })).toEqual(
      [],
    );
  });

  it("refuses a runtime image in Amazon ECR that the agent instance role may not pull", () => {
    const runtime = (runtimeImage: string, egress: object = {}) =>
      ids({ network: { egress: { runtimeImage, ...egress } } });
    const own = { mirror: "own" as const, agentImageRepository: AGENT_ECR };
    expect(runtime(`${AGENT_ECR}:node-24`, own)).toEqual([]);
    expect(runtime(`${AGENT_ECR}/runtime:24`, own)).toEqual([]);
    expect(runtime("123456789012.dkr.ecr.eu-central-1.amazonaws.com/node:24", own)).toEqual([
      "ec2-runtime-image-pull",
    ]);
    expect(runtime("123456789012.dkr.ecr.eu-central-1.amazonaws.com/node:24")).toEqual([
      "ec2-runtime-image-pull",
    ]);
    expect(
      runtime("123456789012.dkr.ecr.eu-central-1.amazonaws.com/node:24", { mirror: "module-ecr" }),
    ).toEqual(["ec2-runtime-image-pull"]);
    expect(runtime("registry.corp.example/node:24")).toEqual([]);
    const message = warnings({
      network: {
        egress: { runtimeImage: "123456789012.dkr.ecr.eu-central-1.amazonaws.com/node:24", ...own },
      },
    })[0]!.message;
    expect(message).toContain(
      `Push the runtime image to the agent image's repository (${AGENT_ECR})`,
    );
  });
});
