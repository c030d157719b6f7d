// How much of the EC2 agents' 16 KB user data this configuration takes: the module's own script
// (measured, lib/upstream/user-data.ts) plus everything the wizard adds: the CA value, the proxy
// URL (three times) and the inject. A password typed at install time is not known here: its
// percent-encoded length counts three times on top.
import type { InstallPlan } from "../plan/install-plan";
import { describeRepository } from "../config/derive";
import { formatProxyUrl, type ProxyUrl } from "../proxy/url";
import { AGENT_MODULE_FACTS } from "../upstream/modules";
import {
  USER_DATA_BASE_BYTES,
  USER_DATA_LIMIT_BYTES,
  USER_DATA_OPTIONAL,
  USER_DATA_PRIVATE_ECR,
  USER_DATA_REPEATS,
} from "../upstream/user-data";
import { distinctHttpsProxy, HTTPS_PROXY_PLACEHOLDER } from "../plan/ec2-inject";

export interface UserDataBudget {
  limit: number;
  /** The module's script with this configuration's endpoints, region and image. */
  script: number;
  caValue: number;
  proxy: number;
  inject: number;
  total: number;
  left: number;
  /** The proxy password is typed at install time: each of its bytes counts this many times. */
  passwordRepeats: number;
}

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** The URL's bytes as known now: with a password asked at install time, all but the password. */
function knownUrlBytes(url: ProxyUrl, askedLater: boolean): number {
  if (!askedLater || url.username === "") return bytes(formatProxyUrl(url));
  return bytes(formatProxyUrl({ ...url, password: "" })) + 1; // the ":" before the password
}

/** The user data of one EC2 agent host, in bytes, part by part; null without EC2 agents. */
export function userDataBudget(install: InstallPlan): UserDataBudget | null {
  const { config } = install;
  if (!config.basics.agents.ec2) return null;
  const { backend, gateway } = install.endpoints;
  const images = install.images;
  const repository = describeRepository(images.agent, config.basics.awsRegion);
  let script =
    USER_DATA_BASE_BYTES +
    USER_DATA_REPEATS.region * bytes(config.basics.awsRegion) +
    USER_DATA_REPEATS.backend_endpoint * bytes(backend) +
    USER_DATA_REPEATS.gateway_endpoint * bytes(gateway) +
    USER_DATA_REPEATS.credentials_secret_id * bytes(AGENT_MODULE_FACTS.credentialsSecretName) +
    USER_DATA_REPEATS.image_tag_ssm_param * bytes(AGENT_MODULE_FACTS.imageTagParameter) +
    USER_DATA_REPEATS.ecr_repository * bytes(repository);
  if (images.agentArn)
    script +=
      USER_DATA_PRIVATE_ECR.fixed +
      USER_DATA_PRIVATE_ECR.repeats * bytes(repository) +
      USER_DATA_PRIVATE_ECR.regionRepeats * bytes(config.basics.awsRegion);
  if (config.network.egress.runtimeImage !== "") {
    const o = USER_DATA_OPTIONAL.flows_docker_runtime_image;
    script += o.fixed + o.repeats * bytes(config.network.egress.runtimeImage);
  }
  const ca = install.ca.agents;
  const caValue = ca === "" ? 0 : USER_DATA_OPTIONAL.custom_ca_certificates.fixed + bytes(ca);
  const plan = install.proxy;
  let proxy = 0;
  let passwordRepeats = 0;
  if (plan?.ec2Agents) {
    const o = USER_DATA_OPTIONAL.http_proxy;
    proxy = o.fixed + o.repeats * knownUrlBytes(plan.http, plan.useSecret);
    passwordRepeats = plan.useSecret && plan.http.username !== "" ? o.repeats : 0;
  }
  const injectText = install.ec2Inject;
  let inject =
    injectText === null ? 0 : USER_DATA_OPTIONAL.custom_userdata_inject.fixed + bytes(injectText);
  if (plan && injectText !== null && distinctHttpsProxy(plan)) {
    // main.tf puts the HTTPS proxy URL in place of the placeholder.
    inject += knownUrlBytes(plan.https, plan.useSecret) - bytes(HTTPS_PROXY_PLACEHOLDER);
    if (plan.useSecret && plan.https.username !== "") passwordRepeats += 1;
  }
  const total = script + caValue + proxy + inject;
  return {
    limit: USER_DATA_LIMIT_BYTES,
    script,
    caValue,
    proxy,
    inject,
    total,
    left: USER_DATA_LIMIT_BYTES - total,
    passwordRepeats,
  };
}

export interface UserDataReport {
  budget: UserDataBudget;
  /** One line for Review and the README: what takes the user data, and what is left. */
  summary: string;
  /** Set when the agents would not start, or might not with a long password. */
  warning: string | null;
}

const WHAT_TO_DO =
  "Keep only the CA certificates the EC2 agents need (usually just the TLS-inspecting proxy's root), shorten NO_PROXY (it is written into the inject), or run the agents in Kubernetes with the agent chart, where these values are environment variables with no such limit.";

/** The budget in words, with a warning when it is exceeded; null without EC2 agents. */
export function userDataReport(install: InstallPlan): UserDataReport | null {
  const budget = userDataBudget(install);
  if (!budget) return null;
  const parts = [
    `the module's script ${budget.script}`,
    ...(budget.caValue ? [`the agents' custom_ca_certificates ${budget.caValue}`] : []),
    ...(budget.proxy ? [`the proxy URL (three times) ${budget.proxy}`] : []),
    ...(budget.inject ? [`the proxy inject ${budget.inject}`] : []),
  ];
  const password = budget.passwordRepeats
    ? `, and ${budget.passwordRepeats} bytes more per character of the percent-encoded proxy password typed at install time`
    : "";
  const summary = `EC2 agent user data: ${budget.total} of ${budget.limit} bytes (${parts.join(", ")})${password}; ${Math.max(0, budget.left)} bytes left.`;
  let warning: string | null = null;
  if (budget.left < 0)
    warning = `The EC2 agents' user data would be ${budget.total} bytes, ${-budget.left} over AWS's limit of ${budget.limit}: the agent hosts cannot launch. ${WHAT_TO_DO}`;
  else if (budget.passwordRepeats && budget.left < budget.passwordRepeats * 64)
    warning = `The EC2 agents' user data has ${budget.left} bytes left, and the proxy password counts ${budget.passwordRepeats} times: a password longer than ${Math.floor(budget.left / budget.passwordRepeats)} characters (percent-encoded) would pass AWS's 16 KB limit. ${WHAT_TO_DO}`;
  return { budget, summary, warning };
}
