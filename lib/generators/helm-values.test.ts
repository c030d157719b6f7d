import { installPlan } from "../plan";
import { parseTestConfig } from "../testing/config";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { agentValuesFile } from "./agent-values";
import { helmValuesFile } from "./helm-values";
import { SCHEME_ANNOTATION } from "../plan/names";

const values = (input: object) =>
  parse(helmValuesFile(installPlan(parseTestConfig(input))).contents);

describe("helm/values.yaml", () => {
  it("keeps the chart's ALB annotations, with numbers as strings", () => {
    const doc = values({});
    expect(doc.ingress).toEqual({
      enabled: true,
      className: "spacelift-flows",
      annotations: {
        "alb.ingress.kubernetes.io/healthcheck-port": "8080",
        "alb.ingress.kubernetes.io/healthcheck-path": "/health",
        "alb.ingress.kubernetes.io/healthcheck-interval-seconds": "10",
        [SCHEME_ANNOTATION]: "internet-facing",
      },
      exposeGateway: true,
    });
  });

  it("sets the scheme annotation to internal for a private VPC", () => {
    expect(
      values({ network: { ingressScheme: "internal" } }).ingress.annotations[SCHEME_ANNOTATION],
    ).toBe("internal");
  });

  it("gives worker, gateway and server the proxy variables, plain when there are no credentials", () => {
    const doc = values({ proxy: { enabled: true, httpProxy: "http://proxy.corp:3128" } });
    for (const component of ["worker", "gateway", "server"])
      expect(doc[component].extraEnv).toEqual([
        { name: "HTTP_PROXY", value: "http://proxy.corp:3128" },
        { name: "HTTPS_PROXY", value: "http://proxy.corp:3128" },
        { name: "NO_PROXY", value: "localhost,127.0.0.1,.cluster.local" },
      ]);
  });

  it("reads credentialed proxy URLs from the Secret and never writes the password", () => {
    const file = helmValuesFile(
      installPlan(
        parseTestConfig({
          proxy: { enabled: true, httpProxy: "http://bob:s3cr%21t@proxy.corp:3128" },
        }),
      ),
    );
    expect(file.contents).not.toMatch(/s3cr/);
    expect(parse(file.contents).server.extraEnv[0]).toEqual({
      name: "HTTP_PROXY",
      valueFrom: { secretKeyRef: { name: "spacelift-flows-proxy", key: "HTTP_PROXY" } },
    });
  });

  it("writes percent-encoded credentials in plain mode", () => {
    const doc = values({
      proxy: {
        enabled: true,
        httpProxy: "http://bob:it's(me)@proxy.corp:3128",
        credentials: "plain",
      },
    });
    expect(doc.worker.extraEnv[0]).toEqual({
      name: "HTTP_PROXY",
      value: "http://bob:it%27s%28me%29@proxy.corp:3128",
    });
  });

  it("only gives the proxy to the chosen components", () => {
    const doc = values({
      proxy: {
        enabled: true,
        httpProxy: "http://p:1",
        receivers: { worker: true, gateway: false, server: false },
      },
    });
    expect(Object.keys(doc)).toEqual(["appDomain", "ingress", "worker"]);
  });

  it("points global.image at a mirror when one is set", () => {
    const config = parseTestConfig({
      network: { egress: { mirror: "own", backendImageRepository: "registry.corp/flows/backend" } },
    });
    expect(installPlan(config).chartValues.flows.global).toEqual({
      image: { repository: "registry.corp/flows/backend" },
    });
  });
});

describe("helm/agent-values.yaml", () => {
  it("is only generated when agents run in Kubernetes", () => {
    expect(agentValuesFile(installPlan(parseTestConfig({})))).toBeNull();
  });

  it("passes the proxy and the CA value through agent.extraEnv", () => {
    const pem = `-----BEGIN CERTIFICATE-----\nQUJD\n-----END CERTIFICATE-----\n`;
    const file = agentValuesFile(
      installPlan(
        parseTestConfig({
          basics: { agents: { kubernetes: true } },
          proxy: { enabled: true, httpProxy: "http://proxy.corp:3128" },
          certificates: [{ pem, label: "Root" }],
        }),
      ),
    )!;
    const doc = parse(file.contents);
    expect(doc.agent.endpoint).toBe("https://flows.example.com");
    expect(doc.agent.gatewayEndpoint).toBe("https://gateway.flows.example.com");
    expect(doc.agent.extraEnv.map((e: { name: string }) => e.name)).toEqual([
      "HTTP_PROXY",
      "HTTPS_PROXY",
      "NO_PROXY",
      "FLOWS_ADDITIONAL_ROOT_CAS",
    ]);
    const ca = doc.agent.extraEnv[3].value as string;
    expect(JSON.parse(atob(ca))).toEqual({ caCertificates: [btoa(pem)] });
  });
});
