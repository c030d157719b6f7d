"use client";
// Network: public or private ingress, the private-VPC checklist, where Flows runs, the load
// balancer's certificate, where images come from, and restricted egress.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { RadioGroup } from "@/components/ui/radio-group";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Button } from "@/components/ui/button";
import { showEgressSection } from "./network-wide";
import { VpcFields } from "@/components/network/vpc-fields";
import { ClusterFields } from "@/components/network/cluster-fields";
import { TlsFields } from "@/components/network/tls-fields";
import { ImageFields } from "@/components/network/image-fields";

const SCHEMES = [
  {
    value: "internet-facing",
    label: "Public (internet-facing)",
    hint: "The load balancer sits on the public subnets; anyone on the internet can reach the login page.",
  },
  {
    value: "internal",
    label: "Private (internal)",
    hint: "The load balancer sits on the private subnets; users come in over a VPN, a bastion or a peering link.",
  },
] as const;

export function NetworkStep() {
  const { control } = useFormContext<ConfigInput>();
  const scheme = useWatch({ control, name: "network.ingressScheme" });
  const restricted = useWatch({ control, name: "network.egress.restricted" });
  const existingVpc = useWatch({ control, name: "network.vpc.mode" }) === "existing";
  return (
    <section aria-labelledby="network-title" className="space-y-6">
      <div className="space-y-1">
        <h2 id="network-title" className="text-xl font-semibold">
          Network
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Who can reach Flows, and what Flows may reach.
        </p>
      </div>
      <VpcFields />
      <ClusterFields />
      <RadioGroup
        name="network.ingressScheme"
        legend="Ingress"
        hint="Sets the ALB scheme annotation and which ingress manifest of the main module you apply."
        options={SCHEMES}
      />
      {scheme === "internal" && (
        <fieldset className="space-y-3 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
          <legend className="px-1 text-sm font-medium">VPC checklist: confirm each item</legend>
          {existingVpc ? (
            <>
              <CheckboxField
                name="network.vpcChecklist.privateSubnetsWithNat"
                label="Private subnets have a NAT gateway (or your network's route out)"
                hint="The services and agents still pull images and reach the registries through it."
              />
              <CheckboxField
                name="network.vpcChecklist.securityGroups"
                label="Security groups let the services talk to each other"
                hint="Server, worker, gateway, the database and the agents must reach one another inside the VPC."
              />
            </>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              The VPC the module creates has private subnets behind a NAT gateway, and the module
              sets up the security groups between the services and the database.
            </p>
          )}
          <CheckboxField
            name="network.vpcChecklist.privateAccess"
            label="Users reach the VPC over a VPN, bastion or private link"
            hint="An internal load balancer has no public address: without a private route nobody can log in."
          />
        </fieldset>
      )}
      <TlsFields />
      <ImageFields />
      <div className="space-y-3">
        <CheckboxField
          name="network.egress.restricted"
          label="Restricted egress: the cluster may reach only allowed destinations"
          hint="Lists what your firewall or proxy must allow, and adds the allowlist files to the bundle."
        />
        <details className="text-sm text-slate-600 dark:text-slate-400">
          <summary className="cursor-pointer">
            The cluster&apos;s nodes behind a proxy or TLS inspection
          </summary>
          <p data-testid="node-class-note" className="mt-1">
            The cluster&apos;s nodes pull images with their own settings: EKS Auto Mode&apos;s
            container runtime reads neither the pods&apos; HTTP_PROXY nor custom_ca_certificates.
            When egress goes only through the proxy, or a proxy inspects TLS (you add CA
            certificates), the bundle adds kubernetes/node-class.yaml, a NodeClass with the proxy, a
            NO_PROXY (with .eks.amazonaws.com, the cluster API&apos;s hosts) and the CA bundles, and
            a NodePool preferred over the built-in one. Nodes behind a NAT gateway with an allowlist
            and no TLS inspection pull directly and need none of it. kubectl and helm reach the
            cluster API at its endpoint host (ID.gr7.REGION.eks.amazonaws.com): behind a workstation
            proxy, put .eks.amazonaws.com in its NO_PROXY or let the proxy through to it.
          </p>
        </details>
        {restricted && (
          <div className="flex flex-wrap items-center gap-2 border-l-2 border-slate-200 pl-4 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
            <p>
              The destinations to allow are listed below the form, at the page&apos;s full width.
            </p>
            <Button size="sm" onClick={showEgressSection}>
              Show the outbound destinations
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}
