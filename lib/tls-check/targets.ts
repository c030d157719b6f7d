// Which hosts are worth a TLS check, who reaches each (so which CA set must cover it), and the
// `openssl s_client` command that shows what a client there is presented.
import type { TlsCheck } from "../config/schema";
import type { InstallPlan } from "../plan/install-plan";
import { type EgressClient } from "../egress/destinations";
import { shellQuote } from "../format/shell";
import type { CaSetName } from "../certs/ca-sets";
import { checkHostName, withPort } from "./host";

export interface CheckTarget {
  /** `name:port`, as a check stores it. */
  host: string;
  /** The CA sets that must cover it: the clients that open the connection. */
  reachedBy: CaSetName[];
  /** Through the HTTPS proxy (what it presents is what matters), or directly. */
  viaProxy: boolean;
  /** What it is, from the egress table. */
  what: string;
}

const SET_OF: Partial<Record<EgressClient, CaSetName>> = {
  "flows-services": "services",
  "ec2-agents": "agents",
  "kubernetes-agents": "agents",
};

const concrete = (host: string) => !host.includes("*") && !/^ACCOUNT\./.test(host);

/** The hosts the services and the agents open TLS connections to, first-seen order. */
export function checkTargets(install: InstallPlan): CheckTarget[] {
  const { config } = install;
  const byHost = new Map<string, CheckTarget>();
  const add = (host: string, sets: CaSetName[], viaProxy: boolean, what: string) => {
    const known = byHost.get(host);
    if (known) known.reachedBy = [...new Set([...known.reachedBy, ...sets])].sort();
    else byHost.set(host, { host, reachedBy: [...new Set(sets)].sort(), viaProxy, what });
  };
  const viaProxy = install.proxy !== null;
  for (const destination of install.egress) {
    if (destination.direct) continue;
    const sets = destination.clients.flatMap((c) => (SET_OF[c] ? [SET_OF[c]] : []));
    if (sets.length === 0) continue;
    for (const host of destination.hosts.filter(concrete))
      add(`${host}:${destination.port}`, sets, viaProxy, destination.target);
  }
  // An internal load balancer: the agents reach it inside the network, and its certificate (often
  // from the corporate CA, with cert_arn) must be covered by the agents' set.
  const { ec2, kubernetes } = config.basics.agents;
  if ((ec2 || kubernetes) && config.network.ingressScheme === "internal") {
    const { backend, gateway } = install.endpoints;
    for (const [url, what] of [
      [backend, "The Flows backend (internal load balancer)"],
      [gateway, "The Flows gateway (internal load balancer)"],
    ] as const)
      add(`${new URL(url).hostname}:443`, ["agents"], false, what);
  }
  return [...byHost.values()];
}

/** Who must trust what a stored check presents: the target's sets, or both for other hosts. */
export function setsForCheck(targets: readonly CheckTarget[], check: TlsCheck): CaSetName[] {
  const host = withPort(check.host);
  return targets.find((t) => t.host === host)?.reachedBy ?? ["agents", "services"];
}

/**
 * The command that prints what a client is presented for `target`, through the HTTPS proxy when
 * the target is reached through it. Credentials are never part of it: `-proxy_user` and
 * `-proxy_pass env:` (OpenSSL 3.0 and later) read the password from the environment.
 */
export function sClientCommand(
  install: InstallPlan,
  target: Pick<CheckTarget, "host" | "viaProxy">,
) {
  const plan = install.proxy;
  const host = withPort(target.host);
  const name = checkHostName(host);
  const parts = ["openssl s_client -showcerts"];
  if (target.viaProxy && plan) {
    const { https } = plan;
    const port = https.port || (https.scheme === "https" ? "443" : "80");
    parts.push(`-proxy ${shellQuote(`${https.host}:${port}`)}`);
    if (https.username !== "")
      parts.push(`-proxy_user ${shellQuote(https.username)} -proxy_pass env:PROXY_PASSWORD`);
  }
  parts.push(`-connect ${shellQuote(host)} -servername ${shellQuote(name)} </dev/null`);
  return parts.join(" ");
}

/** What to know about the commands for this proxy, or null. */
export function sClientNote(install: InstallPlan): string | null {
  const plan = install.proxy;
  if (plan?.https.scheme === "https")
    return "Your HTTPS proxy is reached over TLS (https://), and openssl s_client -proxy speaks plain HTTP to a proxy. Use curl 7.88 or later instead and paste what it prints (the presented chain as PEM): curl -s -o /dev/null -k -w '%{certs}' --proxy YOUR_PROXY_URL https://HOST/";
  return null;
}
