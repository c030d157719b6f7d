// install.sh: the commands in order, safe to read and to run. Every value is quoted with
// shellQuote; proxy passwords are read at run time and never written into the bundle.
import type { Config } from "../config/schema";
import { proxyPlan, type ProxyPlan } from "../config/derive";
import { formatProxyUrl, encodeUserinfo, type ProxyUrl } from "../proxy/url";
import { shellQuote } from "../format/shell";
import { ingressOutput } from "./terraform";
import type { GeneratedFile } from "./types";

export const HELM_REPO_URL = "https://downloads.spacelift.io/helm";
export const AGENT_RELEASE = "spacelift-flows-agent";

/** One step of the install: a title, why it is there, and its shell lines. */
export interface InstallStep {
  title: string;
  why: string;
  commands: string[];
}

const URLENCODE_FUNCTION = [
  "# Percent-encodes a value for the userinfo of a URL (RFC 3986 unreserved characters stay).",
  "urlencode() {",
  "  local LC_ALL=C value=$1 out='' char i",
  "  for ((i = 0; i < ${#value}; i++)); do",
  "    char=${value:i:1}",
  "    case $char in",
  "      [A-Za-z0-9._~-]) out+=$char ;;",
  "      *) out+=$(printf '%%%02X' \"'$char\") ;;",
  "    esac",
  "  done",
  "  printf '%s' \"$out\"",
  "}",
];

function sameEndpoint(a: ProxyUrl, b: ProxyUrl): boolean {
  return formatProxyUrl(a) === formatProxyUrl(b);
}

/** Shell lines that set HTTP_PROXY_URL / HTTPS_PROXY_URL, asking for passwords at run time. */
function proxyUrlLines(plan: ProxyPlan): string[] {
  const lines: string[] = [];
  const build = (variable: string, url: ProxyUrl, passwordVariable: string): string[] => {
    if (url.password === "") return [`${variable}=${shellQuote(formatProxyUrl(url))}`];
    const prefix = `${url.scheme}://${encodeUserinfo(url.username)}:`;
    const suffix = `@${url.host}${url.port !== "" ? ":" + url.port : ""}`;
    return [
      `${variable}=${shellQuote(prefix)}"$(urlencode "$${passwordVariable}")"${shellQuote(suffix)}`,
    ];
  };
  const ask = (passwordVariable: string, url: ProxyUrl): string[] => [
    `if [ -z "\${${passwordVariable}+set}" ]; then`,
    `  read -r -s -p ${shellQuote(`Password of proxy user ${encodeUserinfo(url.username)} at ${url.host}${url.port ? ":" + url.port : ""}: `)} ${passwordVariable}`,
    "  echo",
    "fi",
  ];
  const needsHttp = plan.http.password !== "";
  const httpsShares = sameEndpoint(plan.http, plan.https);
  const needsHttps = plan.https.password !== "" && !httpsShares;
  if (needsHttp || needsHttps) lines.push(...URLENCODE_FUNCTION);
  if (needsHttp) lines.push(...ask("FLOWS_PROXY_PASSWORD", plan.http));
  if (needsHttps) lines.push(...ask("FLOWS_HTTPS_PROXY_PASSWORD", plan.https));
  lines.push(...build("HTTP_PROXY_URL", plan.http, "FLOWS_PROXY_PASSWORD"));
  if (httpsShares) lines.push('HTTPS_PROXY_URL="$HTTP_PROXY_URL"');
  else lines.push(...build("HTTPS_PROXY_URL", plan.https, "FLOWS_HTTPS_PROXY_PASSWORD"));
  return lines;
}

/** The install, step by step: what install.sh runs and what the Review step lists. */
export function installSteps(config: Config): InstallStep[] {
  const plan = proxyPlan(config);
  const { namespace, releaseName } = config.basics;
  const steps: InstallStep[] = [];
  const secretProxy = plan?.useSecret ?? false;
  if (secretProxy && plan) {
    const lines = proxyUrlLines(plan);
    if (plan.ec2Agents) lines.push('export TF_VAR_agent_http_proxy="$HTTP_PROXY_URL"');
    steps.push({
      title: "Proxy credentials",
      why: "The proxy password is read now (or from FLOWS_PROXY_PASSWORD) and never stored in this bundle.",
      commands: lines,
    });
  }
  steps.push({
    title: "Infrastructure (OpenTofu)",
    why: "Creates or updates the Flows infrastructure with the wizard's module settings.",
    commands: ["tofu -chdir=terraform init", "tofu -chdir=terraform apply"],
  });
  const manifests = ["config_secret_manifest", ingressOutput(config)];
  if (config.basics.agents.kubernetes) manifests.push("agent_pool_secret_manifest");
  const kubectl: string[] = [];
  if (namespace !== "default")
    kubectl.push(
      `kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f -`,
    );
  kubectl.push(
    ...manifests.map((m) => `tofu -chdir=terraform output -raw ${m} | kubectl apply -f -`),
  );
  steps.push({
    title: "Kubernetes manifests",
    why:
      config.network.ingressScheme === "internal"
        ? "The config Secret and the internal ingress class (scheme: internal, private subnets)."
        : "The config Secret and the internet-facing ingress class (public subnets).",
    commands: kubectl,
  });
  if (secretProxy && plan) {
    steps.push({
      title: "Proxy Secret",
      why: `HTTP_PROXY and HTTPS_PROXY carry credentials, so the pods read them from the Secret ${plan.secretName}.`,
      commands: [
        `kubectl create secret generic ${shellQuote(plan.secretName)} -n "$NAMESPACE" \\`,
        '  --from-literal=HTTP_PROXY="$HTTP_PROXY_URL" --from-literal=HTTPS_PROXY="$HTTPS_PROXY_URL" \\',
        "  --dry-run=client -o yaml | kubectl apply -f -",
      ],
    });
  }
  const helm = [
    `helm repo add spacelift ${shellQuote(HELM_REPO_URL)} --force-update`,
    "helm repo update spacelift",
    'helm upgrade --install "$RELEASE" spacelift/spacelift-flows -n "$NAMESPACE" -f helm/values.yaml',
  ];
  if (config.basics.agents.kubernetes)
    helm.push(
      `helm upgrade --install ${AGENT_RELEASE} spacelift/spacelift-flows-agent -n "$NAMESPACE" -f helm/agent-values.yaml`,
    );
  steps.push({
    title: "Helm",
    why: `Installs or upgrades the release ${releaseName} in ${namespace}.`,
    commands: helm,
  });
  return steps;
}

export function installShFile(config: Config): GeneratedFile {
  const tools = ["tofu", "kubectl", "helm"];
  const header = [
    "#!/usr/bin/env bash",
    "# Spacelift Flows advanced settings: the install commands, in order. Read before running.",
    "# Needs: tofu (or terraform: replace the word), kubectl on the cluster's context, helm.",
    "set -euo pipefail",
    'cd "$(dirname "$0")"',
    "",
    // Always quoted: shellcheck reads a bare value such as a--b as arithmetic gone wrong.
    `NAMESPACE=${shellQuote(config.basics.namespace, true)}`,
    `RELEASE=${shellQuote(config.basics.releaseName, true)}`,
    "",
    `for tool in ${tools.join(" ")}; do`,
    '  command -v "$tool" >/dev/null 2>&1 || { echo "install.sh: $tool is not installed" >&2; exit 1; }',
    "done",
  ];
  const body = installSteps(config).flatMap((step, index) => [
    "",
    `# ${index + 1}. ${step.title}: ${step.why}`,
    `echo ${shellQuote(`==> ${index + 1}. ${step.title}`)}`,
    ...step.commands,
  ]);
  return {
    path: "install.sh",
    language: "shell",
    executable: true,
    description:
      "The commands in order: tofu, kubectl for the manifests, helm. Safe to read and to run.",
    contents: [
      ...header,
      ...body,
      "",
      "echo 'Done. Next: ./verify.sh (read-only checks).'",
      "",
    ].join("\n"),
  };
}
