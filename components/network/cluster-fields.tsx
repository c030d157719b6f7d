"use client";
// Which EKS cluster Flows goes into: one the main module creates (EKS Auto Mode), or an existing
// one (enable_eks_cluster = false, eks_cluster_name; upstream examples/with_existing_eks), which
// brings its own VPC and needs database security groups that let its nodes in.
import { useEffect } from "react";
import { Fold } from "@/components/ui/fold";
import { useFormContext, useFormState, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/field";
import { IdListField } from "@/components/ui/id-list-field";

const MODES = [
  {
    value: "create",
    label: "A new EKS cluster, created by the module",
    hint: "EKS Auto Mode with the built-in general-purpose node pool, in the VPC above.",
  },
  {
    value: "existing",
    label: "An existing EKS cluster",
    hint: "It must run EKS Auto Mode (the ingress class uses its load balancer controller), in the existing VPC above.",
  },
] as const;

export function ClusterFields() {
  const { control, getFieldState, trigger } = useFormContext<ConfigInput>();
  const mode = useWatch({ control, name: "network.cluster.mode" });
  const vpcMode = useWatch({ control, name: "network.vpc.mode" });
  // The form checks the field that changed: the cluster choice is judged again with the VPC's.
  useEffect(() => {
    if (mode === "existing") void trigger("network.cluster.mode");
  }, [mode, vpcMode, trigger]);
  const formState = useFormState<ConfigInput>({ name: "network.cluster.mode" });
  const modeError = getFieldState("network.cluster.mode", formState).error?.message;
  // Folded to one line while the module creates the cluster, so the step stays short.
  return (
    <Fold
      initiallyOpen={mode === "existing"}
      summary={
        <>
          <span className="font-medium">EKS cluster</span>
          <span className="text-slate-600 dark:text-slate-400">
            :{" "}
            {mode === "existing"
              ? "an existing one"
              : "the module creates one (or use an existing one)"}
          </span>
        </>
      }
    >
      <RadioGroup
        name="network.cluster.mode"
        legend="Which EKS cluster"
        hint="The main module creates a cluster, or installs into one you name (enable_eks_cluster = false)."
        options={MODES}
      />
      {mode === "existing" && (
        <div className="space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
          {modeError && (
            <p
              data-testid="cluster-mode-error"
              role="alert"
              className="text-sm text-red-700 dark:text-red-400"
            >
              {modeError}
            </p>
          )}
          <TextField
            name="network.cluster.name"
            label="EKS cluster name"
            hint="eks_cluster_name of the main module; install.sh runs aws eks update-kubeconfig with it."
            placeholder="my-existing-cluster"
            monospace
          />
          <IdListField
            name="network.cluster.databaseSecurityGroupIds"
            label="Database security group ids"
            hint="database_security_group_ids: groups for the database that let the cluster's nodes in on TCP 5432 (for example a rule from the cluster security group). Without its own cluster the module adds no such rule."
            placeholder={"sg-0a1b2c3d4e5f60001"}
          />
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Review lists what the module expects of the cluster: EKS Auto Mode, the VPC above, the
            database security groups, and cluster admin rights for whoever runs install.sh.
          </p>
        </div>
      )}
    </Fold>
  );
}
