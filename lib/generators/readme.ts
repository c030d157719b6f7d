// README.md of the bundle: what each file is, the steps, the checklist, how to verify.
import { EXISTING_CLUSTER_EXPECTATIONS } from "../upstream/existing-cluster";
import type { InstallPlan } from "../plan/install-plan";
import { SCHEMA_VERSION } from "../config/schema";
import { DEFAULT_AGENT_IMAGE, DEFAULT_BACKEND_IMAGE } from "../config/derive";
import { userDataReport } from "../ec2-user-data/user-data-budget";
import { additionsByReason } from "../no-proxy/receivers";
import { CHART_IMAGE_TAGS, CHARTS } from "../upstream/charts";
import { AGENT_MODULE, HELM_CHARTS, MAIN_MODULE } from "../upstream/sources";
import { MAIN_MODULE_FACTS } from "../upstream/modules";
import { WIZARD_NAME, WIZARD_VERSION } from "../version";

import { caSection } from "./parts/readme-ca";
import type { GeneratedFile } from "./types";

function vpcSection(install: InstallPlan): string[] {
  const { config } = install;
  if (config.network.ingressScheme !== "internal") return [];
  const box = (done: boolean) => (done ? "[x]" : "[ ]");
  const c = config.network.vpcChecklist;
  const existing = config.network.vpc.mode === "existing";
  return [
    "## Private VPC checklist",
    "",
    "The load balancer is internal (`alb.ingress.kubernetes.io/scheme: internal`, private subnets).",
    "Confirm before you install (ticked: confirmed in the wizard):",
    "",
    existing
      ? `- ${box(c.privateSubnetsWithNat)} Private subnets with a NAT gateway (or your network's route out) for outbound access.`
      : "- [x] Private subnets with a NAT gateway: the module's VPC has one.",
    existing
      ? `- ${box(c.securityGroups)} Security groups that let the Flows services, the database and the agents talk to each other.`
      : "- [x] Security groups between the services and the database: the module creates them.",
    `- ${box(c.privateAccess)} Users reach the deployment through a VPN, a bastion host or another private connection.`,
    "",
  ];
}

function whereSection(install: InstallPlan): string[] {
  const { config } = install;
  const vpc = install.vpc;
  const ec2 = config.basics.agents.ec2;
  const lines = ["## Where Flows runs", ""];
  if (vpc.existing)
    lines.push(
      `- In your VPC \`${vpc.id}\` (\`enable_vpc = false\`): EKS, the database and ${ec2 ? "the EC2 agents go into" : "the cluster's nodes go into"} the private subnets ${vpc.privateSubnetIds.map((id) => `\`${id}\``).join(", ")}` +
        (vpc.publicSubnetIds.length
          ? `; an internet-facing load balancer into ${vpc.publicSubnetIds.map((id) => `\`${id}\``).join(", ")}.`
          : "."),
      "- The private subnets need a route out (NAT gateway, or your network's egress) and must lie in at least two availability zones: EKS and the load balancer refuse fewer.",
    );
  else
    lines.push(
      `- In a new VPC the main module creates (${MAIN_MODULE_FACTS.vpcCidr}, two availability zones, one NAT gateway).${ec2 ? " The EC2 agents go into its private subnets (the module's outputs `vpc_id` and `vpc_private_subnet_ids`), not into a VPC of their own." : ""}`,
    );
  if (install.cluster.existing) {
    lines.push(
      `- Into your EKS cluster \`${install.cluster.name}\` (\`enable_eks_cluster = false\`, \`eks_cluster_name\`): the module creates no cluster, and install.sh points kubectl and helm at yours by name. The module expects of it:`,
      ...EXISTING_CLUSTER_EXPECTATIONS.map((e) => `  - ${e.expectation} ${e.why}`),
    );
  }
  if (ec2)
    lines.push(
      "- The EC2 agent pool registers with the pool the main module creates: its id and token come from the module's outputs `agent_pool_id` and `agent_pool_token`, nothing to copy by hand.",
    );
  const arn = install.certificateArn;
  const names = MAIN_MODULE_FACTS.acmNames(config.basics.appDomain, install.exposeGateway)
    .map((name) => `\`${name}\``)
    .join(", ");
  lines.push(
    arn
      ? `- The load balancer uses your ACM certificate \`${arn}\` (\`cert_arn\`): it must cover ${names}, the hosts the chart's ingress serves. If your corporate CA issued it, that CA belongs in \`custom_ca_certificates\` too, or the agents will not trust the load balancer.`
      : `- The module requests a public ACM certificate for ${names} with DNS validation, and does not validate it: after \`tofu apply\`, create the CNAME records ACM asks for (\`aws acm describe-certificate\`) in the domain's public DNS. A domain that exists only in private DNS can never pass: use an existing certificate (\`cert_arn\`) instead.`,
    `- DNS: once the ingress has an address (\`kubectl get ingress -n ${config.basics.namespace}\`), point ${names} at it${config.network.ingressScheme === "internal" ? ", in the private zone your users and agents resolve" : ""}.`,
  );
  lines.push("");
  return lines;
}

function imagesSection(install: InstallPlan): string[] {
  const { config } = install;
  const images = install.images;
  const agents = config.basics.agents.ec2 || config.basics.agents.kubernetes;
  const tags = [
    `\`${CHART_IMAGE_TAGS.backend}\` (backend)`,
    ...(agents ? [`\`${CHART_IMAGE_TAGS.agent}\` (agent)`] : []),
    ...(config.basics.agents.kubernetes
      ? [`\`${CHART_IMAGE_TAGS.jsExecutor}\` (executor pods of the agents in Kubernetes)`]
      : []),
  ];
  if (images.mirror === "public") return [];
  const lines = ["## Container images", ""];
  if (images.mirror === "module-ecr")
    lines.push(
      'The main module creates two private ECR repositories (`enable_ecr`). install.sh copies the images into them from Public ECR (step "Image mirrors") and passes their URLs to Helm with `--set-string`' +
        (config.basics.agents.ec2
          ? "; the EC2 agent pool gets the agent repository and its ARN from the module's outputs, and is created only once the mirror holds its image."
          : "."),
      "",
      `Tags copied: ${tags.join(", ")}.`,
      "",
    );
  else {
    const { backendImageRepository: backend, agentImageRepository: agent } = config.network.egress;
    lines.push(
      "Your registry replaces Public ECR. Fill it before the install, keeping the tags " +
        tags.join(", ") +
        ":",
      "",
      "```sh",
      ...(backend
        ? [
            `docker pull --platform linux/amd64 ${DEFAULT_BACKEND_IMAGE}:${CHART_IMAGE_TAGS.backend}`,
            `docker tag ${DEFAULT_BACKEND_IMAGE}:${CHART_IMAGE_TAGS.backend} ${backend}:${CHART_IMAGE_TAGS.backend}`,
            `docker push ${backend}:${CHART_IMAGE_TAGS.backend}`,
          ]
        : []),
      ...(agent && agents
        ? [
            CHART_IMAGE_TAGS.agent,
            ...(config.basics.agents.kubernetes ? [CHART_IMAGE_TAGS.jsExecutor] : []),
          ].flatMap((tag) => [
            `docker pull --platform linux/amd64 ${DEFAULT_AGENT_IMAGE}:${tag}`,
            `docker tag ${DEFAULT_AGENT_IMAGE}:${tag} ${agent}:${tag}`,
            `docker push ${agent}:${tag}`,
          ])
        : []),
      "```",
      "",
    );
    if (images.agentArn && "literal" in images.agentArn && config.basics.agents.ec2)
      lines.push(
        `The agent mirror is in ECR: the agent pool module gets its ARN \`${images.agentArn.literal}\` for pull rights and the private-ECR login.`,
        "",
      );
    if (images.anonymousRegistries.length > 0)
      lines.push(
        `${images.anonymousRegistries.map((r) => `\`${r}\``).join(" and ")} ${images.anonymousRegistries.length > 1 ? "are" : "is"} not in ECR: the nodes and agent hosts pull without credentials, so it must allow anonymous pulls.`,
        "",
      );
  }
  return lines;
}

function versionsSection(install: InstallPlan): string[] {
  const { config } = install;
  const v = install.versions;
  return [
    "## Upstream versions",
    "",
    "The bundle pins what the wizard's output was checked against" +
      (v.overridden.length ? ` (changed in the wizard: ${v.overridden.join(", ")})` : "") +
      ":",
    "",
    `- Main module: \`${v.mainModuleSource}\`${config.versions.mainModuleRef ? "" : `: ${MAIN_MODULE.refLabel}`}.`,
    ...(config.basics.agents.ec2
      ? [
          `- Agent pool module: \`${v.agentModuleSource}\`${config.versions.agentModuleRef ? "" : `: ${AGENT_MODULE.refLabel}`}.`,
        ]
      : []),
    `- Charts from ${HELM_CHARTS.repositoryUrl}: \`${CHARTS.flows.name}\` ${v.flowsChart}${config.basics.agents.kubernetes ? `, \`${CHARTS.agent.name}\` ${v.agentChart}` : ""}.`,
    "",
  ];
}

function proxySection(install: InstallPlan): string[] {
  const plan = install.proxy;
  if (!plan) return [];
  const lines = [
    "## Outbound proxy",
    "",
    `- HTTP proxy: \`${plan.httpUrlPublic}\`${plan.http.username ? ` (user \`${plan.http.username}\`)` : ""}; HTTPS proxy: \`${plan.httpsUrlPublic}\`${plan.https.username ? ` (user \`${plan.https.username}\`)` : ""}.`,
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
  if (plan.ec2Agents) {
    lines.push(
      "- EC2 agents: the module exports only `HTTP_PROXY` on the host, and gives runtime containers `HTTP_PROXY` and `HTTPS_PROXY` (both its `http_proxy` URL) but no NO_PROXY. The wizard's `custom_userdata_inject` (in the tfvars) completes it: `HTTPS_PROXY`, `NO_PROXY` and the lower-case forms for the agent process; for the runtime containers `-e NO_PROXY=… -e no_proxy=…`, and a separate HTTPS proxy in place of the module's `-e HTTPS_PROXY` (one value per variable); for dockerd (which reads no shell variable, and pulls the runtime images) a systemd drop-in `/etc/systemd/system/docker.service.d/http-proxy.conf` and a restart of docker, after the agent image is pulled; and the agents' CA certificates in the host's trust store (`/etc/pki/ca-trust/source/anchors`, `update-ca-trust`), which dockerd trusts for registries.",
      "- The host's start-up (AWS calls for credentials, the image tag, logs, the ECR login, the agent image pull) runs before any proxy variable is set: those destinations must be reachable directly or through VPC endpoints.",
      ...additionsByReason(install.agentNoProxy.ec2Agents.additions).map(
        (a) =>
          `- Added to the EC2 agents' NO_PROXY: ${a.entries.map((e) => `\`${e}\``).join(", ")}. ${a.reason}`,
      ),
    );
    if (plan.hasCredentials)
      lines.push(
        "- The agent module takes the proxy URL as a plain value: with credentials, the password ends up in the Terraform state and in the agent hosts' user data. Use a proxy account limited to this use, or IP-based proxy authentication where you can.",
      );
  }
  if (plan.kubernetesAgents)
    lines.push(
      ...additionsByReason(install.agentNoProxy.kubernetesAgents.additions).map(
        (a) =>
          `- Added to the Kubernetes agents' NO_PROXY: ${a.entries.map((e) => `\`${e}\``).join(", ")}. ${a.reason}`,
      ),
    );
  lines.push("");
  return lines;
}

function userDataSection(install: InstallPlan): string[] {
  const report = userDataReport(install);
  if (!report) return [];
  return [
    "## EC2 agents' user data",
    "",
    report.summary,
    ...(report.warning ? ["", `**Warning:** ${report.warning}`] : []),
    "",
  ];
}

function assumptions(install: InstallPlan): string[] {
  const { config } = install;
  const lines = [
    "## Assumptions",
    "",
    "- Agents reach the backend at `https://APP_DOMAIN` and the gateway at `https://gateway.APP_DOMAIN`, the host the chart's ingress serves when `ingress.exposeGateway` is on.",
  ];
  if (config.basics.agents.kubernetes)
    lines.push(
      "- Agents in Kubernetes: the product docs currently describe agents running outside the cluster (the EC2 module). The `spacelift-flows-agent` chart is offered here as an inference from its templates. It creates executor pods in `agent.kubernetes.namespace`, set to the release namespace because its Role exists only there; executors run `jsExecutorImage` (tag `k8s-js-executor-latest`), so a mirror of the agent image must carry that tag, and the runtime image setting of the EC2 module does not apply.",
      "- The agent chart documents no proxy or CA setting. This bundle passes `HTTP_PROXY`, `HTTPS_PROXY`, `NO_PROXY` and `FLOWS_ADDITIONAL_ROOT_CAS` through `agent.extraEnv`, the variables the EC2 module gives its agents: an inference, not documented behaviour.",
    );
  lines.push("");
  return lines;
}

export function readmeFile(install: InstallPlan, files: readonly GeneratedFile[]): GeneratedFile {
  const { config } = install;
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
  const steps = install.commands.steps.flatMap((step, i) => [
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
      (config.basics.agents.ec2 ? " and the EC2 agent pool module, wired to each other," : "") +
      " and the outputs the steps below read; `spacelift-flows.auto.tfvars` holds the wizard's values. Secrets are not in the bundle: set `TF_VAR_license_token`, `TF_VAR_organization_name` and `TF_VAR_admin_email` (or let tofu ask). Already have a root module? Copy the module blocks and the tfvars values into yours.",
    "",
    ...whereSection(install),
    ...imagesSection(install),
    "## Steps",
    "",
    "First run `./preflight.sh` from this folder, on the machine you install from: read-only, before `tofu apply`. It checks that the proxy answers; that through it, TLS to each destination the services and agents reach verifies with exactly the certificates in `certs/` (a FAIL names the issuer the proxy presented); that the app domain resolves (to private addresses, for an internal load balancer); and that `tofu`, `aws`, `helm` and `kubectl` are installed and reach their registries, GitHub and the Helm repository, the way `install.sh` runs them (through the proxy with the bundle's certificates when the wizard says this machine is behind the proxy; otherwise with your shell's own proxy variables and this machine's trust store; aws trusts only the file `AWS_CA_BUNDLE` names, else its own bundled roots). The proxy password comes from `FLOWS_PROXY_PASSWORD` or is asked for; `PREFLIGHT_TIMEOUT` sets the seconds to wait. Optionally run it from a pod too, to see the cluster's network once it exists: in an image with bash and curl, `kubectl run flows-preflight -n " +
      config.basics.namespace +
      " --rm -i --restart=Never --image=IMAGE --env=PREFLIGHT_FROM_POD=1 -- bash -s < preflight.sh` (a proxy that wants a password needs `FLOWS_PROXY_PASSWORD` in the pod's environment, as there is no terminal to ask on; the workstation's tools are left out).",
    "",
    "Then run `./install.sh` from this folder. To run the same commands by hand, in one shell and in order, first set:",
    "",
    "```sh",
    ...install.commands.variables,
    "```",
    "",
    ...steps,
    ...vpcSection(install),
    ...proxySection(install),
    ...caSection(install),
    ...userDataSection(install),
    ...versionsSection(install),
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
    ...assumptions(install),
  ];
  return {
    path: "README.md",
    language: "markdown",
    description: "This file.",
    contents: text.join("\n"),
  };
}
