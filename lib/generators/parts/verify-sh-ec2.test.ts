// verify.sh and agents on EC2: read-only aws calls against a fake CLI, and where to look.
import { parseTestConfig } from "../../testing/config";
import { installPlan } from "../../plan";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyShFile } from "../verify-sh";
import { config, fakeCluster, healthy, lint, run, withSecret } from "../verify-sh-fakes";

describe("verify.sh, agents on EC2", () => {
  it("says where to look when no EC2 agent host is in service, with read-only commands", () => {
    const churn = {
      ...healthy,
      asg: {
        AutoScalingGroups: [
          {
            DesiredCapacity: 2,
            Instances: [{ InstanceId: "i-3", LifecycleState: "Pending:Wait" }],
          },
        ],
      },
      activities: {
        Activities: [
          { StatusCode: "Successful", Description: "Terminating EC2 instance: i-2" },
          { StatusCode: "Cancelled", Description: "Launching a new EC2 instance: i-2" },
        ],
      },
    };
    const bin = fakeCluster(churn, "");
    const result = run(verifyShFile(installPlan(config)).contents, bin);
    expect(result.status).toBe(1);
    const failure = result.stdout.match(
      /FAIL {2}agents on EC2: no host in flows-agent-pool is in service\n {6}hint: (.*)/,
    );
    expect(failure?.[1]).toContain("/var/log/spacelift/*.log");
    expect(failure?.[1]).toContain("Session Manager");
    expect(failure?.[1]).toContain("log group /aws/ec2/flows-agent");
    expect(failure?.[1]).toContain(
      "aws autoscaling describe-scaling-activities --auto-scaling-group-name flows-agent-pool --region eu-central-1",
    );
    expect(failure?.[1]).toContain("powers off and is replaced");
    expect(result.stdout).toContain(
      "INFO  agents on EC2, recent scaling activity: Cancelled: Launching a new EC2 instance: i-2",
    );
    // Only describe-* calls, in the install's region.
    const calls = readFileSync(join(bin, "aws-calls.txt"), "utf8").trim().split("\n");
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call).toMatch(/^autoscaling describe-/);
      expect(call).toContain("--region eu-central-1");
    }
  });

  it("skips the EC2 agents with the same hints when the aws CLI cannot read the group", () => {
    const { asg: _asg, ...noAws } = healthy;
    const result = run(
      verifyShFile(installPlan(config)).contents,
      fakeCluster(noAws, "PASS https://github.com reachable via the proxy (HTTP 200)\n"),
    );
    expect(result.stdout).toMatch(
      /SKIP {2}agents on EC2: cannot read the auto scaling group flows-agent-pool .*\/aws\/ec2\/flows-agent/,
    );
    expect(result.status).toBe(0);
  });

  it("reads no auto scaling group when there are no EC2 agents", () => {
    const k8sOnly = parseTestConfig({
      ...withSecret,
      basics: { agents: { ec2: false, kubernetes: true } },
    });
    const script = verifyShFile(installPlan(k8sOnly)).contents;
    expect(script).not.toContain("aws autoscaling");
    expect(lint(script)).toBe("");
  });

  it("fails when the auto scaling group is not in the install's region or account", () => {
    const result = run(
      verifyShFile(installPlan(config)).contents,
      fakeCluster({ ...healthy, asg: { AutoScalingGroups: [] } }, ""),
    );
    expect(result.stdout).toMatch(
      /FAIL {2}agents on EC2: auto scaling group flows-agent-pool found in eu-central-1\n {6}hint: tofu apply creates it \(module spacelift_flows_agent_pool\)/,
    );
  });
});
