// Review's first section: every choice in one line, with the step and field that change it.
import type { InstallPlan } from "../plan/install-plan";
import { caSetCertificates } from "../certs/ca-sets";
import type { StepId } from "../steps/steps";

export interface SummaryLine {
  label: string;
  value: string;
  step: StepId;
  /** The config path of the field to focus, when one field decides it. */
  field?: string;
  /** Set when a setting of this line has an error: the value shown is then only a stand-in. */
  error?: string;
}

/** The settings each line stands for, as prefixes of config paths. */
const LINE_PATHS: Record<string, readonly string[]> = {
  Domain: ["basics.appDomain"],
  Release: ["basics.releaseName", "basics.namespace", "basics.awsRegion"],
  Agents: ["basics.agents"],
  VPC: ["network.vpc", "network.vpcChecklist"],
  Cluster: ["network.cluster"],
  Ingress: ["network.ingressScheme"],
  Certificate: ["network.tls"],
  Images: [
    "network.egress.mirror",
    "network.egress.backendImageRepository",
    "network.egress.agentImageRepository",
    "network.egress.runtimeImage",
  ],
  Egress: ["network.egress.restricted"],
  Proxy: ["proxy"],
  "install.sh's machine": ["proxy.workstation"],
  "CA certificates": ["certificates", "tlsChecks"],
  "Upstream versions": ["versions"],
  "Helm releases": ["gitops"],
};

const covers = (prefix: string, path: string) => path === prefix || path.startsWith(`${prefix}.`);

/**
 * The summary of a configuration with errors: each line whose settings have an error says so
 * (with the first message and its field) instead of showing the stand-in value as a choice.
 */
export function markErrors(
  lines: readonly SummaryLine[],
  issues: readonly { path: string; message: string }[],
): SummaryLine[] {
  return lines.map((line) => {
    const issue = issues.find((i) =>
      (LINE_PATHS[line.label] ?? []).some((prefix) => covers(prefix, i.path)),
    );
    return issue ? { ...line, error: issue.message, field: issue.path } : line;
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function caSummary(install: InstallPlan): string {
  const { config } = install;
  const { certificates, tlsChecks } = config;
  const checks =
    tlsChecks.length === 0 ? "" : `; ${plural(tlsChecks.length, "host")} checked against the proxy`;
  if (certificates.length === 0) return `none${checks}`;
  if (!install.ca.split) return `${plural(certificates.length, "certificate")}${checks}`;
  const services = caSetCertificates(certificates, "services").length;
  const agents = caSetCertificates(certificates, "agents").length;
  return `${plural(certificates.length, "certificate")}: ${services} for the services, ${agents} for the agents${checks}`;
}

export function configSummary(install: InstallPlan): SummaryLine[] {
  const { config } = install;
  const { basics, network } = config;
  const vpc = install.vpc;
  const arn = install.certificateArn;
  const images = install.images;
  const plan = install.proxy;
  const versions = install.versions;
  const agents = [basics.agents.ec2 && "on EC2", basics.agents.kubernetes && "in Kubernetes"]
    .filter(Boolean)
    .join(" and ");
  return [
    { label: "Domain", value: basics.appDomain, step: "basics", field: "basics.appDomain" },
    {
      label: "Release",
      value: `${basics.releaseName} in namespace ${basics.namespace}, ${basics.awsRegion}`,
      step: "basics",
      field: "basics.namespace",
    },
    { label: "Agents", value: agents || "none", step: "basics", field: "basics.agents.ec2" },
    {
      label: "VPC",
      value: vpc.existing
        ? `existing ${vpc.id}, private subnets ${vpc.privateSubnetIds.join(", ")}`
        : "a new one, created by the module",
      step: "network",
      field: "network.vpc.mode",
    },
    {
      label: "Cluster",
      value: install.cluster.existing
        ? `existing ${install.cluster.name} (must run EKS Auto Mode), database security groups ${install.cluster.databaseSecurityGroupIds.join(", ")}`
        : "a new EKS Auto Mode cluster, created by the module",
      step: "network",
      field: "network.cluster.mode",
    },
    {
      label: "Ingress",
      value:
        network.ingressScheme === "internal"
          ? "private (internal load balancer)"
          : "public (internet-facing load balancer)",
      step: "network",
      field: "network.ingressScheme",
    },
    {
      label: "Certificate",
      value: arn ?? "requested from ACM by the module (DNS validation)",
      step: "network",
      field: "network.tls.certificate",
    },
    {
      label: "Images",
      value: {
        public: "public registries",
        "module-ecr": "ECR mirrors created by the module",
        own: "your registry",
      }[images.mirror],
      step: "network",
      field: "network.egress.mirror",
    },
    {
      label: "Egress",
      value: network.egress.restricted ? "restricted: allowlist files included" : "not restricted",
      step: "network",
      field: "network.egress.restricted",
    },
    {
      label: "Proxy",
      value: plan
        ? `${plan.httpUrlPublic}${plan.http.username ? ` as ${plan.http.username}` : ""}${plan.hasCredentials ? (plan.useSecret ? ", password asked by install.sh" : ", password in plain values") : ""}; NO_PROXY ${config.proxy.noProxy.length} ${config.proxy.noProxy.length === 1 ? "entry" : "entries"}`
        : "none",
      step: "proxy",
      field: "proxy.enabled",
    },
    ...(plan
      ? [
          {
            label: "install.sh's machine",
            value: install.commands.workstation
              ? `behind the proxy: install.sh exports the proxy, NO_PROXY (with *${install.commands.workstation.eksApiSuffix})${config.certificates.length > 0 ? " and a CA file" : ""} for its tools`
              : "reaches the internet without the proxy: install.sh sets none",
            step: "proxy" as const,
            field: "proxy.workstation",
          },
        ]
      : []),
    {
      label: "CA certificates",
      value: caSummary(install),
      step: "certificates",
    },
    {
      label: "Upstream versions",
      value: versions.overridden.length
        ? `changed: ${versions.overridden.join(", ")}`
        : "pinned by the wizard",
      step: "basics",
      field: "versions.mainModuleRef",
    },
    {
      label: "Helm releases",
      value: {
        none: "installed by install.sh (helm)",
        argocd: "installed by Argo CD from gitops/ in your Git repository",
        flux: "installed by Flux from gitops/ in your Git repository",
      }[config.gitops.tool],
      step: "review",
      field: "gitops.tool",
    },
  ];
}
