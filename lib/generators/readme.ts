// README.md of the bundle: what each file is, the steps, the checklist, how to verify.
import type { Config } from "../config/schema";
import { SCHEMA_VERSION } from "../config/schema";
import { proxyPlan } from "../config/derive";
import { encodeCustomCaCertificates } from "../ca/custom-ca-value";
import { WIZARD_NAME, WIZARD_VERSION } from "../version";
import { installSteps } from "./install-sh";
import type { GeneratedFile } from "./types";

/** The EC2 user data limit and the room the agent module's bootstrap script leaves (domain.md). */
export const EC2_CA_VALUE_BUDGET = 6 * 1024;

function vpcSection(config: Config): string[] {
  if (config.network.ingressScheme !== "internal") return [];
  const box = (done: boolean) => (done ? "[x]" : "[ ]");
  const c = config.network.vpcChecklist;
  return [
    "## Private VPC checklist",
    "",
    "The load balancer is internal (`alb.ingress.kubernetes.io/scheme: internal`, private subnets).",
    "Confirm before you install (ticked: confirmed in the wizard):",
    "",
    `- ${box(c.privateSubnetsWithNat)} Private subnets with a NAT gateway for outbound internet access.`,
    `- ${box(c.securityGroups)} Security groups that let the Flows services talk to each other.`,
    `- ${box(c.privateAccess)} Users reach the deployment through a VPN, a bastion host or another private connection.`,
    "",
  ];
}

function proxySection(config: Config): string[] {
  const plan = proxyPlan(config);
  if (!plan) return [];
  const lines = [
    "## Outbound proxy",
    "",
    `- HTTP proxy: \`${plan.httpUrlPublic}\`${plan.hasCredentials ? " (credentials not shown)" : ""}; HTTPS proxy: \`${plan.httpsUrlPublic}\`.`,
    `- NO_PROXY: \`${plan.noProxy}\`.`,
    `- Receivers: ${[...plan.components, ...(plan.ec2Agents ? ["agents on EC2"] : []), ...(plan.kubernetesAgents ? ["agents in Kubernetes"] : [])].join(", ") || "none"}.`,
  ];
  if (plan.useSecret)
    lines.push(
      `- The URLs carry credentials: the pods read HTTP_PROXY and HTTPS_PROXY from the Secret \`${plan.secretName}\`, which install.sh creates. It asks for the password, or reads \`FLOWS_PROXY_PASSWORD\` (and \`FLOWS_HTTPS_PROXY_PASSWORD\` for a different HTTPS proxy). No password is stored in this bundle.`,
    );
  else if (plan.hasCredentials)
    lines.push(
      "- **Warning:** the proxy credentials are written in plain values files, as chosen in the wizard. Treat this bundle as a secret.",
    );
  if (plan.ec2Agents)
    lines.push(
      "- The EC2 agent module takes one `http_proxy`: its agents use the HTTP proxy URL for HTTP and HTTPS, and the module has no NO_PROXY setting.",
    );
  lines.push("");
  return lines;
}

/** Rebuilds the value from certs/*.pem (in name order): one base64 line per file, then the JSON. */
export const CA_RECIPE = [
  "for f in certs/*.pem; do base64 < \"$f\" | tr -d '\\n'; echo; done \\",
  "  | jq -Rscj '{caCertificates: split(\"\\n\") | map(select(length > 0))}' | base64 | tr -d '\\n'",
];

function caSection(config: Config): string[] {
  if (config.certificates.length === 0) return [];
  const value = encodeCustomCaCertificates(config.certificates.map((c) => c.pem));
  const lines = [
    "## Custom CA certificates",
    "",
    `${config.certificates.length} certificate(s) in \`certs/\` make up \`custom_ca_certificates\` (${value.length} characters, one line).`,
    "Reproduce the value from the files to check it (Linux and macOS; `tr` removes base64's line wrapping):",
    "",
    "```sh",
    ...CA_RECIPE,
    "```",
    "",
  ];
  if (config.basics.agents.ec2 && value.length > EC2_CA_VALUE_BUDGET)
    lines.push(
      `**Warning:** the value is ${value.length} characters; EC2 user data is capped at 16 KB and the agent module's bootstrap script already takes about 9.8 KB, leaving about ${EC2_CA_VALUE_BUDGET} characters. Keep only the roots the agents need, or bake the CAs into the agent AMI.`,
      "",
    );
  return lines;
}

function assumptions(config: Config): string[] {
  const lines = [
    "## Assumptions",
    "",
    "- Agents reach the backend at `https://APP_DOMAIN` and the gateway at `https://gateway.APP_DOMAIN`, the host the chart's ingress serves when `ingress.exposeGateway` is on.",
  ];
  if (config.basics.agents.kubernetes)
    lines.push(
      "- The agent chart documents no proxy or CA setting. This bundle passes `HTTP_PROXY`, `HTTPS_PROXY`, `NO_PROXY` and `FLOWS_ADDITIONAL_ROOT_CAS` through `agent.extraEnv`, the variables the EC2 module gives its agents: an inference, not documented behaviour.",
    );
  lines.push("");
  return lines;
}

export function readmeFile(config: Config, files: readonly GeneratedFile[]): GeneratedFile {
  const fileRows = [
    ...files,
    { path: "README.md", description: "This file." },
    {
      path: "SHA256SUMS",
      description: "SHA-256 of every other file: check with `sha256sum -c SHA256SUMS`.",
    },
  ]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((f) => `| \`${f.path}\` | ${f.description.replace(/\|/g, "\\|")} |`);
  const steps = installSteps(config).flatMap((step, i) => [
    `${i + 1}. **${step.title}**: ${step.why}`,
    "",
    "   ```sh",
    ...step.commands.map((c) => `   ${c}`),
    "   ```",
    "",
  ]);
  const text = [
    `# Spacelift Flows advanced settings for ${config.basics.appDomain}`,
    "",
    `Generated by ${WIZARD_NAME} ${WIZARD_VERSION}, configuration schema version ${SCHEMA_VERSION}. Ingress: ${config.network.ingressScheme}; proxy: ${config.proxy.enabled ? "on" : "off"}; CA certificates: ${config.certificates.length}.`,
    "",
    "## Files",
    "",
    "| file | what it is |",
    "| --- | --- |",
    ...fileRows,
    "",
    "## Terraform / OpenTofu",
    "",
    "`terraform/main.tf` is a root module with the Flows module" +
      (config.basics.agents.ec2 ? " and the EC2 agent pool module" : "") +
      ", and the outputs the steps below apply; `spacelift-flows.auto.tfvars` holds the wizard's values. Secrets are not in the bundle: set `TF_VAR_license_token`, `TF_VAR_organization_name`, `TF_VAR_admin_email`" +
      (config.basics.agents.ec2 ? ", `TF_VAR_agent_pool_id` and `TF_VAR_agent_pool_token`" : "") +
      " (or let tofu ask). Already have a root module? Copy the module arguments and the tfvars values into yours.",
    "",
    "## Steps",
    "",
    "Run `./install.sh` from this folder, or the same commands by hand:",
    "",
    ...steps,
    ...vpcSection(config),
    ...proxySection(config),
    ...caSection(config),
    "## Verify",
    "",
    "- `sha256sum -c SHA256SUMS`: the files are as the wizard wrote them.",
    "- `kubectl get ingress -n " +
      config.basics.namespace +
      "`: the ingress has an address; its scheme annotation is `" +
      config.network.ingressScheme +
      "`.",
    "- `./verify.sh`: read-only checks of the proxy variables, the ingress scheme, the CA value and, from a short-lived curl pod, each outbound destination. `VERIFY_TLS_HOST=host[:port] ./verify.sh` also tests TLS to one of your internal hosts with the uploaded CAs; `VERIFY_CURL_IMAGE` names a mirrored curl image when the cluster cannot reach Docker Hub.",
    "",
    ...assumptions(config),
  ];
  return {
    path: "README.md",
    language: "markdown",
    description: "This file.",
    contents: text.join("\n"),
  };
}
