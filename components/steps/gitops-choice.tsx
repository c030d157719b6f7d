"use client";
// Review's choice of who installs the Helm releases: install.sh (helm), or Argo CD / Flux from a
// Git repository (the bundle's gitops/ folder; lib/plan/gitops.ts decides what it holds).
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { RadioGroup } from "@/components/ui/radio-group";
import { Fold } from "@/components/ui/fold";

const TOOLS = [
  {
    value: "none",
    label: "install.sh",
    hint: "install.sh runs helm upgrade --install for each chart, with the values files in helm/.",
  },
  {
    value: "argocd",
    label: "Argo CD",
    hint: "gitops/ holds an Application per chart (pinned version, the same values inline) and the manifests, in sync waves. install.sh still runs OpenTofu, applies the Secrets and writes the ingress class into gitops/apps/.",
  },
  {
    value: "flux",
    label: "Flux",
    hint: "gitops/ holds a HelmRepository and a HelmRelease per chart (pinned version, the same values) and the manifests. install.sh still runs OpenTofu, applies the Secrets and writes the ingress class into gitops/apps/.",
  },
] as const;

/** Folded to one line (the choice made), so that Download stays on Review's first screen. */
export function GitopsChoice() {
  const { control } = useFormContext<ConfigInput>();
  const tool = useWatch({ control, name: "gitops.tool" }) ?? "none";
  const label = TOOLS.find((t) => t.value === tool)?.label ?? "install.sh";
  return (
    <Fold
      initiallyOpen={tool !== "none"}
      summary={
        <>
          <span className="font-medium">Install the Helm releases with</span>
          <span className="text-slate-600 dark:text-slate-400">
            : {label}
            {tool === "none" ? ", or Argo CD or Flux from Git" : ""}
          </span>
        </>
      }
    >
      <RadioGroup
        name="gitops.tool"
        legend="Install the Helm releases with"
        hint="With Argo CD or Flux, a proxy password never goes into Git: install.sh stores the proxy URLs in AWS Secrets Manager and an ExternalSecret reads them into the proxy Secret (gitops/README.md)."
        options={TOOLS}
      />
    </Fold>
  );
}
