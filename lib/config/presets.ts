// The three starting points offered on the Start step. Each is a partial input that goes
// through the schema, so a preset can never hold a value the form would refuse.
import { configSchema, type ConfigInput } from "./schema";

export type PresetId = "public" | "private-vpc" | "private-proxy-tls";

export interface Preset {
  id: PresetId;
  title: string;
  summary: string;
  input: ConfigInput;
}

export const presets: readonly Preset[] = [
  {
    id: "public",
    title: "Public (default)",
    summary: "Internet-facing load balancer, direct outbound access, the system's CA store.",
    input: {},
  },
  {
    id: "private-vpc",
    title: "Private VPC",
    summary: "Internal load balancer on the private subnets, reached over VPN or a bastion.",
    input: { network: { ingressScheme: "internal" } },
  },
  {
    id: "private-proxy-tls",
    title: "Private VPC + proxy + TLS inspection",
    summary:
      "Internal load balancer, all egress through an HTTP proxy that inspects TLS, and the proxy's root CA trusted everywhere.",
    input: {
      network: { ingressScheme: "internal", egress: { restricted: true } },
      // No proxy URL: a preset never fills in a value that looks real. The field is required,
      // and the Proxy step shows an example as a placeholder.
      proxy: {
        enabled: true,
        tlsInspection: true,
        noProxy: ["localhost", "127.0.0.1", ".cluster.local", ".svc", "169.254.169.254"],
      },
    },
  },
];

/**
 * The form values a preset stands for, defaults filled in. Not necessarily valid: a preset leaves
 * empty what only the user can know (the proxy URL), and the form then asks for it.
 */
export function presetValues(id: PresetId): ConfigInput {
  const preset = presets.find((p) => p.id === id) ?? presets[0]!;
  // Only the proxy URL check depends on `enabled`: parse with the proxy off, then turn it on.
  const enabled = preset.input.proxy?.enabled ?? false;
  const parsed = configSchema.parse({
    ...preset.input,
    proxy: { ...preset.input.proxy, enabled: false },
  });
  return { ...parsed, proxy: { ...parsed.proxy, enabled } };
}
