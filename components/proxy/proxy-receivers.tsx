"use client";
// Which parts of the install get the proxy: the chart's three services and the agents.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { CheckboxField } from "@/components/ui/checkbox-field";

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
        <CheckboxField
          name="proxy.receivers.ec2Agents"
          label="Agents on EC2"
          hint="The agent pool module's http_proxy. That module has no NO_PROXY setting, and uses this one URL (the HTTP proxy above) for both HTTP and HTTPS."
        />
      )}
      {agents?.kubernetes && (
        <CheckboxField
          name="proxy.receivers.kubernetesAgents"
          label="Agents in Kubernetes"
          hint="agent.extraEnv in helm/agent-values.yaml. The agent chart has no proxy setting of its own: passing the variables this way mirrors the EC2 module. An inference, not documented."
        />
      )}
    </fieldset>
  );
}
