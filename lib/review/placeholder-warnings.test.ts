import { describe, expect, it } from "vitest";
import { configSchema, type ConfigInput } from "../config/schema";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { isExampleHost, placeholderWarnings } from "./placeholder-warnings";

const fields = (input: ConfigInput) =>
  placeholderWarnings(configSchema.parse(input)).map((w) => w.field ?? w.id);

describe("placeholder warnings", () => {
  it("know the names reserved for examples", () => {
    for (const host of ["example.com", "proxy.example.com", "flows.corp.example", "a.example.org"])
      expect(isExampleHost(host), host).toBe(true);
    for (const host of ["myexample.com", "examples.com", "corp.internal", "example-proxy.corp"])
      expect(isExampleHost(host), host).toBe(false);
  });

  it("flag example hosts in the proxy URLs, NO_PROXY, the domain and the images, each at its field", () => {
    expect(
      fields({
        basics: { appDomain: "flows.corp.example" },
        proxy: {
          enabled: true,
          httpProxy: "http://proxy.example.com:3128",
          httpsProxy: "http://tls.corp:3129",
          noProxy: ["localhost", ".svc.example.net"],
        },
        network: {
          egress: {
            runtimeImage: "registry.example.com/node:24-alpine",
            mirror: "own",
            agentImageRepository: "mirror.corp/agent",
          },
        },
      }),
    ).toEqual([
      "basics.appDomain",
      "proxy.httpProxy",
      "proxy.noProxy",
      "network.egress.runtimeImage",
    ]);
    expect(fields({ proxy: { httpProxy: "http://proxy.example.com:3128" } })).toEqual([]);
  });

  it("flag a TLS-inspecting proxy without a CA", () => {
    const proxy = { enabled: true, httpProxy: "http://proxy.corp:3128", tlsInspection: true };
    expect(fields({ proxy })).toEqual(["tls-inspection-without-ca"]);
    const certificates = [{ pem: TEST_CERTIFICATES[0]!.pem, label: "Proxy Root" }];
    expect(fields({ proxy, certificates })).toEqual([]);
  });
});
