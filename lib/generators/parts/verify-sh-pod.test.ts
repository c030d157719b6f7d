// The probe pod: which URLs it tries, and which curl image it starts from.
import { parseTestConfig } from "../../testing/config";
import { installPlan } from "../../plan";
import { describe, expect, it } from "vitest";

import { verifyShFile } from "../verify-sh";
import { deployments, fakeCluster, healthy, probeImage, run, withSecret } from "../verify-sh-fakes";
import { CURL_IMAGE, defaultCurlImage, probeUrls } from "./verify-sh-pod";

describe("the probe pod's image", () => {
  it("starts the probe pod from the user's mirror, unless VERIFY_CURL_IMAGE says otherwise", () => {
    const mirrored = parseTestConfig({
      ...withSecret,
      network: {
        ...withSecret.network,
        egress: {
          restricted: true,
          mirror: "own",
          backendImageRepository: "mirror.corp.example:5000/flows/backend",
        },
      },
    });
    const script = verifyShFile(installPlan(mirrored)).contents;
    expect(script).toMatch(/^# .*the mirror must carry Docker Hub's curlimages\/curl:8\.14\.1/m);
    const bin = fakeCluster(
      { ...healthy, deploy: deployments(installPlan(mirrored).chartValues.flows) },
      "",
    );
    run(script, bin);
    expect(probeImage(bin)).toBe(`mirror.corp.example:5000/${CURL_IMAGE}`);
    run(script, bin, { VERIFY_CURL_IMAGE: "registry.corp.example/tools/curl:1" });
    expect(probeImage(bin)).toBe("registry.corp.example/tools/curl:1");
  });

  it("keeps Docker Hub's curl image for the module's ECR mirrors, and names the override", () => {
    const moduleEcr = parseTestConfig({
      ...withSecret,
      network: { ...withSecret.network, egress: { restricted: true, mirror: "module-ecr" } },
    });
    expect(defaultCurlImage(installPlan(moduleEcr))).toBe(CURL_IMAGE);
    expect(verifyShFile(installPlan(moduleEcr)).contents).toMatch(
      /^# VERIFY_CURL_IMAGE: .*\n# the module's ECR mirrors hold only the Flows images/m,
    );
  });
});

describe("probe URLs", () => {
  it("probes what the cluster reaches, not the EC2 hosts' AWS APIs or unknown accounts", () => {
    const urls = probeUrls(
      installPlan(
        parseTestConfig({
          basics: { agents: { ec2: true, kubernetes: false } },
          network: { egress: { mirror: "module-ecr" } },
        }),
      ),
    );
    expect(urls).toContain("https://s3.eu-central-1.amazonaws.com/");
    expect(urls).toContain("https://api.ecr.eu-central-1.amazonaws.com/v2/");
    expect(urls.some((u) => u.includes("ACCOUNT") || u.includes("*"))).toBe(false);
    expect(urls.some((u) => u.includes("autoscaling") || u.includes("secretsmanager"))).toBe(false);
    // The runtime image is pulled by the EC2 hosts only, the app domain reached by EC2 agents.
    expect(urls).not.toContain("https://registry-1.docker.io/v2/");
    expect(urls).not.toContain("https://flows.example.com");
  });

  it("probes the app domain when agents run in the cluster", () => {
    const urls = probeUrls(
      installPlan(parseTestConfig({ basics: { agents: { kubernetes: true } } })),
    );
    expect(urls).toContain("https://gateway.flows.example.com");
  });
});
