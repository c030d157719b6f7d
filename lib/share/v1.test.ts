import { describe, expect, it } from "vitest";
// The frozen settings are what the link said; settings added to the schema since read as their
// defaults, hence the parse.
import { configSchema } from "../config/schema";
import { bytesToBase64url } from "./base64url";
import { createShareLink, decodeShareLink } from "./link";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { decodeV1 } from "./v1";
import { V1_DEFAULTS } from "./v1-defaults";
import { craftV1 } from "./testing/craft";

// Made by the first release of link format 1. Never regenerate these: they prove that links
// already pasted into tickets and chats keep opening after every later release.
const FROZEN_WITH_CERTIFICATE =
  "c=1.e8RMRKIG5xtoUKIlcHgChidUuiRO0lIcvAhA9oh-Xn5KqpWRiW5iTkFmXip56QvZQFgCIysloQQxegJCTTG18MhzBmpScHVWABWlIE1oBS60vK3dymzQxLgRiMMXAEtsJiYRtr97y_Y-lah_KZy27uVt_q8Gt88nG3Ahyn-gI0UNhMG1AA8PsiUwYS4eHleIWxVA0gZy4rxGZoaGRiZGBibGxiZR4rzGIK4hlEuyeZFAYcwKitmJgaX528ZJfbJdHxy8Pqs-MzhqIBBT80RDb969135KftEML2fJV_vpJ3g4yLRxLnpm1cHKUCZhyx192qam7rj1r21cx_MWBxsEGsjCK62zqWqH5jVujn6cosuXZ_R46dMkj0gDeaSqDKsCfrQaETnsmD0YDFyZFBTffZufcTudg0nw9kWDaSeYu59Lzr53Mrdqp6xDr1XayxImRYaWrVqTa8_JnpB53_hOp1j5_r_NJ-5abHjfc3-mxu-Pa8tjRD4t9AQA";
const FROZEN_WITHOUT_CERTIFICATES =
  "c=1.u8xMRKIG5xtoUKIlcHgChidUuiRO0lIcvAhA9oh-Xn5KqpWRiW5iTkFmXip56QvZQFgCIysloQQxegJCTTG1IJeila3wohUYxoa1ORpNRQA";

const FROZEN_SETTINGS = {
  basics: {
    appDomain: "flows.corp.example",
    namespace: "flows",
    releaseName: "spacelift-flows",
    awsRegion: "eu-central-1",
    agents: { ec2: true, kubernetes: true },
  },
  network: {
    ingressScheme: "internal",
    vpcChecklist: { privateSubnetsWithNat: true, securityGroups: false, privateAccess: false },
    egress: {
      restricted: true,
      runtimeImage: "registry.corp.example/node:24-alpine",
      backendImageRepository: "",
      agentImageRepository: "",
    },
  },
  proxy: {
    enabled: true,
    httpProxy: "http://proxy.corp.example:3128",
    httpsProxy: "",
    noProxy: ["localhost", "127.0.0.1", ".cluster.local", ".corp.example"],
    receivers: {
      worker: true,
      gateway: false,
      server: true,
      ec2Agents: true,
      kubernetesAgents: true,
    },
    credentials: "secret",
    secretName: "spacelift-flows-proxy",
  },
};

describe("link format 1", () => {
  it("still decodes the frozen link that carries a certificate", () => {
    const result = decodeShareLink(FROZEN_WITH_CERTIFICATE);
    expect(result).toMatchObject({
      ok: true,
      omittedCredentials: ["proxy.httpProxy"],
      dropped: [],
    });
    if (!result.ok) return;
    const ec = TEST_CERTIFICATES[3];
    expect(result.config).toEqual({
      ...configSchema.parse(FROZEN_SETTINGS),
      certificates: [{ pem: ec.pem, label: "Corp EC Root", scope: "both" }],
    });
  });

  it("still decodes the frozen link whose certificate was left out", () => {
    const result = decodeShareLink(FROZEN_WITHOUT_CERTIFICATES);
    expect(result).toMatchObject({ ok: true, omittedCertificates: 1, dropped: [] });
    if (result.ok)
      expect(result.config).toEqual(configSchema.parse({ ...FROZEN_SETTINGS, certificates: [] }));
  });

  it("reads a mirror repository from a link made before the mirror choice as the user's own", () => {
    const old = { d: { network: { egress: { agentImageRepository: "registry.corp/agent" } } } };
    const result = decodeShareLink(`c=1.${bytesToBase64url(craftV1(old))}`);
    if (!result.ok) throw new Error(result.error);
    expect(result.config.network.egress).toMatchObject({
      mirror: "own",
      agentImageRepository: "registry.corp/agent",
    });
  });

  it("carries the mirror choice beside a repository, so a kept repository stays unused", () => {
    const config = configSchema.parse({
      network: { egress: { mirror: "public", agentImageRepository: "registry.corp/agent" } },
    });
    const result = decodeShareLink(createShareLink(config).fragment);
    if (!result.ok) throw new Error(result.error);
    expect(result.config).toEqual(config);
  });

  it("carries an existing EKS cluster, and reads older links as a cluster the module creates", () => {
    const config = configSchema.parse({
      network: {
        ingressScheme: "internal",
        vpc: {
          mode: "existing",
          id: "vpc-0a1b2c3d",
          privateSubnetIds: ["subnet-0000000a", "subnet-0000000b"],
        },
        cluster: { mode: "existing", name: "corp-eks", databaseSecurityGroupIds: ["sg-0a1b2c3d"] },
      },
    });
    const result = decodeShareLink(createShareLink(config).fragment);
    if (!result.ok) throw new Error(result.error);
    expect(result.config).toEqual(config);
    const old = decodeShareLink(FROZEN_WITHOUT_CERTIFICATES);
    if (!old.ok) throw new Error(old.error);
    expect(old.config.network.cluster).toEqual({
      mode: "create",
      name: "",
      databaseSecurityGroupIds: [],
    });
  });

  it("fills what a link leaves out from the v1 defaults, not from today's schema", () => {
    const decoded = decodeV1(craftV1({ d: { basics: { namespace: "flows" } } }));
    expect(decoded).toMatchObject({ ok: true, base: V1_DEFAULTS });
    const result = decodeShareLink(
      `c=1.${bytesToBase64url(craftV1({ d: { basics: { namespace: "flows" } } }))}`,
    );
    if (!result.ok) throw new Error(result.error);
    const { certificates: _certificates, tlsChecks: _checks, ...settings } = result.config;
    expect(settings).toEqual({
      ...V1_DEFAULTS,
      basics: { ...V1_DEFAULTS.basics, namespace: "flows" },
    });
  });

  it("drops only the certificate whose bytes are not DER, and names it", () => {
    const result = decodeV1(
      craftV1({ l: ["Broken", "Fine"] }, [Uint8Array.of(1, 2, 3), Uint8Array.of(0x30, 0)]),
    );
    expect(result).toMatchObject({
      ok: true,
      dropped: [{ part: "Certificate 1 (Broken)", reason: expect.stringContaining("not a DER") }],
    });
  });

  it("refuses a payload whose certificate frames run past the end", () => {
    const frame = Uint8Array.of(0x30, 0);
    const truncated = craftV1({ l: ["A", "B"] }, [frame]);
    expect(decodeV1(truncated)).toMatchObject({
      ok: false,
      error: expect.stringContaining("damaged"),
    });
  });

  it("refuses trailing bytes after the last frame and a JSON header that is not an object", () => {
    expect(decodeV1(craftV1({}, [Uint8Array.of(0x30, 0)]))).toMatchObject({ ok: false });
    expect(decodeV1(craftV1([1, 2]))).toMatchObject({ ok: false });
    expect(decodeV1(craftV1({ s: ["basics.appDomain"] }))).toMatchObject({ ok: false });
    expect(decodeV1(craftV1({ k: -1 }))).toMatchObject({ ok: false });
  });

  it("names a link format from the future instead of guessing at it", () => {
    const payload = bytesToBase64url(craftV1({}));
    const result = decodeShareLink(`c=2.${payload}`);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("newer version") });
  });
});
