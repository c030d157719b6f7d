// Values that cannot be meant for a real install: hosts under the names reserved for examples
// (RFC 2606 and 6761: example.com/.net/.org and the .example top-level domain), and a proxy said
// to inspect TLS without the CA it re-signs with. Each warning names the field that fixes it.
import type { Config } from "../config/schema";
import { parseProxyUrl } from "../proxy/url";
import type { StandingWarning } from "./standing-warning";

/** True when a host name lies under a name reserved for examples. */
export function isExampleHost(host: string): boolean {
  return host
    .toLowerCase()
    .replace(/^\.|\.$/g, "")
    .split(".")
    .includes("example");
}

/** The registry host of an image reference, or "" for a Docker Hub short name. */
function registryHost(image: string): string {
  const first = image.split("/")[0] ?? "";
  return image.includes("/") && /[.:]/.test(first) ? first.replace(/:\d+$/, "") : "";
}

export function placeholderWarnings(config: Config): StandingWarning[] {
  const { basics, network, proxy } = config;
  const found: { field: string; step: StandingWarning["step"]; what: string; host: string }[] = [];
  // The docs' own example domain has a warning of its own (warnings.ts).
  if (isExampleHost(basics.appDomain) && basics.appDomain !== "flows.example.com")
    found.push({
      field: "basics.appDomain",
      step: "basics",
      what: "The app domain",
      host: basics.appDomain,
    });
  if (proxy.enabled) {
    for (const [field, label] of [
      ["httpProxy", "The HTTP proxy URL"],
      ["httpsProxy", "The HTTPS proxy URL"],
    ] as const) {
      const parsed = proxy[field] ? parseProxyUrl(proxy[field]) : null;
      if (parsed?.ok && isExampleHost(parsed.url.host))
        found.push({ field: `proxy.${field}`, step: "proxy", what: label, host: parsed.url.host });
    }
    for (const entry of proxy.noProxy)
      if (isExampleHost(entry.replace(/:\d+$/, "").replace(/^\*\./, "")))
        found.push({
          field: "proxy.noProxy",
          step: "proxy",
          what: "A NO_PROXY entry",
          host: entry,
        });
  }
  const images: [string, string, string][] = [
    ["network.egress.runtimeImage", "The JavaScript runtime image", network.egress.runtimeImage],
  ];
  if (network.egress.mirror === "own")
    images.push(
      [
        "network.egress.backendImageRepository",
        "The backend image mirror",
        network.egress.backendImageRepository,
      ],
      [
        "network.egress.agentImageRepository",
        "The agent image mirror",
        network.egress.agentImageRepository,
      ],
    );
  for (const [field, what, image] of images) {
    const host = registryHost(image);
    if (host && isExampleHost(host)) found.push({ field, step: "network", what, host });
  }
  const warnings: StandingWarning[] = found.map((f) => ({
    id: `example-host:${f.field}:${f.host}`,
    step: f.step,
    field: f.field,
    message: `${f.what} names ${f.host}, a name reserved for examples: enter your own.`,
  }));
  if (proxy.enabled && proxy.tlsInspection && config.certificates.length === 0)
    warnings.push({
      id: "tls-inspection-without-ca",
      step: "certificates",
      message:
        "The proxy inspects TLS, but no CA certificate is uploaded: every HTTPS call through it would fail verification. Add the proxy's root CA in the Certificates step (ask the proxy team, or read it from the chain the proxy presents: openssl s_client -showcerts -proxy HOST:PORT -connect registry.useflows.com:443).",
    });
  return warnings;
}
