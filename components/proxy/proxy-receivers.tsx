"use client";
// Which parts of the install get the proxy: the chart's three services and the agents.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";

type ReceiverName =
  | "proxy.receivers.worker"
  | "proxy.receivers.gateway"
  | "proxy.receivers.server"
  | "proxy.receivers.ec2Agents"
  | "proxy.receivers.kubernetesAgents";

interface Receiver {
  name: ReceiverName;
  label: string;
  note: string;
}

const SERVICES: Receiver[] = [
  { name: "proxy.receivers.worker", label: "Worker", note: "worker.extraEnv in the values file." },
  {
    name: "proxy.receivers.gateway",
    label: "Gateway",
    note: "gateway.extraEnv in the values file.",
  },
  { name: "proxy.receivers.server", label: "Server", note: "server.extraEnv in the values file." },
];

const EC2_AGENTS: Receiver = {
  name: "proxy.receivers.ec2Agents",
  label: "Agents on EC2",
  note: "The agent pool module's http_proxy. That module has no NO_PROXY setting, and it uses this one URL for both HTTP and HTTPS (the HTTP proxy URL above).",
};

const KUBERNETES_AGENTS: Receiver = {
  name: "proxy.receivers.kubernetesAgents",
  label: "Agents in Kubernetes",
  note: "agent.extraEnv in the agent chart's values. The chart has no proxy setting of its own: passing HTTP_PROXY this way mirrors what the EC2 module does, an inference, not documented.",
};

export function ProxyReceivers() {
  const { register, control } = useFormContext<ConfigInput>();
  const agents = useWatch({ control, name: "basics.agents" });
  const receivers = [
    ...SERVICES,
    ...((agents?.ec2 ?? true) ? [EC2_AGENTS] : []),
    ...(agents?.kubernetes ? [KUBERNETES_AGENTS] : []),
  ];
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Who uses the proxy</legend>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        The docs set the proxy on all three services; keep them on unless you know a service has no
        outbound traffic.
      </p>
      {receivers.map((receiver) => (
        <div key={receiver.name} className="flex items-start gap-2">
          <input
            id={receiver.name}
            type="checkbox"
            className="mt-1 h-4 w-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
            {...register(receiver.name)}
          />
          <label htmlFor={receiver.name} className="text-sm">
            {receiver.label}
            <span className="block text-slate-600 dark:text-slate-400">{receiver.note}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
