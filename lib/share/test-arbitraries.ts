// fast-check arbitraries for share-link tests: valid configurations built from valid pieces,
// then filtered through the schema, with adversarial text where the schema allows free text.
import fc from "fast-check";
import { CA_SCOPES, parseConfig, type Config, type ConfigInput } from "../config/schema";
import { DOCUMENTED_NO_PROXY } from "../proxy/no-proxy";
import { encodeUserinfo } from "../proxy/url";
import { derToPem } from "./der";
import { TEST_CERTIFICATES } from "./test-certificates";

const dnsLabel = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,12}[a-z0-9])?$/);
const domain = fc.oneof(
  fc.constantFrom("flows.example.com", "flows.corp.internal", "a.b.c.example.org"),
  fc.tuple(dnsLabel, dnsLabel, fc.constantFrom("com", "internal", "io")).map((p) => p.join(".")),
);
const region = fc.constantFrom("eu-central-1", "us-east-1", "ap-southeast-2", "us-gov-west-1");
const image = fc.constantFrom(
  "",
  "node:24-alpine",
  "registry.corp.example:5000/mirror/node:24-alpine",
  "123456789012.dkr.ecr.eu-central-1.amazonaws.com/node@sha256:" + "a".repeat(64),
);
const repository = fc.constantFrom(
  "",
  "123456789012.dkr.ecr.eu-central-1.amazonaws.com/flows-agent",
  "registry.corp.example/mirror/spacelift-flows-backend",
);

/** A distinctive password, so tests can search the link for it. */
export const SECRET_MARK = "S3cr3t";
const userinfo = fc.option(
  fc.tuple(
    fc.string({ minLength: 1, maxLength: 8, unit: "grapheme" }),
    fc.string({ unit: "binary" }),
  ),
  { nil: undefined },
);
const proxyUrl = fc
  .tuple(
    fc.constantFrom("http", "https"),
    userinfo,
    fc.oneof(domain, fc.constantFrom("10.0.0.1", "[2001:db8::1]", "proxy")),
    fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
  )
  .map(([scheme, creds, host, port]) => {
    const auth = creds
      ? `${encodeUserinfo(creds[0])}:${encodeUserinfo(SECRET_MARK + creds[1])}@`
      : "";
    return `${scheme}://${auth}${host}${port ? `:${port}` : ""}`;
  });

const noProxyEntry = fc.oneof(
  fc.constantFrom(...DOCUMENTED_NO_PROXY, ".svc", "169.254.169.254", "10.0.0.0/8", "*", "::1"),
  domain,
  domain.map((d) => "." + d),
);

/** A DER-shaped blob: one SEQUENCE with a correct definite length and random contents. */
const fakeDer = fc.uint8Array({ minLength: 1, maxLength: 600 }).map((body) => {
  const header =
    body.length < 128 ? [0x30, body.length] : [0x30, 0x82, body.length >> 8, body.length & 0xff];
  return Uint8Array.from([...header, ...body]);
});
const scope = fc.constantFrom(...CA_SCOPES);
const certificate = fc.oneof(
  fc
    .tuple(fc.constantFrom(...TEST_CERTIFICATES), scope)
    .map(([c, scope]) => ({ pem: c.pem, label: c.label, scope })),
  fc.record({
    pem: fakeDer.map(derToPem),
    label: fc.string({ maxLength: 200, unit: "binary" }),
    scope,
  }),
);
const tlsCheck = fc.record({
  host: fc.oneof(
    domain,
    domain.map((host) => `${host}:8443`),
  ),
  chain: fc.array(
    fc.oneof(fc.constantFrom(...TEST_CERTIFICATES.map((c) => c.pem)), fakeDer.map(derToPem)),
    { minLength: 1, maxLength: 3 },
  ),
});

const input: fc.Arbitrary<ConfigInput> = fc.record({
  basics: fc.record(
    {
      appDomain: domain,
      namespace: dnsLabel,
      releaseName: dnsLabel,
      awsRegion: region,
      agents: fc.record({ ec2: fc.boolean(), kubernetes: fc.boolean() }),
    },
    { requiredKeys: [] },
  ),
  network: fc.record(
    {
      ingressScheme: fc.constantFrom("internet-facing", "internal"),
      vpc: fc.record(
        {
          mode: fc.constantFrom("create", "existing"),
          id: fc.constantFrom("", "vpc-0a1b2c3d", "vpc-0a1b2c3d4e5f67890"),
          privateSubnetIds: fc.constantFrom([], ["subnet-0000000a", "subnet-0000000b"]),
          publicSubnetIds: fc.constantFrom([], ["subnet-0000000c", "subnet-0000000d"]),
        },
        { requiredKeys: [] },
      ),
      tls: fc.record(
        {
          certificate: fc.constantFrom("request", "existing"),
          certArn: fc.constantFrom(
            "",
            "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f",
          ),
          privateDns: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      vpcChecklist: fc.record({
        privateSubnetsWithNat: fc.boolean(),
        securityGroups: fc.boolean(),
        privateAccess: fc.boolean(),
      }),
      egress: fc.record({
        restricted: fc.boolean(),
        runtimeImage: image,
        mirror: fc.constantFrom("public", "module-ecr", "own"),
        backendImageRepository: repository,
        agentImageRepository: repository,
      }),
    },
    { requiredKeys: [] },
  ),
  proxy: fc.record(
    {
      enabled: fc.boolean(),
      httpProxy: fc.oneof(proxyUrl, fc.string({ unit: "binary" })),
      httpsProxy: fc.oneof(fc.constant(""), proxyUrl),
      httpUser: fc.constantFrom("", "svc-flows", "DOMAIN\\bob"),
      httpsUser: fc.constantFrom("", "other"),
      // Secrets: marked so a test can search every link for them.
      httpPassword: fc.string({ unit: "binary" }).map((s) => SECRET_MARK + s),
      httpsPassword: fc.oneof(
        fc.constant(""),
        fc.string().map((s) => SECRET_MARK + s),
      ),
      noProxy: fc.uniqueArray(noProxyEntry, { maxLength: 12 }),
      receivers: fc.record({
        worker: fc.boolean(),
        gateway: fc.boolean(),
        server: fc.boolean(),
        ec2Agents: fc.boolean(),
        kubernetesAgents: fc.boolean(),
      }),
      credentials: fc.constantFrom("secret", "plain"),
      secretName: dnsLabel,
    },
    { requiredKeys: [] },
  ),
  versions: fc.record(
    {
      mainModuleRef: fc.constantFrom("", "v0.2.0"),
      agentModuleRef: fc.constantFrom("", "9e76c35"),
      flowsChartVersion: fc.constantFrom("", "0.3.0"),
      agentChartVersion: fc.constantFrom("", "0.3.1-rc.1"),
    },
    { requiredKeys: [] },
  ),
  certificates: fc.array(certificate, { maxLength: 4 }),
  tlsChecks: fc.array(tlsCheck, { maxLength: 2 }),
});

/** Valid configurations: every generated input that the schema accepts, as the schema returns it. */
export const validConfig: fc.Arbitrary<Config> = input
  .map((value) => parseConfig(value))
  .filter((result) => result.success)
  .map((result) => (result as { success: true; data: Config }).data);
