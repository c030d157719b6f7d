"use client";
// Basics: where Flows will live and where its agents run.
import { TextField } from "@/components/ui/field";
import { CheckboxField } from "@/components/ui/checkbox-field";

export function BasicsStep() {
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
          hint="Gets the proxy and CAs through agent.extraEnv, an inferred route the docs do not describe."
        />
      </fieldset>
    </section>
  );
}
