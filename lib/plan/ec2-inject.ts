// The agent pool module's `custom_userdata_inject` when a proxy is on. The module itself exports
// only HTTP_PROXY for the agent, and gives runtime containers HTTP_PROXY and HTTPS_PROXY (both the
// http_proxy URL) but no NO_PROXY (lib/upstream/user-data.ts). The inject, pasted after those
// lines, completes both, and gives the host's dockerd the proxy and the agents' CA set (it reads
// neither from the shell: lib/receivers, agent-host-dockerd). It never holds a password: it
// reuses the module's $HTTP_PROXY, and a different HTTPS proxy comes from var.agent_https_proxy
// through HTTPS_PROXY_PLACEHOLDER.
import type { ProxyPlan } from "../config/derive";
import { formatProxyUrl } from "../proxy/url";
import { shellQuote } from "../format/shell";
import { AGENT_HOST_PATHS } from "../upstream/agent-host";

/** Replaced in main.tf by var.agent_https_proxy (`replace(...)`); never a valid URL itself. */
export const HTTPS_PROXY_PLACEHOLDER = "@FLOWS_HTTPS_PROXY@";

/** True when HTTPS goes to another proxy than HTTP (then the agents get it as its own value). */
export function distinctHttpsProxy(plan: ProxyPlan): boolean {
  return formatProxyUrl(plan.http) !== formatProxyUrl(plan.https);
}

/** What the inject reads of the install plan. */
export interface InjectInputs {
  proxy: ProxyPlan | null;
  agentNoProxy: { ec2Agents: { value: string } };
  ca: { agents: string };
}

/**
 * Runtime containers: the module passes `-e HTTPS_PROXY=<http_proxy>`; a separate HTTPS proxy
 * replaces that parameter (docker would get the name twice if it were appended). Should the
 * module's string ever change, the parameter is appended instead of lost.
 */
const REPLACE_RUNTIME_HTTPS_PROXY = [
  'case "$FLOWS_DOCKER_EXTRA_PARAMS" in',
  '  *" -e HTTPS_PROXY=$HTTP_PROXY"*) FLOWS_DOCKER_EXTRA_PARAMS=${FLOWS_DOCKER_EXTRA_PARAMS/" -e HTTPS_PROXY=$HTTP_PROXY"/" -e HTTPS_PROXY=$HTTPS_PROXY"} ;;',
  '  *) FLOWS_DOCKER_EXTRA_PARAMS+=" -e HTTPS_PROXY=$HTTPS_PROXY" ;;',
  "esac",
];

/**
 * The agents' CA set into the host's store (Amazon Linux 2023: anchors + update-ca-trust), for
 * dockerd's registry TLS through an inspecting proxy. FLOWS_ADDITIONAL_ROOT_CAS is base64 of
 * `{"caCertificates": [base64 PEM, ...]}`; base64 (coreutils) and jq (the module's own script
 * parses its secret with jq) are on the AMI.
 */
const HOST_CA_LINES = [
  "# The agents' CA set in the host's store: dockerd verifies registries (and an inspecting proxy) with it.",
  `printf '%s' "$FLOWS_ADDITIONAL_ROOT_CAS" | base64 -d | jq -r '.caCertificates[] | @base64d' >${AGENT_HOST_PATHS.caAnchor}`,
  "update-ca-trust extract",
];

/**
 * dockerd's proxy: a systemd drop-in (systemd expands `%` specifiers, so a percent-encoded
 * password is written with `%%`), readable by root only as it may hold a password. The restart
 * comes after the agent image pull and with no container running; the module itself restarts
 * docker earlier (after `runsc install`), and the gVisor runtime and registry logins persist.
 */
const DOCKERD_PROXY_LINES = [
  "# dockerd reads no shell variable: a systemd drop-in gives it the proxy (runtime image pulls).",
  `mkdir -p ${AGENT_HOST_PATHS.dockerDropInDir}`,
  `(umask 077 && printf '[Service]\\nEnvironment="HTTP_PROXY=%s" "HTTPS_PROXY=%s" "NO_PROXY=%s"\\n' "\${HTTP_PROXY//"%"/%%}" "\${HTTPS_PROXY//"%"/%%}" "\${NO_PROXY//"%"/%%}" >${AGENT_HOST_PATHS.dockerDropInDir}/http-proxy.conf)`,
  "systemctl daemon-reload",
  "systemctl restart docker",
];

/** The inject's bash lines, or null when EC2 agents get no proxy. */
export function ec2ProxyInject(inputs: InjectInputs): string | null {
  const plan = inputs.proxy;
  if (!plan?.ec2Agents) return null;
  const agentNoProxy = inputs.agentNoProxy.ec2Agents.value;
  const distinct = distinctHttpsProxy(plan);
  // Runtime containers: the user's NO_PROXY (the agent's additions are about the host only).
  // Appended inside single quotes: the module's agent splits the parameters on spaces, and no
  // NO_PROXY entry holds one.
  const runtimeParams = `-e NO_PROXY=${plan.noProxy} -e no_proxy=${plan.noProxy}`;
  const lines = [
    "# Flows advanced-settings wizard: proxy variables the module does not set.",
    distinct
      ? `export HTTPS_PROXY='${HTTPS_PROXY_PLACEHOLDER}'`
      : 'export HTTPS_PROXY="$HTTP_PROXY"',
    'export http_proxy="$HTTP_PROXY" https_proxy="$HTTPS_PROXY"',
    `export NO_PROXY=${shellQuote(agentNoProxy, true)}`,
    'export no_proxy="$NO_PROXY"',
    ...(distinct ? REPLACE_RUNTIME_HTTPS_PROXY : []),
    `export FLOWS_DOCKER_EXTRA_PARAMS="$FLOWS_DOCKER_EXTRA_PARAMS"${shellQuote(" " + runtimeParams, true)}`,
    ...(inputs.ca.agents === "" ? [] : HOST_CA_LINES),
    ...DOCKERD_PROXY_LINES,
  ];
  // Whole lines: tfvars writes it as a heredoc, and bash reads it line by line.
  return lines.join("\n") + "\n";
}
