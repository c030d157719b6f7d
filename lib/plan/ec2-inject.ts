// The agent pool module's `custom_userdata_inject` when a proxy is on. The module itself exports
// only HTTP_PROXY for the agent, and gives runtime containers HTTP_PROXY and HTTPS_PROXY (both the
// http_proxy URL) but no NO_PROXY (lib/upstream/user-data.ts). The inject, pasted after those
// lines, completes both. It never holds a password: it reuses the module's $HTTP_PROXY, and a
// different HTTPS proxy comes from var.agent_https_proxy through HTTPS_PROXY_PLACEHOLDER.
import type { ProxyPlan } from "../config/derive";
import { formatProxyUrl } from "../proxy/url";
import { shellQuote } from "../format/shell";

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
}

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
    distinct
      ? `export FLOWS_DOCKER_EXTRA_PARAMS="$FLOWS_DOCKER_EXTRA_PARAMS -e HTTPS_PROXY=$HTTPS_PROXY -e https_proxy=$HTTPS_PROXY"${shellQuote(" " + runtimeParams, true)}`
      : `export FLOWS_DOCKER_EXTRA_PARAMS="$FLOWS_DOCKER_EXTRA_PARAMS"${shellQuote(" " + runtimeParams, true)}`,
  ];
  // Whole lines: tfvars writes it as a heredoc, and bash reads it line by line.
  return lines.join("\n") + "\n";
}
