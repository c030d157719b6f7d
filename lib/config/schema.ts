// The configuration model: one zod schema is the single source of truth for the wizard's
// types, defaults and validation messages. The form, the share-link decoder, the config-file
// importer and the command line all parse through it.
import { z } from "zod";
import {
  checkDnsLabel,
  checkDomain,
  checkImageReference,
  checkImageRepository,
} from "./validators";
import { parseProxyUrl } from "../proxy/url";
import { DOCUMENTED_NO_PROXY, parseNoProxyEntry } from "../proxy/no-proxy";

/** Bumped whenever a stored configuration would read differently; importers keep old versions. */
export const SCHEMA_VERSION = 1;

/** The docs' own example domain: a valid default that the review step flags until it is changed. */
export const EXAMPLE_APP_DOMAIN = "flows.example.com";

function checked(check: (value: string) => string | null) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const error = check(value);
      if (error) ctx.addIssue({ code: "custom", message: error });
    });
}

/** Optional text: empty means "use the product's default". */
function optional(check: (value: string) => string | null) {
  return checked((value) => (value === "" ? null : check(value)));
}

const AWS_REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

/** A certificate as the wizard stores it: canonical PEM (LF, 64-column body, final newline). */
export const CANONICAL_PEM =
  /^-----BEGIN CERTIFICATE-----\n(?:[A-Za-z0-9+/]{64}\n)*(?:[A-Za-z0-9+/]{4}){0,15}[A-Za-z0-9+/]{2}(?:[A-Za-z0-9+/]{2}|[A-Za-z0-9+/]=|==)\n-----END CERTIFICATE-----\n$/;

export const certificateSchema = z.object({
  pem: z.string().regex(CANONICAL_PEM, {
    message: "Not a normalized PEM certificate: import it through the certificate step.",
  }),
  /** Where it came from or what it is called (the subject's common name, a file name). */
  label: z.string().max(200, { message: "A certificate label is at most 200 characters." }),
});

const basicsSchema = z.object({
  appDomain: checked(checkDomain).default(EXAMPLE_APP_DOMAIN),
  namespace: checked((v) => checkDnsLabel(v, "namespace")).default("default"),
  releaseName: checked((v) => checkDnsLabel(v, "release name", 53)).default("spacelift-flows"),
  awsRegion: checked((v) =>
    AWS_REGION.test(v) ? null : "Use an AWS region code such as eu-central-1 or us-east-1.",
  ).default("eu-central-1"),
  agents: z
    .object({
      ec2: z.boolean().default(true),
      kubernetes: z.boolean().default(false),
    })
    .prefault({}),
});

const networkSchema = z.object({
  ingressScheme: z.enum(["internet-facing", "internal"]).default("internet-facing"),
  vpcChecklist: z
    .object({
      privateSubnetsWithNat: z.boolean().default(false),
      securityGroups: z.boolean().default(false),
      privateAccess: z.boolean().default(false),
    })
    .prefault({}),
  egress: z
    .object({
      restricted: z.boolean().default(false),
      runtimeImage: optional(checkImageReference).default(""),
      backendImageRepository: optional(checkImageRepository).default(""),
      agentImageRepository: optional(checkImageRepository).default(""),
    })
    .prefault({}),
});

const noProxyEntrySchema = z.string().superRefine((value, ctx) => {
  const result = parseNoProxyEntry(value);
  if (!result.ok) ctx.addIssue({ code: "custom", message: result.error });
  else if (result.entry !== value)
    ctx.addIssue({ code: "custom", message: `Write "${result.entry}" instead of "${value}".` });
});

const proxySchema = z
  .object({
    enabled: z.boolean().default(false),
    httpProxy: z.string().trim().default(""),
    /** Empty: the HTTP proxy URL is used for HTTPS too, as most corporate proxies expect. */
    httpsProxy: z.string().trim().default(""),
    noProxy: z
      .array(noProxyEntrySchema)
      .max(200, { message: "NO_PROXY holds at most 200 entries." })
      .default([...DOCUMENTED_NO_PROXY])
      .superRefine((entries, ctx) => {
        const seen = new Set<string>();
        entries.forEach((entry, index) => {
          if (seen.has(entry))
            ctx.addIssue({ code: "custom", path: [index], message: `"${entry}" is listed twice.` });
          seen.add(entry);
        });
      }),
    receivers: z
      .object({
        worker: z.boolean().default(true),
        gateway: z.boolean().default(true),
        server: z.boolean().default(true),
        ec2Agents: z.boolean().default(true),
        kubernetesAgents: z.boolean().default(true),
      })
      .prefault({}),
    /** How URLs that carry credentials reach the pods: a Kubernetes Secret, or plain values. */
    credentials: z.enum(["secret", "plain"]).default("secret"),
    secretName: checked((v) => checkDnsLabel(v, "Secret name", 253)).default(
      "spacelift-flows-proxy",
    ),
    /** The VPC's range, typed for the NO_PROXY suggestions; empty when not given. */
    vpcCidr: z.string().trim().default(""),
  })
  .superRefine((proxy, ctx) => {
    if (!proxy.enabled) return;
    const http = parseProxyUrl(proxy.httpProxy);
    if (!http.ok) ctx.addIssue({ code: "custom", path: ["httpProxy"], message: http.error });
    if (proxy.httpsProxy !== "") {
      const https = parseProxyUrl(proxy.httpsProxy);
      if (!https.ok) ctx.addIssue({ code: "custom", path: ["httpsProxy"], message: https.error });
    }
    if (proxy.vpcCidr !== "") {
      const cidr = parseNoProxyEntry(proxy.vpcCidr);
      if (!cidr.ok || cidr.kind !== "cidr" || cidr.entry !== proxy.vpcCidr)
        ctx.addIssue({
          code: "custom",
          path: ["vpcCidr"],
          message: "Enter the VPC's range as a CIDR, for example 10.0.0.0/16.",
        });
    }
  });

export const configSchema = z.object({
  basics: basicsSchema.prefault({}),
  network: networkSchema.prefault({}),
  proxy: proxySchema.prefault({}),
  certificates: z
    .array(certificateSchema)
    .max(200, { message: "At most 200 certificates fit in one configuration." })
    .default([]),
});

/** The validated configuration every generator takes. */
export type Config = z.output<typeof configSchema>;
/** What the form holds: the same shape, before defaults and validation. */
export type ConfigInput = z.input<typeof configSchema>;
export type Certificate = z.output<typeof certificateSchema>;
export type IngressScheme = Config["network"]["ingressScheme"];

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
