"use client";
// Where the images come from: Public ECR and Docker Hub, ECR mirrors the main module creates
// (enable_ecr), or the user's own registry; and the JavaScript runtime image of EC2 agents.
// Folded while they keep their defaults (most installs do), so the Network step stays short; the
// summary line says what is chosen.

import { Fold } from "@/components/ui/fold";
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { parseEcrRepository } from "@/lib/config/aws";
import { checkImageRepository } from "@/lib/config/validators";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/field";

const MIRRORS = [
  {
    value: "public",
    label: "Public registries",
    hint: "public.ecr.aws for Flows and its agents, Docker Hub for the JavaScript runtime.",
  },
  {
    value: "module-ecr",
    label: "ECR mirrors created by the module",
    hint: "enable_ecr: two private repositories; install.sh copies the images in and wires them up.",
  },
  {
    value: "own",
    label: "My own registry",
    hint: "Repositories you fill yourself (README.md lists the tags to copy).",
  },
] as const;

function RepositoryNote({ repository }: { repository: string | undefined }) {
  const value = repository?.trim() ?? "";
  if (value === "" || checkImageRepository(value) !== null) return null;
  const ecr = parseEcrRepository(value);
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      {ecr
        ? `Amazon ECR in ${ecr.region}: the agent pool module gets ${ecr.arn} for pull rights and the private ECR login.`
        : "Not in Amazon ECR: the nodes and agent hosts pull without credentials, so the registry must allow anonymous pulls."}
    </p>
  );
}

export function ImageFields() {
  const { control } = useFormContext<ConfigInput>();
  const mirror = useWatch({ control, name: "network.egress.mirror" });
  const agentRepository = useWatch({ control, name: "network.egress.agentImageRepository" });
  const backendRepository = useWatch({ control, name: "network.egress.backendImageRepository" });
  const agents = useWatch({ control, name: "basics.agents" });
  const runtimeImage = useWatch({ control, name: "network.egress.runtimeImage" })?.trim() ?? "";
  const chosen = MIRRORS.find((m) => m.value === (mirror ?? "public"))?.label ?? "";
  return (
    <Fold
      testId="image-details"
      initiallyOpen={(mirror ?? "public") !== "public" || runtimeImage !== ""}
      summary={
        <>
          <span className="font-medium">Container images</span>
          <span className="text-slate-600 dark:text-slate-400">
            : {chosen.toLowerCase()}
            {(agents?.ec2 ?? true) && `, runtime image ${runtimeImage || "node:24-alpine"}`}
          </span>
        </>
      }
    >
      <RadioGroup
        name="network.egress.mirror"
        legend="Container images"
        hint="Mirrors keep image pulls inside AWS or your network when egress is restricted."
        options={MIRRORS}
      />
      {mirror === "own" && (
        <div className="space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
          <TextField
            name="network.egress.backendImageRepository"
            label="Backend image mirror"
            hint="Replaces public.ecr.aws/w5z2f6e8/spacelift-flows-backend (global.image.repository), tag latest; leave empty to keep it."
            placeholder="123456789012.dkr.ecr.eu-central-1.amazonaws.com/spacelift-flows-backend"
            monospace
          >
            <RepositoryNote repository={backendRepository} />
          </TextField>
          <TextField
            name="network.egress.agentImageRepository"
            label="Agent image mirror"
            hint={`Replaces public.ecr.aws/w5z2f6e8/spacelift-flows-agent (ecr_repository_url, image.repository), tag agent-latest${agents?.kubernetes ? " and k8s-js-executor-latest for the executor pods" : ""}; leave empty to keep it.`}
            placeholder="123456789012.dkr.ecr.eu-central-1.amazonaws.com/spacelift-flows-agent"
            monospace
          >
            <RepositoryNote repository={agentRepository} />
          </TextField>
        </div>
      )}
      {(agents?.ec2 ?? true) && (
        <TextField
          name="network.egress.runtimeImage"
          label="JavaScript runtime image (EC2 agents)"
          hint="Replaces node:24-alpine from Docker Hub (flows_docker_runtime_image), pulled by each agent host's Docker without the proxy. Agents in Kubernetes run the executor image instead. Leave empty to keep it."
          placeholder="registry.example.com/node:24-alpine"
          monospace
        />
      )}
    </Fold>
  );
}
