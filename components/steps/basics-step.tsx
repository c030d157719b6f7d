"use client";
// Basics: where Flows will live and where its agents run, and the upstream versions.
import { useState } from "react";
import { useFormContext } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { TextField } from "@/components/ui/field";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { AGENT_MODULE, MAIN_MODULE } from "@/lib/upstream/sources";
import { CHARTS } from "@/lib/upstream/charts";

export function BasicsStep() {
  const { getValues } = useFormContext<ConfigInput>();
  // Open when a version is overridden (a link or draft may carry one), so nothing set is hidden.
  const [versionsOpen, setVersionsOpen] = useState(() =>
    Object.values(getValues("versions") ?? {}).some((v) => v !== "" && v !== undefined),
  );
  return (
    <section aria-labelledby="basics-title" className="space-y-5">
      <div className="space-y-1">
        <h2 id="basics-title" className="text-xl font-semibold">
          Basics
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Names the install uses everywhere: in the ingress, the Helm commands and the agents&apos;
          endpoints.
        </p>
      </div>
      <TextField
        name="basics.appDomain"
        label="App domain"
        hint="The host name users open (app_domain / appDomain); agents reach the gateway at gateway.<domain>."
        placeholder="flows.example.com"
      />
      <TextField
        name="basics.namespace"
        label="Kubernetes namespace"
        hint="Where the spacelift-flows chart is installed (k8s_namespace in the main module)."
      />
      <TextField
        name="basics.releaseName"
        label="Helm release name"
        hint="The name given to helm upgrade --install; keep the one an existing install uses."
      />
      <TextField
        name="basics.awsRegion"
        label="AWS region"
        hint="The region of the EKS cluster (aws_region); also names the regional AWS endpoints."
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Where agents run</legend>
        <CheckboxField
          name="basics.agents.ec2"
          label="Agents on EC2 (agent pool Terraform module)"
          hint="The documented route: gets the proxy and CAs through the module's http_proxy and custom_ca_certificates."
        />
        <CheckboxField
          name="basics.agents.kubernetes"
          label="Agents in Kubernetes (spacelift-flows-agent chart)"
          hint="The product docs currently describe agents outside the cluster; this chart is offered as an inference from its templates. Executor pods run in the release namespace; the proxy and CAs go through agent.extraEnv."
        />
      </fieldset>
      <details
        open={versionsOpen}
        onToggle={(event) => setVersionsOpen(event.currentTarget.open)}
        className="rounded-lg border border-slate-300 p-4 dark:border-slate-700"
      >
        <summary className="cursor-pointer text-sm font-medium">
          Upstream versions (pinned; change only to follow a newer release)
        </summary>
        <div className="mt-4 space-y-4">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The bundle pins the versions the wizard&apos;s output was checked against. Leave a field
            empty to keep its pin; Review warns about what a different version may lack.
          </p>
          <TextField
            name="versions.mainModuleRef"
            label="Main module ref"
            hint={`Tag, branch or commit of ${MAIN_MODULE.repo}; pinned: ${MAIN_MODULE.refLabel}.`}
            placeholder={MAIN_MODULE.ref}
            monospace
          />
          <TextField
            name="versions.agentModuleRef"
            label="Agent pool module ref"
            hint={`Tag, branch or commit of ${AGENT_MODULE.repo}; pinned: ${AGENT_MODULE.refLabel}.`}
            placeholder={AGENT_MODULE.ref}
            monospace
          />
          <TextField
            name="versions.flowsChartVersion"
            label="spacelift-flows chart version"
            hint="helm upgrade --install --version for the Flows chart."
            placeholder={CHARTS.flows.version}
            monospace
          />
          <TextField
            name="versions.agentChartVersion"
            label="spacelift-flows-agent chart version"
            hint="The same for the agent chart (agents in Kubernetes)."
            placeholder={CHARTS.agent.version}
            monospace
          />
        </div>
      </details>
    </section>
  );
}
