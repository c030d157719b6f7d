// What preflight.sh checks, computed from the configuration: the CA set, and each URL with its
// route (through the bundle's HTTPS proxy, or direct where NO_PROXY covers it or no proxy is set).
import type { InstallPlan } from "../../plan/install-plan";
import { type ProxyPlan } from "../../config/derive";
import { type CaSetName } from "../../certs/ca-sets";
import { type EgressClient, type EgressDestination } from "../../egress/destinations";
import { operatorDestinations, type OperatorTool } from "../../egress/operator";
import { noProxyCovers } from "../../proxy/no-proxy-match";
import { probeUrl } from "./verify-sh-pod";

/**
 * The CA set preflight.sh verifies TLS against: every certificate of the bundle, whatever part
 * of the install it is meant for (the union), as PEM.
 */
export function preflightCaCertificates(install: InstallPlan): string[] {
  const { config } = install;
  return config.certificates.map((certificate) => certificate.pem);
}

/**
 * "proxy": through the bundle's proxy; "direct": with no proxy at all; "environment": as this
 * machine's own environment says (its proxy variables, as curl reads them), which is how
 * install.sh's tools go when the workstation is not behind the bundle's proxy.
 */
export type Route = "proxy" | "direct" | "environment";

/** One line of preflight.sh: a URL to try, or a destination it cannot try from here, and why. */
export type PreflightTarget = { label: string } & (
  | {
      url: string;
      route: Route;
      note?: string;
      /**
       * The CA set to verify with, when the services' and the agents' differ (else all);
       * "workstation": the system's roots and the bundle's, as install.sh gives its tools;
       * "system": this machine's own trust store alone; "aws": what the aws CLI trusts from this
       * shell (the file AWS_CA_BUNDLE names, else its own bundled roots: lib/receivers).
       */
      trust?: CaSetName | "workstation" | "system" | "aws";
    }
  | { skip: string }
);

const CLIENT_SETS: Partial<Record<EgressClient, CaSetName>> = {
  "flows-services": "services",
  "ec2-agents": "agents",
  "kubernetes-agents": "agents",
};

/** Whether a client reads the proxy variables the bundle gives it. */
function readsProxy(client: EgressClient, plan: ProxyPlan): boolean {
  if (client === "flows-services") return plan.components.length > 0;
  if (client === "ec2-agents") return plan.ec2Agents;
  if (client === "kubernetes-agents") return plan.kubernetesAgents;
  return false;
}

/** Through the HTTPS proxy unless there is none or NO_PROXY covers the host (as Go reads it). */
export function routeOf(
  plan: Pick<ProxyPlan, "noProxy"> | null,
  url: string,
  proxied = true,
): Route {
  if (!proxied || plan === null) return "direct";
  const { hostname, port } = new URL(url);
  return noProxyCovers(plan.noProxy.split(","), hostname, Number(port || 443)) ? "direct" : "proxy";
}

function serviceTarget(
  install: InstallPlan,
  plan: ProxyPlan | null,
  d: EgressDestination,
): PreflightTarget[] {
  const target = oneServiceTarget(install, plan, d);
  if (!("url" in target) || !install.ca.split) return [target];
  // Two CA sets: each module's clients must verify what they are presented with their own.
  const sets = [...new Set(d.clients.flatMap((c) => CLIENT_SETS[c] ?? []))].sort();
  return sets.map((trust) => ({
    ...target,
    label: `${target.label} (${trust === "services" ? "services'" : "agents'"} CA set)`,
    trust,
  }));
}

function oneServiceTarget(
  install: InstallPlan,
  plan: ProxyPlan | null,
  d: EgressDestination,
): PreflightTarget {
  const { config } = install;
  const domain = config.basics.appDomain;
  if (d.hosts.some((h) => h === domain || h.endsWith(`.${domain}`)))
    return {
      label: d.target,
      skip: "the install's own load balancer, created by install.sh: its name is checked under the app domain below, and verify.sh reaches it from the cluster",
    };
  if (d.direct)
    return {
      label: d.target,
      skip: `${d.connectsFrom} reach it without the proxy, with their own trust store: allow it on the VPC's route out (firewall, NAT or a VPC endpoint); preflight.sh cannot see that route`,
    };
  const url = probeUrl(d);
  if (url === null)
    return { label: d.target, skip: "its host names are known only after tofu apply" };
  const proxied = plan !== null && d.clients.some((c) => readsProxy(c, plan));
  return { label: url, url, route: routeOf(plan, url, proxied) };
}

/** The Flows services' and agents' destinations, once per URL. */
export function serviceTargets(install: InstallPlan): PreflightTarget[] {
  const plan = install.proxy;
  const seen = new Set<string>();
  return install.egress
    .flatMap((d) => serviceTarget(install, plan, d))
    .filter((t) => {
      const key = "url" in t ? `${t.url}\n${t.trust ?? ""}` : `${t.label}\n${t.skip}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The destinations of the operator's tools, by tool, as preflight.sh checks them. */
export function toolTargets(install: InstallPlan): Record<OperatorTool, PreflightTarget[]> {
  const workstation = install.commands.workstation;
  const byTool: Record<OperatorTool, PreflightTarget[]> = {
    tofu: [],
    terraform: [],
    aws: [],
    helm: [],
    docker: [],
    kubectl: [],
  };
  for (const d of operatorDestinations(install)) {
    const label = `${d.tool}: ${d.what}`;
    if (d.url === null) {
      byTool[d.tool].push({ label, skip: d.note ?? "known only after tofu apply" });
      continue;
    }
    // Tried the way install.sh runs the tool. Behind the proxy (proxy.workstation): the route
    // and the trust install.sh gives it. Otherwise install.sh gives it no proxy and no CA:
    // the tool goes as this machine's environment says and trusts its store, and so does the
    // check (not through the bundle's proxy, nor with the bundle's CAs alone, which no tool
    // of this install would use from here).
    const target: PreflightTarget = {
      label: `${label}, ${new URL(d.url).host}`,
      url: d.url,
      ...(workstation
        ? {
            route: routeOf({ noProxy: workstation.noProxy }, d.url),
            ...(install.config.certificates.length > 0 ? { trust: "workstation" as const } : {}),
          }
        : { route: "environment" as const, trust: d.tool === "aws" ? "aws" : "system" }),
    };
    byTool[d.tool].push(d.note ? { ...target, note: d.note } : target);
  }
  return byTool;
}

/** Every URL preflight.sh tries (the tests' proxy certificate names each host). */
export function preflightUrls(install: InstallPlan): string[] {
  return [...serviceTargets(install), ...Object.values(toolTargets(install)).flat()]
    .flatMap((t) => ("url" in t ? [t.url] : []))
    .filter((url, i, all) => all.indexOf(url) === i);
}
