"use client";
// Which parts of the install get the proxy: the chart's three services and the agents.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { additionsByReason, type AgentReceiver } from "@/lib/no-proxy/receivers";
import { usePlan } from "@/components/wizard-state/use-plan";
import { WaitingNote } from "@/components/ui/waiting-note";

/**
 * The settings the additions read (region, domain, ingress, VPC range, the list itself), and the
 * proxy's URLs: without a valid one no agent gets a proxy, nor these entries.
 */
const ADDITION_SETTINGS = [
  "basics",
  "network.ingressScheme",
  "network.vpc",
  "proxy.enabled",
  "proxy.httpProxy",
  "proxy.httpsProxy",
  "proxy.noProxy",
  "proxy.vpcCidr",
] as const;

/** What the wizard adds to one agent's NO_PROXY, and why, for the settled configuration. */
function Additions({ receiver }: { receiver: AgentReceiver }) {
  const additions = additionsByReason(usePlan().agentNoProxy[receiver].additions);
  if (additions.length === 0) return null;
  return (
    <ul
      aria-label="Added to this receiver's NO_PROXY"
      className="ml-7 list-disc space-y-1 pl-5 text-sm text-slate-600 dark:text-slate-400"
    >
      {additions.map((a) => (
        <li key={a.reason}>
          Added to its NO_PROXY: <code className="font-mono">{a.entries.join(", ")}</code>.{" "}
          {a.reason}
        </li>
      ))}
    </ul>
  );
}

export function ProxyReceivers() {
  const { control } = useFormContext<ConfigInput>();
  const agents = useWatch({ control, name: "basics.agents" });
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">Who uses the proxy</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The docs set the proxy on all three services: keep them on unless you know one has no
        outbound traffic.
      </p>
      <CheckboxField
        name="proxy.receivers.server"
        label="Server"
        hint="server.extraEnv in helm/values.yaml."
      />
      <CheckboxField
        name="proxy.receivers.worker"
        label="Worker"
        hint="worker.extraEnv in helm/values.yaml."
      />
      <CheckboxField
        name="proxy.receivers.gateway"
        label="Gateway"
        hint="gateway.extraEnv in helm/values.yaml."
      />
      {(agents?.ec2 ?? true) && (
        <div className="space-y-1">
          <CheckboxField
            name="proxy.receivers.ec2Agents"
            label="Agents on EC2"
            hint="The agent pool module's http_proxy gives the agent only HTTP_PROXY, and its runtime containers HTTP_PROXY and HTTPS_PROXY without NO_PROXY. The wizard's custom_userdata_inject adds HTTPS_PROXY and NO_PROXY (upper and lower case) for the agent, NO_PROXY (and a separate HTTPS proxy) for the runtimes, a systemd drop-in with the proxy for dockerd (runtime image pulls) and the agents' CA certificates in the host's trust store. The host's start-up before it (AWS calls, the agent image pull) uses no proxy."
          />
          <Additions receiver="ec2Agents" />
        </div>
      )}
      {agents?.kubernetes && (
        <div className="space-y-1">
          <CheckboxField
            name="proxy.receivers.kubernetesAgents"
            label="Agents in Kubernetes"
            hint="agent.extraEnv in helm/agent-values.yaml. The agent chart has no proxy setting of its own: passing the variables this way mirrors the EC2 module. An inference, not documented."
          />
          <Additions receiver="kubernetesAgents" />
        </div>
      )}
      {(agents?.ec2 ?? true) || agents?.kubernetes ? (
        <WaitingNote
          what="What the wizard adds to the agents' NO_PROXY"
          within={ADDITION_SETTINGS}
          testId="no-proxy-additions-waiting"
        />
      ) : null}
    </fieldset>
  );
}
