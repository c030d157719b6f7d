// fast-check arbitraries for tests: valid configurations and the adversarial strings every
// free-text field must survive (or be refused with a message); and the share link's own
// configurations (validLinkConfig), with marked passwords and real certificates.
import fc from "fast-check";
import {
  CA_SCOPES,
  configSchema,
  parseConfig,
  type Config,
  type ConfigInput,
} from "../config/schema";
import { bytesToBase64 } from "../certs/custom-ca-value";
import { DOCUMENTED_NO_PROXY } from "../proxy/no-proxy";
import { encodeUserinfo } from "../proxy/url";
import { derToPem } from "../share/der";
import { TEST_CERTIFICATES } from "./certificates";

/** Strings that break naive YAML, HCL or shell output. */
export const ADVERSARIAL = [
  '"',
  "'",
  "\\",
  "\n",
  "\r\n",
  "\t",
  "${x}",
  "%{ if x }",
  "$(rm -rf /)",
  "`id`",
  ": #",
  "- item",
  "yes",
  "no",
  "on",
  "off",
  "y",
  "null",
  "~",
  "*",
  "&anchor",
  "!!str",
  "0777",
  "1e3",
  "ünïcödé",
  "日本語",
  "🚀🔐",
  "\u0000",
  "\u2028",
  " leading and trailing ",
] as const;

export const adversarialString = fc.oneof(
  fc.constantFrom(...ADVERSARIAL),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc
    .array(fc.constantFrom(...ADVERSARIAL), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join("")),
);

/** Pieces both configuration arbitraries below use. */
const region = fc.constantFrom("eu-central-1", "us-east-1", "ap-southeast-2", "us-gov-west-1");
const agents = fc.record({ ec2: fc.boolean(), kubernetes: fc.boolean() });
const vpcChecklist = fc.record({
  privateSubnetsWithNat: fc.boolean(),
  securityGroups: fc.boolean(),
  privateAccess: fc.boolean(),
});
const receivers = fc.record({
  worker: fc.boolean(),
  gateway: fc.boolean(),
  server: fc.boolean(),
  ec2Agents: fc.boolean(),
  kubernetesAgents: fc.boolean(),
});

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const domain = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([labels, tld]) => [...labels, tld].join("."));

/** A PEM-shaped certificate body (the generators do not parse it; the schema checks its shape). */
export const fakePem = fc.uint8Array({ minLength: 30, maxLength: 200 }).map((bytes) => {
  const body = bytesToBase64(bytes)
    .match(/.{1,64}/g)!
    .join("\n");
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
});

const proxyUrl = fc
  .record({
    scheme: fc.constantFrom("http", "https"),
    host: fc.oneof(domain, fc.constant("10.0.0.1"), fc.constant("[2001:db8::1]")),
    port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
  })
  .map(({ scheme, host, port }) => `${scheme}://${host}${port === undefined ? "" : `:${port}`}`);

/** A proxy user name (a setting) and password (a secret): anything a person may type. */
const proxyUser = fc.oneof(
  fc.constant(""),
  adversarialString.filter((s) => s.trim() === s && s.length > 0),
);
const proxyPassword = fc.oneof(fc.constant(""), adversarialString);

/** Inputs that the schema accepts, covering every option. */
export const configInput: fc.Arbitrary<ConfigInput> = fc.record({
  basics: fc.record({
    appDomain: domain,
    namespace: label,
    releaseName: label,
    awsRegion: region,
    agents,
  }),
  network: fc.record({
    ingressScheme: fc.constantFrom("internet-facing", "internal"),
    vpc: fc.oneof(
      fc.constant({ mode: "create" as const }),
      fc.record({
        mode: fc.constant("existing" as const),
        id: fc.constantFrom("vpc-0a1b2c3d", "vpc-0a1b2c3d4e5f67890"),
        privateSubnetIds: fc.constant<string[]>(["subnet-0000000a", "subnet-0000000b"]),
        publicSubnetIds: fc.constantFrom<string[]>([], ["subnet-0000000c", "subnet-0000000d"]),
      }),
    ),
    tls: fc.oneof(
      fc.record({ certificate: fc.constant("request" as const), privateDns: fc.boolean() }),
      fc.record({
        certificate: fc.constant("existing" as const),
        certArn: fc.constant(
          "arn:aws:acm:eu-central-1:123456789012:certificate/0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f",
        ),
        privateDns: fc.boolean(),
      }),
    ),
    vpcChecklist,
    egress: fc.record({
      restricted: fc.boolean(),
      runtimeImage: fc.constantFrom(
        "",
        "registry.example.com/node:24-alpine",
        "node@sha256:" + "a".repeat(64),
      ),
      mirror: fc.constantFrom("public", "module-ecr", "own"),
      backendImageRepository: fc.constantFrom(
        "",
        "123456789012.dkr.ecr.eu-central-1.amazonaws.com/flows-backend",
      ),
      agentImageRepository: fc.constantFrom("", "registry.example.com:5000/mirror/flows-agent"),
    }),
  }),
  proxy: fc.record({
    enabled: fc.boolean(),
    httpProxy: proxyUrl,
    httpsProxy: fc.oneof(fc.constant(""), proxyUrl),
    httpUser: proxyUser,
    httpsUser: proxyUser,
    httpPassword: proxyPassword,
    httpsPassword: proxyPassword,
    noProxy: fc.uniqueArray(
      fc.constantFrom(
        "localhost",
        "127.0.0.1",
        ".cluster.local",
        ".svc",
        "10.0.0.0/16",
        "169.254.169.254",
        "*.corp.example",
        "::1",
        "internal.example.com:8443",
      ),
    ),
    receivers,
    credentials: fc.constantFrom("secret", "plain"),
    secretName: fc.constantFrom("spacelift-flows-proxy", "proxy-creds"),
    vpcCidr: fc.constantFrom("", "10.0.0.0/16", "192.168.0.0/20"),
  }),
  versions: fc.record(
    {
      mainModuleRef: fc.constantFrom("", "v0.2.0", "main"),
      agentModuleRef: fc.constantFrom("", "v0.4.0"),
      flowsChartVersion: fc.constantFrom("", "0.2.0"),
      agentChartVersion: fc.constantFrom("", "0.3.0"),
    },
    { requiredKeys: [] },
  ),
  certificates: fc.array(
    fc.record({ pem: fakePem, label: adversarialString, scope: fc.constantFrom(...CA_SCOPES) }),
    { maxLength: 3 },
  ),
});

/** Valid configurations (inputs the schema accepts, parsed). */
export const validConfig: fc.Arbitrary<Config> = configInput
  .map((input) => configSchema.safeParse(input))
  .filter((r) => r.success)
  .map((r) => r.data!);

const existingCluster = fc.record({
  mode: fc.constant("existing" as const),
  name: fc.constantFrom("corp-eks", "eks_prod-1", "A".repeat(100)),
  databaseSecurityGroupIds: fc.constantFrom(
    ["sg-0a1b2c3d"],
    ["sg-0a1b2c3d", "sg-0a1b2c3d4e5f67890"],
  ),
});

/**
 * Valid configurations, some with an existing EKS cluster. Kept apart from `configInput`, whose
 * fixed-seed sample is the golden bundles' (scripts/capture-golden-bundles.ts).
 */
export const validConfigWithCluster: fc.Arbitrary<Config> = fc
  .tuple(configInput, fc.option(existingCluster))
  .map(([input, cluster]) =>
    cluster ? { ...input, network: { ...input.network, cluster } } : input,
  )
  .map((input) => configSchema.safeParse(input))
  .filter((r) => r.success)
  .map((r) => r.data!);

// ---------------------------------------------------------------------------------------------
// The share link: configurations built from valid pieces, then filtered through the schema, with
// adversarial text where the schema allows free text.

const dnsLabel = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,12}[a-z0-9])?$/);
const linkDomain = fc.oneof(
  fc.constantFrom("flows.example.com", "flows.corp.internal", "a.b.c.example.org"),
  fc.tuple(dnsLabel, dnsLabel, fc.constantFrom("com", "internal", "io")).map((p) => p.join(".")),
);
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
const linkProxyUrl = fc
  .tuple(
    fc.constantFrom("http", "https"),
    userinfo,
    fc.oneof(linkDomain, fc.constantFrom("10.0.0.1", "[2001:db8::1]", "proxy")),
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
  linkDomain,
  linkDomain.map((d) => "." + d),
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
    linkDomain,
    linkDomain.map((host) => `${host}:8443`),
  ),
  chain: fc.array(
    fc.oneof(fc.constantFrom(...TEST_CERTIFICATES.map((c) => c.pem)), fakeDer.map(derToPem)),
    { minLength: 1, maxLength: 3 },
  ),
});

const linkInput: fc.Arbitrary<ConfigInput> = fc.record({
  basics: fc.record(
    {
      appDomain: linkDomain,
      namespace: dnsLabel,
      releaseName: dnsLabel,
      awsRegion: region,
      agents,
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
      cluster: fc.record(
        {
          mode: fc.constantFrom("create", "existing"),
          name: fc.constantFrom("", "corp-eks", "eks_prod-1"),
          databaseSecurityGroupIds: fc.constantFrom([], ["sg-0a1b2c3d"]),
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
      vpcChecklist,
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
      httpProxy: fc.oneof(linkProxyUrl, fc.string({ unit: "binary" })),
      httpsProxy: fc.oneof(fc.constant(""), linkProxyUrl),
      httpUser: fc.constantFrom("", "svc-flows", "DOMAIN\\bob"),
      httpsUser: fc.constantFrom("", "other"),
      // Secrets: marked so a test can search every link for them.
      httpPassword: fc.string({ unit: "binary" }).map((s) => SECRET_MARK + s),
      httpsPassword: fc.oneof(
        fc.constant(""),
        fc.string().map((s) => SECRET_MARK + s),
      ),
      noProxy: fc.uniqueArray(noProxyEntry, { maxLength: 12 }),
      receivers,
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

/**
 * Valid configurations for the share link's tests: sections left partial (the schema's defaults
 * fill them), binary text, marked passwords, real and DER-shaped certificates, TLS checks; every
 * input the schema accepts, as the schema returns it.
 */
export const validLinkConfig: fc.Arbitrary<Config> = linkInput
  .map((value) => parseConfig(value))
  .filter((result) => result.success)
  .map((result) => (result as { success: true; data: Config }).data);
