// The configuration model: one zod schema is the single source of truth for the wizard's
// types, defaults and validation messages. The form, the share-link decoder, the config-file
// importer and the command line all parse through it.
//
// Written with `zod/mini`: the same validation core as classic zod, with functions instead of
// chained methods. The page builds this schema while it starts, and mini's schemas are several
// times cheaper to build and to run the first time (see docs/performance.md).
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import {
  checkDnsLabel,
  checkDomain,
  checkImageReference,
  checkImageRepository,
} from "./validators";
import {
  checkAcmArn,
  checkEksClusterName,
  checkSecurityGroupIds,
  checkSubnetIds,
  checkVpcId,
} from "./aws";
import { checkChartVersion, checkModuleRef } from "./versions";
import { parseProxyUrl } from "../proxy/url";
import { DOCUMENTED_NO_PROXY } from "../proxy/no-proxy";
import { parseNoProxyList } from "../proxy/no-proxy-list";
import { parseVpcCidr } from "../proxy/vpc-cidr";
import { isWellFormedText } from "./well-formed";

/** Bumped whenever a stored configuration would read differently; importers keep old versions. */
export const SCHEMA_VERSION = 1;

/** The docs' own example domain: a valid default that the review step flags until it is changed. */
export const EXAMPLE_APP_DOMAIN = "flows.example.com";

// Messages for what the schema does not word itself (a number where text belongs, in an imported
// file): mini ships without them.
z.config(en());

/** Text, trimmed, then checked: `check` returns the message, or null when the value is fine. */
function checked(check: (value: string) => string | null) {
  return z.string().check(
    z.trim(),
    z.superRefine((value: string, ctx) => {
      const error = check(value);
      if (error) ctx.addIssue({ code: "custom", message: error });
    }),
  );
}

/** Optional text: empty means "use the product's default". */
function optional(check: (value: string) => string | null) {
  return checked((value) => (value === "" ? null : check(value)));
}

const AWS_REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

/** A certificate as the wizard stores it: canonical PEM (LF, 64-column body, final newline). */
export const CANONICAL_PEM =
  /^-----BEGIN CERTIFICATE-----\n(?:[A-Za-z0-9+/]{64}\n)*(?:[A-Za-z0-9+/]{4}){0,15}[A-Za-z0-9+/]{2}(?:[A-Za-z0-9+/]{2}|[A-Za-z0-9+/]=|==)\n-----END CERTIFICATE-----\n$/;

/** Which modules trust a CA certificate: the Flows services (main module), the agents, or both. */
export const CA_SCOPES = ["both", "services", "agents"] as const;
export type CaScope = (typeof CA_SCOPES)[number];

const canonicalPem = () =>
  z.string().check(
    z.regex(CANONICAL_PEM, {
      message: "Not a normalized PEM certificate: import it through the certificate step.",
    }),
  );

export const certificateSchema = z.object({
  pem: canonicalPem(),
  /** Where it came from or what it is called (the subject's common name, a file name). */
  label: z.string().check(
    z.maxLength(200, { message: "A certificate label is at most 200 characters." }),
    z.refine(isWellFormedText, {
      message:
        "A certificate label holds a broken character (half of a UTF-16 surrogate pair, such as an emoji cut in two): retype the label, or import the certificate file again.",
    }),
  ),
  /**
   * Who trusts it: "services" goes only into the main module's `custom_ca_certificates`,
   * "agents" only into the agents' (EC2 user data has room for about two RSA roots).
   */
  scope: z._default(z.enum(CA_SCOPES), "both"),
});

/** The most certificates one TLS check keeps: a proxy presents a leaf and a few intermediates. */
export const MAX_CHECK_CHAIN = 10;
export const MAX_TLS_CHECKS = 20;

/**
 * What the proxy presented for one egress host (pasted `openssl s_client -showcerts` output or a
 * PEM chain), leaf first. The verdict is derived from it and the CA set (lib/tls-check).
 */
export const tlsCheckSchema = z.object({
  host: z.string().check(
    z.trim(),
    z.superRefine((value: string, ctx) => {
      const error = checkCheckedHost(value);
      if (error) ctx.addIssue({ code: "custom", message: error });
    }),
  ),
  chain: z.array(canonicalPem()).check(
    z.minLength(1, { message: "A TLS check needs the certificates the proxy presented." }),
    z.maxLength(MAX_CHECK_CHAIN, {
      message: `A TLS check keeps at most ${MAX_CHECK_CHAIN} certificates: paste one connection's output.`,
    }),
  ),
});

/** `host` or `host:port` of a checked destination; null when fine. */
export function checkCheckedHost(value: string): string | null {
  const match = /^([^:]+)(?::(\d{1,5}))?$/.exec(value);
  if (!match) return "Enter the host as name or name:port, e.g. registry.useflows.com:443.";
  const port = match[2] === undefined ? 443 : Number(match[2]);
  if (port < 1 || port > 65535) return "The port must be between 1 and 65535.";
  return checkDomain(match[1]!);
}

const flag = (value: boolean) => z._default(z.boolean(), value);
/** Free text that only needs trimming; empty by default. */
const text = () => z._default(z.string().check(z.trim()), "");

const basicsSchema = z.object({
  appDomain: z._default(checked(checkDomain), EXAMPLE_APP_DOMAIN),
  namespace: z._default(
    checked((v) => checkDnsLabel(v, "namespace")),
    "default",
  ),
  releaseName: z._default(
    checked((v) => checkDnsLabel(v, "release name", 53)),
    "spacelift-flows",
  ),
  awsRegion: z._default(
    checked((v) =>
      AWS_REGION.test(v) ? null : "Use an AWS region code such as eu-central-1 or us-east-1.",
    ),
    "eu-central-1",
  ),
  agents: z.prefault(z.object({ ec2: flag(true), kubernetes: flag(false) }), {}),
});

const idList = () => z._default(z.array(z.string().check(z.trim())), []);

const vpcFields = z.object({
  /** "create": the main module builds the VPC; "existing": one the user names (enable_vpc = false). */
  mode: z._default(z.enum(["create", "existing"]), "create"),
  id: text(),
  privateSubnetIds: idList(),
  publicSubnetIds: idList(),
});

const clusterFields = z.object({
  /**
   * "create": the main module creates an EKS Auto Mode cluster; "existing": a cluster the user
   * names (enable_eks_cluster = false, eks_cluster_name; upstream examples/with_existing_eks).
   */
  mode: z._default(z.enum(["create", "existing"]), "create"),
  name: text(),
  /**
   * database_security_group_ids: with no cluster of its own the main module adds no rule from
   * the nodes to the database (security_group.tf), so these groups must let the cluster in.
   */
  databaseSecurityGroupIds: idList(),
});

const tlsFields = z.object({
  /** "request": the module requests a public ACM certificate (DNS validation); "existing": cert_arn. */
  certificate: z._default(z.enum(["request", "existing"]), "request"),
  certArn: text(),
  /** The user says the domain exists only in private DNS (public DNS validation cannot pass). */
  privateDns: flag(false),
});

const egressFields = z.object({
  restricted: flag(false),
  runtimeImage: z._default(optional(checkImageReference), ""),
  /**
   * Where the images come from: the public registries, ECR mirrors the main module creates
   * (enable_ecr), or the user's own registry (the two repositories below).
   */
  mirror: z._default(z.enum(["public", "module-ecr", "own"]), "public"),
  backendImageRepository: z._default(optional(checkImageRepository), ""),
  agentImageRepository: z._default(optional(checkImageRepository), ""),
});

const networkFields = z.object({
  ingressScheme: z._default(z.enum(["internet-facing", "internal"]), "internet-facing"),
  vpc: z.prefault(vpcFields, {}),
  cluster: z.prefault(clusterFields, {}),
  tls: z.prefault(tlsFields, {}),
  vpcChecklist: z.prefault(
    z.object({
      privateSubnetsWithNat: flag(false),
      securityGroups: flag(false),
      privateAccess: flag(false),
    }),
    {},
  ),
  egress: z.prefault(egressFields, {}),
});

type NetworkOutput = z.output<typeof networkFields>;

/** Checks between fields: each applies only to the choice that uses the field. */
function checkNetwork(network: NetworkOutput, ctx: z.core.$RefinementCtx<NetworkOutput>) {
  const issue = (path: (string | number)[], message: string | null) => {
    if (message) ctx.addIssue({ code: "custom", path, message });
  };
  const { vpc, tls, egress, cluster } = network;
  if (cluster.mode === "existing") {
    issue(["cluster", "name"], checkEksClusterName(cluster.name));
    issue(
      ["cluster", "databaseSecurityGroupIds"],
      checkSecurityGroupIds(cluster.databaseSecurityGroupIds),
    );
    // With enable_vpc left on, the module builds a second VPC and puts the database there,
    // out of the existing cluster's reach.
    // The issue sits on the cluster choice, so a half-made choice falls back to a new cluster.
    if (vpc.mode !== "existing")
      issue(
        ["cluster", "mode"],
        "An existing cluster already has its VPC: under Where Flows runs, choose An existing VPC and enter the cluster's VPC and subnets.",
      );
  }
  if (vpc.mode === "existing") {
    issue(["vpc", "id"], checkVpcId(vpc.id));
    issue(["vpc", "privateSubnetIds"], checkSubnetIds(vpc.privateSubnetIds, "private"));
    if (network.ingressScheme === "internet-facing" || vpc.publicSubnetIds.length > 0)
      issue(["vpc", "publicSubnetIds"], checkSubnetIds(vpc.publicSubnetIds, "public"));
    const both = vpc.privateSubnetIds.filter((id) => vpc.publicSubnetIds.includes(id));
    if (both.length > 0)
      issue(["vpc", "publicSubnetIds"], `${both[0]} is listed as private and as public.`);
  }
  if (tls.certificate === "existing") issue(["tls", "certArn"], checkAcmArn(tls.certArn));
  if (
    egress.mirror === "own" &&
    egress.backendImageRepository === "" &&
    egress.agentImageRepository === ""
  )
    issue(
      ["egress", "agentImageRepository"],
      "Enter at least one mirror, or choose the public registries.",
    );
}

const networkSchema = networkFields.check(z.superRefine(checkNetwork));

/**
 * NO_PROXY as the page's editor reads it (lib/proxy/no-proxy-list.ts): an item may hold several
 * entries, entries are normalized and de-duplicated, and a file or link gets the same list the
 * editor would have made of the same text. Errors point at the item that holds them.
 */
const noProxySchema = z.array(z.string()).check(
  z.superRefine((items: string[], ctx) => {
    items.forEach((item, index) => {
      for (const message of parseNoProxyList([item]).errors)
        ctx.addIssue({ code: "custom", path: [index], message });
    });
  }),
  z.overwrite((items: string[]) => parseNoProxyList(items).entries),
  z.maxLength(200, { message: "NO_PROXY holds at most 200 entries." }),
);

const proxyFields = z.object({
  enabled: flag(false),
  /** The URL without user name and password: those have their own fields. */
  httpProxy: text(),
  /** Empty: the HTTP proxy (with its user and password) is used for HTTPS too. */
  httpsProxy: text(),
  /** User names: settings, kept in drafts, links and wizard-config.json. */
  httpUser: text(),
  httpsUser: text(),
  /**
   * Passwords, for "plain values" mode only: SECRET (lib/proxy/credentials.ts). They live in the
   * form's memory and are stripped from every draft, link and file (lib/share/secrets.ts).
   */
  httpPassword: z._default(z.string(), ""),
  httpsPassword: z._default(z.string(), ""),
  noProxy: z._default(noProxySchema, [...DOCUMENTED_NO_PROXY]),
  receivers: z.prefault(
    z.object({
      worker: flag(true),
      gateway: flag(true),
      server: flag(true),
      ec2Agents: flag(true),
      kubernetesAgents: flag(true),
    }),
    {},
  ),
  /** How URLs that carry credentials reach the pods: a Kubernetes Secret, or plain values. */
  credentials: z._default(z.enum(["secret", "plain"]), "secret"),
  secretName: z._default(
    checked((v) => checkDnsLabel(v, "Secret name", 253)),
    "spacelift-flows-proxy",
  ),
  /** The VPC's range, typed for the NO_PROXY suggestions; empty when not given. */
  vpcCidr: z._default(
    z.string().check(
      z.trim(),
      z.overwrite((value: string) => {
        const cidr = value === "" ? null : parseVpcCidr(value);
        return cidr?.ok ? cidr.cidr : value;
      }),
    ),
    "",
  ),
  /** The proxy inspects TLS (re-signs HTTPS with its own CA): its root must be trusted. */
  tlsInspection: flag(false),
  /**
   * The machine that runs install.sh is behind the proxy too: install.sh exports the proxy,
   * NO_PROXY and the CA file for its tools, and preflight.sh checks them the same way.
   */
  workstation: flag(false),
});

const proxySchema = proxyFields.check(
  z.superRefine((proxy: z.output<typeof proxyFields>, ctx) => {
    if (!proxy.enabled) return;
    const checkUrl = (field: "httpProxy" | "httpsProxy") => {
      const parsed = parseProxyUrl(proxy[field]);
      if (!parsed.ok) ctx.addIssue({ code: "custom", path: [field], message: parsed.error });
      else if (parsed.url.username !== "" || parsed.url.password !== "")
        ctx.addIssue({
          code: "custom",
          path: [field],
          message:
            "Enter the user name in its own field and leave the password out of the URL: the wizard never stores it.",
        });
    };
    checkUrl("httpProxy");
    if (proxy.httpsProxy !== "") checkUrl("httpsProxy");
    if (proxy.vpcCidr !== "") {
      const cidr = parseVpcCidr(proxy.vpcCidr);
      if (!cidr.ok) ctx.addIssue({ code: "custom", path: ["vpcCidr"], message: cidr.error });
    }
  }),
);

/** The upstream versions the bundle uses: empty means the pins in lib/upstream/sources.ts. */
const versionsSchema = z.object({
  mainModuleRef: z._default(optional(checkModuleRef), ""),
  agentModuleRef: z._default(optional(checkModuleRef), ""),
  flowsChartVersion: z._default(optional(checkChartVersion), ""),
  agentChartVersion: z._default(optional(checkChartVersion), ""),
});

/** The tools a bundle can hand the Helm releases and manifests to (lib/plan/gitops.ts). */
export const GITOPS_TOOLS = ["none", "argocd", "flux"] as const;

/** How the Helm releases are installed: by install.sh, or from a Git repository by Argo CD or Flux. */
const gitopsSchema = z.object({
  tool: z._default(z.enum(GITOPS_TOOLS), "none"),
});

export const configSchema = z.object({
  basics: z.prefault(basicsSchema, {}),
  network: z.prefault(networkSchema, {}),
  proxy: z.prefault(proxySchema, {}),
  versions: z.prefault(versionsSchema, {}),
  gitops: z.prefault(gitopsSchema, {}),
  certificates: z._default(
    z
      .array(certificateSchema)
      .check(z.maxLength(200, { message: "At most 200 certificates fit in one configuration." })),
    [],
  ),
  tlsChecks: z._default(
    z.array(tlsCheckSchema).check(
      z.maxLength(MAX_TLS_CHECKS, {
        message: `At most ${MAX_TLS_CHECKS} TLS checks fit in one configuration.`,
      }),
    ),
    [],
  ),
});

/** The validated configuration every generator takes. */
export type Config = z.output<typeof configSchema>;
/** What the form holds: the same shape, before defaults and validation. */
export type ConfigInput = z.input<typeof configSchema>;
export type Certificate = z.output<typeof certificateSchema>;
/** A certificate as the form, a link or a file holds it: the scope may be missing ("both"). */
export type CertificateInput = z.input<typeof certificateSchema>;
export type TlsCheck = z.output<typeof tlsCheckSchema>;
export type IngressScheme = Config["network"]["ingressScheme"];
export type ImageMirror = Config["network"]["egress"]["mirror"];
export type GitopsTool = Config["gitops"]["tool"];

/** The defaults, as the schema defines them. */
export const defaultConfig: Config = configSchema.parse({});

export type ParseResult =
  { success: true; data: Config } | { success: false; issues: { path: string; message: string }[] };

/** Validates untrusted input (form, link, file) without throwing. */
export function parseConfig(input: unknown): ParseResult {
  const result = configSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    })),
  };
}
