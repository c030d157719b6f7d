// The install, step by step: the shell variables, the programs it needs and the commands in
// order. install.sh runs them; the bundle README and Review list them. Every value is quoted
// with shellQuote; proxy passwords are read at run time and never written into the bundle.
import type { Config } from "../config/schema";
import { DEFAULT_AGENT_IMAGE, DEFAULT_BACKEND_IMAGE, type ProxyPlan } from "../config/derive";
import { distinctHttpsProxy } from "./ec2-inject";
import { CHART_IMAGE_TAGS, CHARTS } from "../upstream/charts";
import { formatProxyUrl, encodeUserinfo, type ProxyUrl } from "../proxy/url";
import { shellQuote } from "../format/shell";
import type { PlanDecisions } from "./decisions";
import { AGENT_RELEASE, HELM_REPO_URL, MAIN_MODULE_NAME } from "./names";
import type { TerraformWiring } from "./terraform-wiring";
import { gitopsSteps } from "./gitops-steps";
import type { GitopsPlan } from "./gitops";
import { NODE_CLASS_FILE, NODE_PLACEHOLDERS, type NodeTrust } from "./node-trust";
import { DESCRIBE_CLUSTER_QUERIES, NODE_CLASS_FACTS } from "../upstream/node-class";
import { workstationEnvironment, type WorkstationEnvironment } from "./workstation-env";

type StepInputs = PlanDecisions & {
  terraform: Pick<TerraformWiring, "agentPoolReadsOutputsAtPlan">;
  gitops: GitopsPlan | null;
  nodes: NodeTrust | null;
};

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

/**
 * Shell lines that set HTTP_PROXY_URL / HTTPS_PROXY_URL in Secret mode: the page never holds
 * the password, so it is asked for (or read from FLOWS_*_PASSWORD) for every URL with a user.
 * With `terminalOnly` (the script's name), it stops instead of reading a password from a
 * standard input that is no terminal (a pipe may be the script itself: `bash -s < script`).
 */
export function proxyUrlLines(plan: ProxyPlan, terminalOnly?: string): string[] {
  const lines: string[] = [];
  const build = (variable: string, url: ProxyUrl, passwordVariable: string): string[] => {
    if (url.username === "") return [`${variable}=${shellQuote(formatProxyUrl(url))}`];
    const prefix = `${url.scheme}://${encodeUserinfo(url.username)}:`;
    const suffix = `@${url.host}${url.port !== "" ? ":" + url.port : ""}`;
    return [
      `${variable}=${shellQuote(prefix)}"$(urlencode "$${passwordVariable}")"${shellQuote(suffix)}`,
    ];
  };
  const ask = (passwordVariable: string, url: ProxyUrl): string[] => [
    `if [ -z "\${${passwordVariable}+set}" ]; then`,
    ...(terminalOnly
      ? [
          `  if [ ! -t 0 ]; then echo ${shellQuote(`${terminalOnly}: set ${passwordVariable} to the password of proxy user ${encodeUserinfo(url.username)} (no terminal to ask it on)`)} >&2; exit 2; fi`,
        ]
      : []),
    `  read -r -s -p ${shellQuote(`Password of proxy user ${encodeUserinfo(url.username)} at ${url.host}${url.port ? ":" + url.port : ""}: `)} ${passwordVariable}`,
    "  echo",
    "fi",
  ];
  const needsHttp = plan.http.username !== "";
  const httpsShares = sameEndpoint(plan.http, plan.https);
  const needsHttps = plan.https.username !== "" && !httpsShares;
  if (needsHttp || needsHttps) lines.push(...URLENCODE_FUNCTION);
  if (needsHttp) lines.push(...ask("FLOWS_PROXY_PASSWORD", plan.http));
  if (needsHttps) lines.push(...ask("FLOWS_HTTPS_PROXY_PASSWORD", plan.https));
  lines.push(...build("HTTP_PROXY_URL", plan.http, "FLOWS_PROXY_PASSWORD"));
  if (httpsShares) lines.push('HTTPS_PROXY_URL="$HTTP_PROXY_URL"');
  else lines.push(...build("HTTPS_PROXY_URL", plan.https, "FLOWS_HTTPS_PROXY_PASSWORD"));
  return lines;
}

/**
 * The proxy Secret as a manifest on kubectl's standard input: printf is a bash builtin, so the
 * URLs (and their passwords) appear in no command line (`--from-literal` would put them in
 * kubectl's argv, which every user of the machine can read). JSON needs no quoting here: the
 * URLs hold only percent-encoded userinfo (urlencode above) and a host name, and the names are
 * DNS labels.
 */
export function proxySecretCommands(secretName: string): string[] {
  const manifest = `{"apiVersion":"v1","kind":"Secret","metadata":{"name":"%s","namespace":"%s"},"type":"Opaque","stringData":{"HTTP_PROXY":"%s","HTTPS_PROXY":"%s"}}\\n`;
  return [
    "# The URLs reach kubectl on its standard input, never on a command line (ps shows those).",
    `printf '${manifest}' ${shellQuote(secretName)} "$NAMESPACE" "$HTTP_PROXY_URL" "$HTTPS_PROXY_URL" \\`,
    "  | kubectl apply -f -",
  ];
}

function agentPoolStaged(plan: StepInputs): boolean {
  if (!plan.config.basics.agents.ec2) return false;
  return plan.terraform.agentPoolReadsOutputsAtPlan || plan.images.mirror === "module-ecr";
}

function installVariables(config: Config): string[] {
  // Always quoted: shellcheck reads a bare value such as a--b as arithmetic gone wrong.
  return [
    `NAMESPACE=${shellQuote(config.basics.namespace, true)}`,
    `RELEASE=${shellQuote(config.basics.releaseName, true)}`,
    `AWS_REGION=${shellQuote(config.basics.awsRegion, true)}`,
  ];
}

function installTools(plan: StepInputs): string[] {
  // With Argo CD or Flux, the Helm releases are installed from Git: no helm here.
  const tools = plan.gitops ? ["tofu", "aws", "kubectl"] : ["tofu", "aws", "kubectl", "helm"];
  if (plan.images.mirror === "module-ecr") tools.push("docker");
  return tools;
}

const tofuOutput = (name: string) => `tofu -chdir=terraform output -raw ${name}`;

/** Copies the public images into the ECR mirrors the main module created. */
function mirrorCommands(config: Config): string[] {
  const agents = config.basics.agents.ec2 || config.basics.agents.kubernetes;
  const copies: [string, string, string][] = [
    [DEFAULT_BACKEND_IMAGE, "BACKEND_REPOSITORY", CHART_IMAGE_TAGS.backend],
  ];
  if (agents) copies.push([DEFAULT_AGENT_IMAGE, "AGENT_REPOSITORY", CHART_IMAGE_TAGS.agent]);
  if (config.basics.agents.kubernetes)
    copies.push([DEFAULT_AGENT_IMAGE, "AGENT_REPOSITORY", CHART_IMAGE_TAGS.jsExecutor]);
  return [
    `BACKEND_REPOSITORY=$(${tofuOutput("ecr_repository_url")})`,
    ...(agents ? [`AGENT_REPOSITORY=$(${tofuOutput("ecr_agent_repository_url")})`] : []),
    'aws ecr get-login-password --region "$AWS_REGION" | docker login --username AWS --password-stdin "${BACKEND_REPOSITORY%%/*}"',
    // The agent hosts and EKS Auto Mode's general-purpose nodes are x86_64.
    "copy_image() {",
    '  docker pull --platform linux/amd64 "$1"',
    '  docker tag "$1" "$2"',
    '  docker push "$2"',
    "}",
    ...copies.map(
      ([source, variable, tag]) =>
        `copy_image ${shellQuote(`${source}:${tag}`)} "$${variable}:${tag}"`,
    ),
  ];
}

function steps(inputs: StepInputs, staged: boolean): InstallStep[] {
  const { config, images, versions } = inputs;
  const plan = inputs.proxy;
  const { namespace, releaseName } = config.basics;
  const steps: InstallStep[] = [];
  const secretProxy = plan?.useSecret ?? false;
  if (secretProxy && plan) {
    const lines = proxyUrlLines(plan, "install.sh");
    if (plan.ec2Agents) {
      lines.push('export TF_VAR_agent_http_proxy="$HTTP_PROXY_URL"');
      if (distinctHttpsProxy(plan))
        lines.push('export TF_VAR_agent_https_proxy="$HTTPS_PROXY_URL"');
    }
    steps.push({
      title: "Proxy credentials",
      why: "The proxy password is read now (or from FLOWS_PROXY_PASSWORD) and never stored in this bundle.",
      commands: lines,
    });
  }
  const workstation = workstationEnvironment(config, plan);
  if (workstation && plan)
    steps.push({
      title: "This machine's proxy",
      why: "This machine is behind the proxy too: its tools get the proxy, NO_PROXY and the CA certificates from the environment.",
      commands: [...(secretProxy ? [] : proxyUrlLines(plan, "install.sh")), ...workstation.lines],
    });
  // The agent pool waits for the main module when it reads its outputs at plan time (the new
  // VPC's id decides a count upstream), and for module-made ECR mirrors to hold its image.
  steps.push({
    title: "Infrastructure (OpenTofu)",
    why: staged
      ? "Creates the Flows infrastructure first (cluster, VPC, database, mirrors): the EC2 agent pool module needs its outputs known when it plans."
      : "Creates or updates the Flows infrastructure with the wizard's module settings.",
    commands: [
      "tofu -chdir=terraform init",
      staged
        ? `tofu -chdir=terraform apply -target=module.${MAIN_MODULE_NAME}`
        : "tofu -chdir=terraform apply",
    ],
  });
  const existingCluster = inputs.cluster.existing ? inputs.cluster.name : null;
  steps.push({
    title: "Cluster access",
    why:
      existingCluster !== null
        ? `Points kubectl and helm at your cluster ${existingCluster}, not at whatever context is current.`
        : "Points kubectl and helm at the EKS cluster the module created, not at whatever context is current.",
    commands: [
      existingCluster !== null
        ? `CLUSTER_NAME=${shellQuote(existingCluster, true)}`
        : `CLUSTER_NAME=$(${tofuOutput("eks_cluster_name")})`,
      'aws eks update-kubeconfig --region "$AWS_REGION" --name "$CLUSTER_NAME"',
    ],
  });
  if (images.mirror === "module-ecr")
    steps.push({
      title: "Image mirrors",
      why: "Copies the Flows images from Public ECR into the ECR repositories the module created.",
      commands: mirrorCommands(config),
    });
  if (staged)
    steps.push({
      title: "EC2 agent pool (OpenTofu)",
      why:
        images.mirror === "module-ecr"
          ? "Now that the VPC is known and the mirror holds the agent image, the second apply creates the agent pool."
          : "Now that the VPC is known, the second apply creates the agent pool in its private subnets.",
      commands: ["tofu -chdir=terraform apply"],
    });
  if (inputs.gitops) {
    // The nodes' NodeClass holds values read from the cluster at install time: install.sh
    // applies it before the GitOps tool syncs the releases, as it does before Helm.
    if (inputs.nodes) steps.push(nodeStep(inputs.nodes));
    steps.push(...gitopsSteps({ ...inputs, gitops: inputs.gitops }));
    return steps;
  }
  const manifests = ["config_secret_manifest", inputs.ingressManifest];
  if (config.basics.agents.kubernetes) manifests.push("agent_pool_secret_manifest");
  const kubectl: string[] = [];
  if (namespace !== "default")
    kubectl.push(
      `kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f -`,
    );
  kubectl.push(...manifests.map((m) => `${tofuOutput(m)} | kubectl apply -f -`));
  steps.push({
    title: "Kubernetes manifests",
    why:
      config.network.ingressScheme === "internal"
        ? "The config Secret and the internal ingress class (scheme: internal, private subnets)."
        : "The config Secret and the internet-facing ingress class (public subnets).",
    commands: kubectl,
  });
  if (inputs.nodes) steps.push(nodeStep(inputs.nodes));
  if (secretProxy && plan) {
    steps.push({
      title: "Proxy Secret",
      why: `HTTP_PROXY and HTTPS_PROXY carry credentials, so the pods read them from the Secret ${plan.secretName}.`,
      commands: proxySecretCommands(plan.secretName),
    });
  }
  const fromMirror = images.mirror === "module-ecr";
  const helm = [
    `helm repo add spacelift ${shellQuote(HELM_REPO_URL)} --force-update`,
    "helm repo update spacelift",
    `helm upgrade --install "$RELEASE" spacelift/${CHARTS.flows.name} --version ${shellQuote(versions.flowsChart)} -n "$NAMESPACE" -f helm/values.yaml` +
      (fromMirror ? ' \\\n  --set-string global.image.repository="$BACKEND_REPOSITORY"' : ""),
  ];
  if (config.basics.agents.kubernetes)
    helm.push(
      `helm upgrade --install ${AGENT_RELEASE} spacelift/${CHARTS.agent.name} --version ${shellQuote(versions.agentChart)} -n "$NAMESPACE" -f helm/agent-values.yaml` +
        (fromMirror
          ? ' \\\n  --set-string image.repository="$AGENT_REPOSITORY" --set-string jsExecutorImage.repository="$AGENT_REPOSITORY"'
          : ""),
    );
  steps.push({
    title: "Helm",
    why: `Installs or upgrades the release ${releaseName} in ${namespace} (chart ${CHARTS.flows.name} ${versions.flowsChart}).`,
    commands: helm,
  });
  return steps;
}

/**
 * The nodes' NodeClass and NodePool: what they share with the cluster (node role, subnets,
 * cluster security group) is known only once it exists, so install.sh reads it from
 * `aws eks describe-cluster` and fills the file's placeholders with bash replacement (quoted,
 * so `&` in a value stays itself) before kubectl applies it, before the Helm releases.
 */
function nodeStep(nodes: NodeTrust): InstallStep {
  const describe = (query: string, output: "text" | "json") =>
    `aws eks describe-cluster --region "$AWS_REGION" --name "$CLUSTER_NAME" --query ${shellQuote(query, true)} --output ${output}`;
  const lines = [
    `NODE_ROLE_ARN=$(${describe(DESCRIBE_CLUSTER_QUERIES.nodeRoleArn, "text")})`,
    'if [ -z "$NODE_ROLE_ARN" ] || [ "$NODE_ROLE_ARN" = None ]; then echo "install.sh: the cluster has no EKS Auto Mode node role (computeConfig.nodeRoleArn): is EKS Auto Mode on?" >&2; exit 1; fi',
    `SUBNET_TERMS=$(${describe(DESCRIBE_CLUSTER_QUERIES.subnetTerms, "json")} | tr -d ' \n')`,
    `CLUSTER_SECURITY_GROUP=$(${describe(DESCRIBE_CLUSTER_QUERIES.clusterSecurityGroupId, "text")})`,
    `node_manifest=$(<${NODE_CLASS_FILE})`,
    // A role ARN may carry a path: the NodeClass takes the role's name, the part after the last /.
    `node_manifest=\${node_manifest//${NODE_PLACEHOLDERS.role}/"\${NODE_ROLE_ARN##*/}"}`,
    `node_manifest=\${node_manifest//${shellQuote(NODE_PLACEHOLDERS.subnetTerms, true)}/"$SUBNET_TERMS"}`,
    `node_manifest=\${node_manifest//${NODE_PLACEHOLDERS.securityGroup}/"$CLUSTER_SECURITY_GROUP"}`,
  ];
  if (nodes.proxy?.filledByInstall)
    lines.push(
      `if [ \${#HTTPS_PROXY_URL} -gt ${NODE_CLASS_FACTS.httpsProxyMaxLength} ]; then echo "install.sh: the NodeClass takes a proxy URL of at most ${NODE_CLASS_FACTS.httpsProxyMaxLength} characters" >&2; exit 1; fi`,
      `node_manifest=\${node_manifest//${NODE_PLACEHOLDERS.httpsProxy}/"$HTTPS_PROXY_URL"}`,
    );
  lines.push(`printf '%s\n' "$node_manifest" | kubectl apply -f -`);
  const why = nodes.reasons.includes("proxy")
    ? "The nodes' container runtime pulls images with its NodeClass's proxy and CAs, not the pods' HTTP_PROXY: this NodeClass gives them the proxy"
    : "The nodes' container runtime trusts only its NodeClass's CAs, not custom_ca_certificates: this NodeClass gives them the services' CA set";
  return {
    title: "Cluster nodes: NodeClass and NodePool",
    why: `${why}${nodes.reasons.length === 2 ? " and the services' CA set" : ""}, and its NodePool is preferred over the built-in general-purpose pool.`,
    commands: lines,
  };
}

export interface InstallSteps {
  /** The shell variables every step may use: install.sh sets them first, the README too. */
  variables: string[];
  /** The programs install.sh runs, checked before anything is changed. */
  tools: string[];
  /**
   * True when the EC2 agent pool is applied after the main module: its plan-time inputs read the
   * main module's outputs (a VPC the module creates), or its image is in a module-made mirror.
   */
  agentPoolStaged: boolean;
  /** The environment install.sh gives its tools behind the proxy, or null. */
  workstation: WorkstationEnvironment | null;
  steps: InstallStep[];
}

/** The install, step by step: what install.sh runs and what the Review step lists. */
export function installSteps(plan: StepInputs): InstallSteps {
  const staged = agentPoolStaged(plan);
  const installSteps = steps(plan, staged);
  // Only the variables a step reads (without helm, a GitOps install may not need RELEASE).
  const text = installSteps.flatMap((s) => s.commands).join("\n");
  return {
    variables: installVariables(plan.config).filter((line) =>
      text.includes(`$${line.slice(0, line.indexOf("="))}`),
    ),
    tools: installTools(plan),
    agentPoolStaged: staged,
    workstation: workstationEnvironment(plan.config, plan.proxy),
    steps: installSteps,
  };
}
