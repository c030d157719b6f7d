// preflight.sh: read-only checks the operator runs from a workstation before install.sh (before
// `tofu apply`): the proxy answers; through it, TLS to each destination verifies with exactly the
// bundle's CA set, and names the issuer it got when it does not; the app domain resolves; the
// tools install.sh runs reach their registries. PASS/FAIL/SKIP lines as verify.sh prints them.
import type { InstallPlan } from "../plan/install-plan";
import { type ProxyPlan } from "../config/derive";
import { caSetCertificates } from "../certs/ca-sets";
import type { OperatorTool } from "../egress/operator";
import { formatProxyUrl, type ProxyUrl } from "../proxy/url";
import { proxyUrlLines } from "../plan/install-steps";
import { SYSTEM_CA_BUNDLES } from "../plan/workstation-env";
import { PREFLIGHT_FUNCTIONS } from "./parts/preflight-sh-functions";
import { STRICT_CHAIN_FUNCTIONS, STRICT_CHAIN_SETUP } from "./parts/preflight-sh-strict";
import {
  preflightCaCertificates,
  serviceTargets,
  toolTargets,
  type PreflightTarget,
} from "./parts/preflight-targets";
import type { GeneratedFile } from "./types";
import { q, RESULT_HELPERS, resultSummary } from "./parts/verify-sh-words";

const TLS_HINT =
  "If the presented issuer is your proxy's TLS-inspection CA, add that CA in the wizard's certificates step and make the bundle again: the Flows services would refuse these connections. If it is a public CA, the proxy does not inspect this host, and the services trust public CAs as well.";
const SYSTEM_TLS_HINT =
  "install.sh gives this tool no CA of the bundle (the Proxy step says this machine is not behind the proxy): add the CA that signs what it is presented to this machine's trust store, or, if this machine is behind the proxy, say so on the Proxy step and make the bundle again.";
const AWS_TLS_HINT =
  "The aws CLI trusts the file AWS_CA_BUNDLE names (or ca_bundle in its profile), else only its own bundled roots, never this machine's store: export AWS_CA_BUNDLE as a file with this machine's roots and certs/*.pem before install.sh, or say on the Proxy step that this machine is behind the proxy (install.sh then sets it).";
const REACH_HINT =
  "Allow the host on the proxy or firewall (egress-allowlist.* lists every destination). A CONNECT answered 403 is the proxy's refusal; 407, its credentials (FLOWS_PROXY_PASSWORD).";

/** The port a client uses when the URL names none (curl alone would take 1080 for a proxy). */
function withPort(url: ProxyUrl): ProxyUrl {
  return { ...url, port: url.port || (url.scheme === "https" ? "443" : "80") };
}

/** The address the proxy check asks, without credentials. */
const proxyAddress = (url: ProxyUrl) => `${url.scheme}://${url.host}:${url.port}/`;

function proxyLines(plan: ProxyPlan | null): string[] {
  if (plan === null)
    return [
      "HTTPS_PROXY_URL=''",
      "HTTP_PROXY_URL=''",
      "PROXY_UP=0",
      "",
      "section '1. The proxy'",
      "skip 'the proxy: none is set in the wizard, so each destination is tried directly from this machine: that shows TLS and reachability from here, not from the VPC (verify.sh tries them from the cluster)'",
    ];
  const explicit = { ...plan, http: withPort(plan.http), https: withPort(plan.https) };
  const same = formatProxyUrl(explicit.http) === formatProxyUrl(explicit.https);
  return [
    ...proxyUrlLines(explicit, "preflight.sh"),
    "PROXY_UP=1",
    "",
    "section '1. The proxy'",
    `info ${q(`NO_PROXY (destinations it covers are tried directly): ${plan.noProxy || "empty"}`)}`,
    ...(same
      ? [`check_proxy 'the proxy' ${q(proxyAddress(explicit.https))} || PROXY_UP=0`]
      : [
          `check_proxy 'the HTTPS proxy' ${q(proxyAddress(explicit.https))} || PROXY_UP=0`,
          `check_proxy 'the HTTP proxy' ${q(proxyAddress(explicit.http))} || true`,
        ]),
  ];
}

const TRUST_READ = "# shellcheck disable=SC2034 # read by check_tls as ${!trust_name}";

/** One CA file per set the checks use ("all", and the two module sets when they differ). */
function caLines(install: InstallPlan): string[] {
  const { config } = install;
  const all = preflightCaCertificates(install);
  const sets: [string, string[], string][] = [["all", all, "the bundle's"]];
  if (install.ca.split)
    for (const set of ["services", "agents"] as const)
      sets.push([
        set,
        caSetCertificates(config.certificates, set).map((c) => c.pem),
        set === "services" ? "the services'" : "the agents'",
      ]);
  // curl would also trust the CA folder it was built with (e.g. /etc/ssl/certs): an empty one.
  const lines = all.length > 0 ? ['mkdir "$WORK/no-capath"'] : [];
  for (const [set, pems, whose] of sets)
    lines.push(
      ...(pems.length === 0
        ? [TRUST_READ, `TRUST_${set}=${q(`this machine's trust store (${whose} CA set is empty)`)}`]
        : [
            `cat >"$WORK/ca-${set}.pem" <<'PEM'`,
            pems.join("").trimEnd(),
            "PEM",
            TRUST_READ,
            `TRUST_${set}=${q(`${whose} ${pems.length} CA certificate(s) only`)}`,
          ]),
    );
  const workstation = install.commands.workstation;
  if (!workstation)
    lines.push(
      TRUST_READ,
      `TRUST_system=${q("this machine's own trust store")}`,
      TRUST_READ,
      `TRUST_aws=${q("this machine's own trust store (aws itself: its bundled roots, as AWS_CA_BUNDLE is not set)")}`,
    );
  if (workstation && all.length > 0)
    lines.push(
      "# The tools' trust as install.sh builds it: the system's roots, then the bundle's.",
      `for bundle in ${SYSTEM_CA_BUNDLES.join(" ")}; do`,
      '  if [ -s "$bundle" ]; then cat "$bundle" >"$WORK/ca-workstation.pem"; break; fi',
      "done",
      'cat "$WORK/ca-all.pem" >>"$WORK/ca-workstation.pem"',
      TRUST_READ,
      `TRUST_workstation=${q(`this machine's roots and the bundle's ${all.length} CA certificate(s), as install.sh gives its tools`)}`,
    );
  return lines;
}

function targetLines(targets: PreflightTarget[]): string[] {
  const notes = new Set<string>();
  const lines = targets.map((t) => {
    if ("skip" in t) return `skip ${q(`${t.label}: ${t.skip}`)}`;
    if (t.note) notes.add(t.note);
    return `check_tls ${q(t.label)} ${q(t.url)} ${t.route}${t.trust ? ` ${t.trust}` : ""}`;
  });
  return [...lines, ...[...notes].map((note) => `info ${q(note)}`)];
}

function toolsSection(install: InstallPlan): string[] {
  const targets = toolTargets(install);
  const toolLines = (tool: OperatorTool, why: string): string[] => [
    `tool_installed ${tool} ${q(why)}`,
    ...targetLines(targets[tool]),
  ];
  const body = [
    "  if command -v tofu >/dev/null 2>&1 || ! command -v terraform >/dev/null 2>&1; then",
    ...toolLines(
      "tofu",
      "install.sh runs tofu (OpenTofu): install it, or terraform and replace the word in install.sh.",
    ).map((l) => `    ${l}`),
    "  else",
    "    info 'terraform is installed, tofu is not: replace the word tofu in install.sh'",
    ...toolLines("terraform", "install.sh runs tofu or terraform.").map((l) => `    ${l}`),
    "  fi",
    ...toolLines("aws", "install.sh runs the aws CLI (aws eks update-kubeconfig).").map(
      (l) => `  ${l}`,
    ),
    ...toolLines("helm", "install.sh installs the charts with helm.").map((l) => `  ${l}`),
    ...(targets.docker.length > 0
      ? toolLines(
          "docker",
          "install.sh copies the images into the module's ECR mirrors with docker.",
        ).map((l) => `  ${l}`)
      : []),
    ...toolLines("kubectl", "install.sh applies the manifests with kubectl.").map((l) => `  ${l}`),
  ];
  const workstation = install.commands.workstation;
  const environment = workstation
    ? [
        `info ${q(`The tools are tried as install.sh runs them behind the proxy: NO_PROXY ${workstation.noProxy}${install.config.certificates.length > 0 ? "; trusting this machine's roots and the bundle's CA certificates" : ""}.`)}`,
      ]
    : [
        `info ${q("The tools are tried as install.sh runs them here: with this shell's own proxy variables and this machine's trust store (the Proxy step says this machine is not behind the proxy, so install.sh sets neither).")}`,
      ];
  return [
    "",
    "section '4. The tools install.sh runs, from this machine'",
    ...environment,
    'if [ "${PREFLIGHT_FROM_POD:-}" = 1 ]; then',
    "  skip 'the tools install.sh runs: left out in a pod (PREFLIGHT_FROM_POD=1)'",
    "else",
    ...body,
    "fi",
  ];
}

function dnsSection(install: InstallPlan): string[] {
  const { config } = install;
  const domain = config.basics.appDomain;
  const names = [domain, ...(install.exposeGateway ? [`gateway.${domain}`] : [])];
  const scheme = config.network.ingressScheme;
  return [
    "",
    `section ${q(`3. The app domain (load balancer: ${scheme})`)}`,
    ...names.map((name) => `check_dns ${q(name)} ${q(scheme)}`),
  ];
}

/** The whole script. */
export function preflightShFile(install: InstallPlan): GeneratedFile {
  const plan = install.proxy;
  const lines = [
    "#!/usr/bin/env bash",
    "# Spacelift Flows advanced settings: read-only checks to run from your workstation before",
    "# install.sh (before tofu apply). Each prints PASS, FAIL (with a hint), SKIP or INFO; the exit",
    "# status is 1 when a check failed, 2 when the checks cannot run. Nothing is changed.",
    "# Needs bash 4+ and curl (with OpenSSL or LibreSSL, which name the issuer of a certificate);",
    "# with openssl too, it verifies TLS as Node does (a self-signed root, no partial chain).",
    ...(plan?.hasCredentials
      ? ["# FLOWS_PROXY_PASSWORD (FLOWS_HTTPS_PROXY_PASSWORD for a second proxy): else it asks."]
      : []),
    "# PREFLIGHT_TIMEOUT: seconds to wait for each connection (default 10).",
    "# PREFLIGHT_FROM_POD=1: in a pod (an image with bash and curl), leaves out the workstation's tools.",
    "set -euo pipefail",
    "",
    ...RESULT_HELPERS,
    "",
    PREFLIGHT_FUNCTIONS.trimEnd(),
    "",
    STRICT_CHAIN_FUNCTIONS.trimEnd(),
    "",
    "command -v curl >/dev/null 2>&1 || { echo 'preflight.sh: curl is not installed' >&2; exit 2; }",
    "TIMEOUT=${PREFLIGHT_TIMEOUT:-10}",
    "case $TIMEOUT in '' | *[!0-9]* | 0) echo 'preflight.sh: PREFLIGHT_TIMEOUT takes a whole number of seconds' >&2; exit 2 ;; esac",
    'TIMEOUTS=(--connect-timeout "$TIMEOUT" --max-time "$((TIMEOUT * 2))")',
    'WORK=$(mktemp -d "${TMPDIR:-/tmp}/flows-preflight.XXXXXX")',
    "trap 'rm -rf \"$WORK\"' EXIT",
    ...caLines(install),
    ...STRICT_CHAIN_SETUP,
    `TLS_HINT=${q(TLS_HINT)}`,
    `SYSTEM_TLS_HINT=${q(SYSTEM_TLS_HINT)}`,
    `AWS_TLS_HINT=${q(AWS_TLS_HINT)}`,
    `REACH_HINT=${q(REACH_HINT)}`,
    ...proxyLines(plan),
    "",
    "section '2. What the Flows services and agents reach'",
    install.ca.split
      ? "info \"TLS is verified with the CA set of the module that reaches each host: the services' or the agents'\""
      : 'info "TLS is verified with $TRUST_all"',
    ...targetLines(serviceTargets(install)),
    ...dnsSection(install),
    ...toolsSection(install),
    ...resultSummary("preflight.sh"),
  ];
  return {
    path: "preflight.sh",
    language: "shell",
    executable: true,
    description:
      "Read-only checks from your workstation before install.sh: the proxy answers, TLS through it verifies with exactly the bundle's CA certificates (naming the issuer when not), the app domain resolves, and the tools reach their registries.",
    contents: lines.join("\n"),
  };
}
