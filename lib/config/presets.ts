// The three starting points offered on the Start step. Each is a partial input that goes
// through the schema, so a preset can never hold a value the form would refuse.
import { configSchema, type Config, type ConfigInput } from "./schema";

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
      proxy: {
        enabled: true,
        httpProxy: "http://proxy.example.com:3128",
        noProxy: ["localhost", "127.0.0.1", ".cluster.local", ".svc", "169.254.169.254"],
      },
    },
  },
];

/** The full configuration a preset stands for. */
export function presetConfig(id: PresetId): Config {
  const preset = presets.find((p) => p.id === id) ?? presets[0]!;
  return configSchema.parse(preset.input);
}
