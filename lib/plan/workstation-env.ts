// The environment install.sh gives its tools when the machine that runs it is behind the proxy
// too (proxy.workstation): which variables, read by which tool (lib/receivers, the workstation's
// programs), the NO_PROXY list they get and the CA file. preflight.sh checks the tools with the
// same list and CA set.
import type { Config } from "../config/schema";
import type { ProxyPlan } from "../config/derive";
import type { ReceiverId } from "../receivers";
import { shellQuote } from "../format/shell";

/** One exported variable and the workstation programs that read it. */
export interface WorkstationVariable {
  name: string;
  value: string;
  readBy: ReceiverId[];
}

export interface WorkstationEnvironment {
  /** NO_PROXY as the tools get it: the user's list and the EKS API endpoints of the region. */
  noProxy: string;
  /** The cluster API's host suffix, kept out of the proxy. */
  eksApiSuffix: string;
  variables: WorkstationVariable[];
  /** The shell lines install.sh runs (after HTTP_PROXY_URL / HTTPS_PROXY_URL are set). */
  lines: string[];
}

/** The CA file install.sh builds: the system's roots, then the bundle's certs/*.pem. */
export const WORKSTATION_CA_VARIABLE = "WORKSTATION_CA";

/** Where Linux and macOS keep the system's roots (Debian/Ubuntu, RHEL/Fedora/AL, macOS/Alpine). */
export const SYSTEM_CA_BUNDLES = [
  "/etc/ssl/certs/ca-certificates.crt",
  "/etc/pki/tls/certs/ca-bundle.crt",
  "/etc/ssl/cert.pem",
];

const GO_TOOLS: ReceiverId[] = ["workstation-tofu", "workstation-helm", "workstation-kubectl"];

/** The workstation's environment, or null when its tools do not use the proxy. */
export function workstationEnvironment(
  config: Config,
  proxy: ProxyPlan | null,
): WorkstationEnvironment | null {
  if (!proxy || !config.proxy.workstation) return null;
  const eksApiSuffix = `.${config.basics.awsRegion}.eks.amazonaws.com`;
  const list = proxy.noProxy === "" ? [] : proxy.noProxy.split(",");
  const noProxy = [...list, ...(list.includes(eksApiSuffix) ? [] : [eksApiSuffix])].join(",");
  const withCa = config.certificates.length > 0;
  const ca = `$${WORKSTATION_CA_VARIABLE}`;
  const variables: WorkstationVariable[] = [
    {
      name: "HTTPS_PROXY",
      value: "$HTTPS_PROXY_URL",
      readBy: [...GO_TOOLS, "workstation-aws", "workstation-curl"],
    },
    {
      name: "https_proxy",
      value: "$HTTPS_PROXY_URL",
      readBy: [...GO_TOOLS, "workstation-aws", "workstation-curl"],
    },
    { name: "HTTP_PROXY", value: "$HTTP_PROXY_URL", readBy: [...GO_TOOLS, "workstation-aws"] },
    {
      name: "http_proxy",
      value: "$HTTP_PROXY_URL",
      readBy: [...GO_TOOLS, "workstation-aws", "workstation-curl"],
    },
    {
      name: "NO_PROXY",
      value: noProxy,
      readBy: [...GO_TOOLS, "workstation-aws", "workstation-curl"],
    },
    {
      name: "no_proxy",
      value: noProxy,
      readBy: [...GO_TOOLS, "workstation-aws", "workstation-curl"],
    },
    ...(withCa
      ? [
          { name: "AWS_CA_BUNDLE", value: ca, readBy: ["workstation-aws" as const] },
          {
            name: "SSL_CERT_FILE",
            value: ca,
            readBy: ["workstation-tofu" as const, "workstation-helm" as const],
          },
          { name: "CURL_CA_BUNDLE", value: ca, readBy: ["workstation-curl" as const] },
        ]
      : []),
  ];
  const exported = (names: string[]) =>
    `export ${variables
      .filter((v) => names.includes(v.name))
      .map(
        (v) => `${v.name}=${v.value.startsWith("$") ? `"${v.value}"` : shellQuote(v.value, true)}`,
      )
      .join(" ")}`;
  const lines = [
    "# This machine is behind the proxy too: tofu, aws, helm and kubectl read these variables.",
    exported(["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"]),
    `# The cluster's API (*${eksApiSuffix}) is reached directly: kubectl and helm trust only its own CA`,
    "# (the kubeconfig's), which a TLS-inspecting proxy would replace. Remove it if only the proxy reaches it.",
    exported(["NO_PROXY", "no_proxy"]),
    ...(withCa
      ? [
          "# The system's roots plus certs/*.pem: aws reads AWS_CA_BUNDLE, Go tools (tofu, helm) SSL_CERT_FILE",
          "# (on Linux; macOS's Go uses the keychain), curl CURL_CA_BUNDLE. Each replaces its default roots.",
          `${WORKSTATION_CA_VARIABLE}=$(mktemp)`,
          `trap 'rm -f "$${WORKSTATION_CA_VARIABLE}"' EXIT`,
          `for bundle in ${SYSTEM_CA_BUNDLES.join(" ")}; do`,
          `  if [ -s "$bundle" ]; then cat "$bundle" >"$${WORKSTATION_CA_VARIABLE}"; break; fi`,
          "done",
          `cat certs/*.pem >>"$${WORKSTATION_CA_VARIABLE}"`,
          exported(["AWS_CA_BUNDLE", "SSL_CERT_FILE", "CURL_CA_BUNDLE"]),
        ]
      : []),
    ...(config.network.egress.mirror === "module-ecr"
      ? [
          "# docker is different: pulls and pushes are made by its daemon, which reads none of these.",
          "# Give the daemon the proxy itself (daemon.json, a systemd drop-in, or Docker Desktop's settings).",
        ]
      : []),
  ];
  return { noProxy, eksApiSuffix, variables, lines };
}
