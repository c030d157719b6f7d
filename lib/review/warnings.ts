// Warnings that still stand for a valid configuration: things the schema allows but that
// usually mean an unfinished or risky install. Each names the step where it is fixed.
import { EXAMPLE_APP_DOMAIN } from "../config/schema";
import type { InstallPlan } from "../plan/install-plan";
import type { StandingWarning } from "./standing-warning";
import { wiringWarnings } from "./wiring-warnings";
import { placeholderWarnings } from "./placeholder-warnings";

export type { StandingWarning } from "./standing-warning";

function noProxyCovers(noProxy: readonly string[], suffix: string): boolean {
  return noProxy.some(
    (entry) => entry === suffix || entry === suffix.slice(1) || entry === `*${suffix}`,
  );
}

export function standingWarnings(install: InstallPlan): StandingWarning[] {
  const { config } = install;
  const warnings: StandingWarning[] = [];
  const { basics, network, proxy } = config;

  if (basics.appDomain === EXAMPLE_APP_DOMAIN)
    warnings.push({
      id: "example-domain",
      step: "basics",
      message: `The app domain is still the docs' example (${EXAMPLE_APP_DOMAIN}): enter the domain your users will open.`,
    });

  if (!basics.agents.ec2 && !basics.agents.kubernetes)
    warnings.push({
      id: "no-agents",
      step: "basics",
      message:
        "No agents are selected: flows cannot run until an agent pool runs on EC2 or in Kubernetes.",
    });

  // In the VPC the module creates, the NAT gateway and the security groups are the module's.
  const checklist = network.vpcChecklist;
  const existingVpc = network.vpc.mode === "existing";
  if (
    network.ingressScheme === "internal" &&
    !(
      (!existingVpc || (checklist.privateSubnetsWithNat && checklist.securityGroups)) &&
      checklist.privateAccess
    )
  )
    warnings.push({
      id: "vpc-checklist",
      step: "network",
      message:
        "The private VPC checklist is not fully confirmed: an internal load balancer only works with private subnets behind a NAT gateway, security groups between the services, and a private way in (VPN or bastion).",
    });

  const plan = install.proxy;
  if (plan) {
    const missing = [".cluster.local", ".svc"].filter((s) => !noProxyCovers(proxy.noProxy, s));
    if (missing.length > 0)
      warnings.push({
        id: "no-proxy-cluster",
        step: "proxy",
        message: `NO_PROXY does not list ${missing.join(" or ")}: traffic between services inside the cluster would be sent to the proxy.`,
      });
    if (plan.passwordMissing)
      warnings.push({
        id: "proxy-password-missing",
        step: "proxy",
        field: "proxy.httpPassword",
        message:
          "Plain values mode, but no proxy password is typed. Passwords are never saved, so after a reload or from a link it must be typed again; until then the files carry the user name alone. Or choose the Kubernetes Secret mode and let install.sh ask for it.",
      });
    if (plan.hasCredentials && !plan.useSecret)
      warnings.push({
        id: "proxy-plain-credentials",
        step: "proxy",
        message:
          "The proxy password is written in plain text into the values files: anyone who can read them, or the Helm release, can read it.",
      });
    if (plan.components.length === 0 && !plan.ec2Agents && !plan.kubernetesAgents)
      warnings.push({
        id: "proxy-no-receivers",
        step: "proxy",
        message: "The proxy is on but no component receives it.",
      });
  }

  warnings.push(...placeholderWarnings(config), ...wiringWarnings(install));
  return warnings;
}
