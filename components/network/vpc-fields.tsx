"use client";
// Where Flows runs: a VPC the main module creates, or an existing one (enable_vpc = false). The
// EC2 agents always go into the same VPC's private subnets.
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/field";
import { IdListField } from "@/components/ui/id-list-field";

const MODES = [
  {
    value: "create",
    label: "A new VPC, created by the module",
    hint: "10.0.0.0/16 in two availability zones, private and public subnets, one NAT gateway.",
  },
  {
    value: "existing",
    label: "An existing VPC",
    hint: "Usually one already routed to your network (VPN, Transit Gateway, Direct Connect).",
  },
] as const;

export function VpcFields() {
  const { control } = useFormContext<ConfigInput>();
  const mode = useWatch({ control, name: "network.vpc.mode" });
  const scheme = useWatch({ control, name: "network.ingressScheme" });
  const ec2 = useWatch({ control, name: "basics.agents.ec2" }) ?? true;
  return (
    <div className="space-y-4">
      <RadioGroup
        name="network.vpc.mode"
        legend="Where Flows runs"
        hint={`EKS, the database${ec2 ? " and the EC2 agents" : ""} go into this VPC's private subnets${ec2 ? ": the agents share the cluster's VPC, so they reach an internal load balancer and your proxy" : ""}.`}
        options={MODES}
      />
      {mode === "existing" && (
        <div className="space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
          <TextField
            name="network.vpc.id"
            label="VPC id"
            hint="vpc_id of the main module (reuse_vpc_id of the agent pool module)."
            placeholder="vpc-0a1b2c3d4e5f67890"
            monospace
          />
          <IdListField
            name="network.vpc.privateSubnetIds"
            label="Private subnet ids"
            hint="At least two, in different availability zones (EKS and the load balancer need two), with a route out through a NAT gateway or your network. One per line, or separated by commas."
            placeholder={"subnet-0a1b2c3d4e5f60001\nsubnet-0a1b2c3d4e5f60002"}
          />
          <IdListField
            name="network.vpc.publicSubnetIds"
            label={scheme === "internal" ? "Public subnet ids (not needed)" : "Public subnet ids"}
            hint={
              scheme === "internal"
                ? "An internal load balancer uses the private subnets: leave this empty."
                : "Where the internet-facing load balancer sits: at least two, in different availability zones."
            }
            placeholder={"subnet-0a1b2c3d4e5f60003\nsubnet-0a1b2c3d4e5f60004"}
          />
        </div>
      )}
    </div>
  );
}
