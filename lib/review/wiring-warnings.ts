// Warnings about how the bundle meets AWS and the upstream modules: a certificate that cannot be
// issued, versions other than the ones the wizard checked, mirrors that need anonymous pulls,
// the EC2 agents' 16 KB user data. Each names the step (and field) where it is fixed.
import type { InstallPlan } from "../plan/install-plan";
import { parseAcmArn } from "../config/aws";
import { compareVersions } from "../config/versions";
import { userDataReport } from "../ec2-user-data/user-data-budget";
import { CHARTS } from "../upstream/charts";
import { AGENT_MODULE, MAIN_MODULE, MODULE_TAGS } from "../upstream/sources";
import type { StandingWarning } from "./standing-warning";
import { agentHostWarnings } from "./agent-host-warnings";

/** Top-level names that exist only in private DNS (RFC 6762/8375 and common corporate habits). */
const PRIVATE_SUFFIXES = [
  "internal",
  "corp",
  "local",
  "lan",
  "intranet",
  "private",
  "home.arpa",
  "localdomain",
  "intra",
];

/** True when the domain looks private: public DNS validation of an ACM certificate cannot pass. */
export function looksPrivateDomain(domain: string): boolean {
  return PRIVATE_SUFFIXES.some((suffix) => domain === suffix || domain.endsWith(`.${suffix}`));
}

function certificateWarnings(install: InstallPlan): StandingWarning[] {
  const { config } = install;
  const { tls } = config.network;
  const domain = config.basics.appDomain;
  const arn = install.certificateArn;
  const warnings: StandingWarning[] = [];
  if (arn === null && (tls.privateDns || looksPrivateDomain(domain)))
    warnings.push({
      id: "private-domain-certificate",
      step: "network",
      field: "network.tls.certificate",
      message: `${domain} ${tls.privateDns ? "exists only in private DNS" : "looks like a private domain"}, but the module would request a public ACM certificate with DNS validation, which can never pass there: the load balancer gets no certificate. Use an existing ACM certificate (imported from your CA, or issued by ACM Private CA) and enter its ARN.`,
    });
  if (arn !== null) {
    const parsed = parseAcmArn(arn);
    if (parsed && parsed.region !== config.basics.awsRegion)
      warnings.push({
        id: "certificate-region",
        step: "network",
        field: "network.tls.certArn",
        message: `The certificate is in ${parsed.region}, the install in ${config.basics.awsRegion}: a load balancer can only use an ACM certificate of its own region.`,
      });
    const { ec2, kubernetes } = config.basics.agents;
    const servicesOnly = config.certificates
      .map((c, index) => ({ ...c, index }))
      .filter((c) => c.scope === "services");
    if ((ec2 || kubernetes) && config.certificates.length > 0 && servicesOnly.length > 0)
      warnings.push({
        id: "certificate-issuer-ca-agents",
        step: "certificates",
        field: `certificates.${servicesOnly[0]!.index}.scope`,
        message: `The load balancer uses your own certificate (cert_arn), and ${servicesOnly.map((c) => `"${c.label}"`).join(", ")} ${servicesOnly.length === 1 ? "is" : "are"} trusted by the services only: if ${servicesOnly.length === 1 ? "it" : "one of them"} issued that certificate, the agents cannot reach Flows. Set it to both, or check the app domain in the TLS check.`,
      });
    if (config.certificates.length === 0)
      warnings.push({
        id: "certificate-issuer-ca",
        step: "certificates",
        message:
          "If the load balancer's certificate was issued by your corporate CA (imported into ACM, or from ACM Private CA), add that CA in the Certificates step: the agents reach Flows through that load balancer and must trust it.",
      });
  }
  return warnings;
}

/** Known tags that lack something this configuration uses, by module. */
function refWarnings(install: InstallPlan): StandingWarning[] {
  const { config } = install;
  const v = config.versions;
  const versions = install.versions;
  const warnings: StandingWarning[] = [];
  const plan = install.proxy;
  if (v.mainModuleRef !== "") {
    const lacks: string[] = [];
    if (v.mainModuleRef === "v0.1.0")
      lacks.push("custom_ca_certificates and internal_ingress_manifest (added before v0.2.0)");
    if (v.mainModuleRef in MODULE_TAGS.main && config.network.vpc.mode === "existing")
      lacks.push("the database security group an existing VPC needs (commit 42fc736)");
    warnings.push({
      id: "main-module-ref",
      step: "basics",
      field: "versions.mainModuleRef",
      message: `The main module is taken at ${v.mainModuleRef}, not at the commit the wizard's output was checked against (${MAIN_MODULE.ref.slice(0, 7)}).${lacks.length ? ` That version lacks ${lacks.join("; ")}.` : " Check that it has every variable main.tf passes."}`,
    });
  }
  if (v.agentModuleRef !== "") {
    const lacks =
      v.agentModuleRef in MODULE_TAGS.agent && plan?.ec2Agents
        ? " That version lacks custom_userdata_inject (added after v0.4.0), which carries HTTPS_PROXY and NO_PROXY to the agents: tofu would refuse the argument."
        : " Check that it has every variable main.tf passes.";
    warnings.push({
      id: "agent-module-ref",
      step: "basics",
      field: "versions.agentModuleRef",
      message: `The agent pool module is taken at ${v.agentModuleRef}, not at the commit the wizard's output was checked against (${AGENT_MODULE.ref.slice(0, 7)}).${lacks}`,
    });
  }
  const charts = [
    ["flowsChartVersion", CHARTS.flows, versions.flowsChart],
    ["agentChartVersion", CHARTS.agent, versions.agentChart],
  ] as const;
  for (const [field, chart, version] of charts) {
    if (v[field] === "") continue;
    const floor = Object.values(chart.values).reduce(
      (max, value) => (compareVersions(value.since, max) > 0 ? value.since : max),
      "0.0.0",
    );
    warnings.push({
      id: `${chart.name}-version`,
      step: "basics",
      field: `versions.${field}`,
      message:
        compareVersions(version, floor) < 0
          ? `${chart.name} ${version} is older than ${floor}, which the generated values need (${Object.entries(
              chart.values,
            )
              .filter(([, value]) => compareVersions(version, value.since) < 0)
              .map(([path]) => path)
              .join(", ")}).`
          : `${chart.name} ${version} is not the version the wizard checked its values against (${chart.version}).`,
    });
  }
  return warnings;
}

function imageWarnings(install: InstallPlan): StandingWarning[] {
  const images = install.images;
  if (images.anonymousRegistries.length === 0) return [];
  return [
    {
      id: "mirror-anonymous-pulls",
      step: "network",
      field: "network.egress.mirror",
      message: `${images.anonymousRegistries.join(" and ")} ${images.anonymousRegistries.length > 1 ? "are" : "is"} not in Amazon ECR: the EKS nodes and agent hosts pull without credentials, so the registry must allow anonymous pulls, and carry the tags the charts and the module use (see README.md).`,
    },
  ];
}

export function wiringWarnings(install: InstallPlan): StandingWarning[] {
  const userData = userDataReport(install);
  return [
    ...certificateWarnings(install),
    ...imageWarnings(install),
    ...agentHostWarnings(install),
    ...refWarnings(install),
    ...(userData?.warning
      ? [{ id: "ec2-user-data", step: "certificates" as const, message: userData.warning }]
      : []),
  ];
}
