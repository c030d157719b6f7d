// install.sh's steps after the cluster exists, when Argo CD or Flux installs the Helm releases:
// the Secrets OpenTofu makes go to the cluster with kubectl (never into Git), the ingress class
// manifest is written into gitops/apps/ for the user to commit, and the proxy URLs go to AWS
// Secrets Manager, where the External Secrets Operator reads them.
import { shellQuote } from "../format/shell";
import type { PlanDecisions } from "./decisions";
import {
  GITOPS_APPS_DIR,
  GITOPS_INGRESS_FILE,
  GITOPS_MIRRORS_FILE,
  releaseFile,
  type GitopsPlan,
} from "./gitops";

const tofuOutput = (name: string) => `tofu -chdir=terraform output -raw ${name}`;

type GitopsStepInputs = Pick<PlanDecisions, "config" | "ingressManifest"> & { gitops: GitopsPlan };

interface Step {
  title: string;
  why: string;
  commands: string[];
}

function secretsStep({ config }: GitopsStepInputs): Step {
  const commands: string[] = [];
  if (config.basics.namespace !== "default")
    commands.push(
      `kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f -`,
    );
  commands.push(`${tofuOutput("config_secret_manifest")} | kubectl apply -f -`);
  if (config.basics.agents.kubernetes)
    commands.push(`${tofuOutput("agent_pool_secret_manifest")} | kubectl apply -f -`);
  return {
    title: "Kubernetes Secrets",
    why: "The config Secret (and the agent pool's) hold credentials: kubectl applies them from OpenTofu's outputs, and they never go into Git.",
    commands,
  };
}

function filesStep({ gitops, ingressManifest, config }: GitopsStepInputs): Step {
  const commands = [
    `mkdir -p ${GITOPS_APPS_DIR}`,
    `${tofuOutput(ingressManifest)} > ${GITOPS_INGRESS_FILE}`,
  ];
  const clusterValues = gitops.releases.flatMap((r) => r.clusterValues);
  if (gitops.mirrorsConfigMap && gitops.tool === "flux") {
    const literals = [...new Map(clusterValues.map((v) => [v.key, v.variable]))].map(
      ([key, variable]) => `--from-literal=${key}="$${variable}"`,
    );
    commands.push(
      `kubectl create configmap ${shellQuote(gitops.mirrorsConfigMap)} -n "$NAMESPACE" ${literals.join(" ")} \\`,
      `  --dry-run=client -o yaml > ${GITOPS_MIRRORS_FILE}`,
    );
  } else if (gitops.mirrorsConfigMap) {
    // Argo CD has no valuesFrom: the addresses go into the Applications' valuesObject by hand.
    for (const release of gitops.releases)
      for (const value of release.clusterValues)
        commands.push(
          `echo "Set ${value.targetPath}: $${value.variable} in the valuesObject of ${releaseFile(release)}"`,
        );
  }
  return {
    title: "Files for Git",
    why:
      `The ingress class manifest (${ingressManifest}) exists only after tofu apply: it is written to ${GITOPS_INGRESS_FILE} for you to commit.` +
      (gitops.mirrorsConfigMap ? " So are the addresses of the ECR mirrors the module made." : "") +
      (config.network.ingressScheme === "internal"
        ? " It is the internal one (scheme: internal)."
        : ""),
    commands,
  };
}

function secretsManagerStep(proxySecret: NonNullable<GitopsPlan["proxySecret"]>): Step {
  // The URLs are percent-encoded (proxyUrlLines), so they hold no quote or backslash and go into
  // JSON as they are. printf is a shell builtin and the AWS CLI reads the value from its standard
  // input (file:///dev/stdin): the password is never in any program's arguments.
  const json = `printf '{"HTTP_PROXY":"%s","HTTPS_PROXY":"%s"}' "$HTTP_PROXY_URL" "$HTTPS_PROXY_URL"`;
  return {
    title: "Proxy URLs in AWS Secrets Manager",
    why: `The External Secrets Operator reads them into the Secret ${proxySecret.kubernetesSecret}; Git never holds the password.`,
    commands: [
      `PROXY_SECRET_ID=${shellQuote(proxySecret.secretsManagerName)}`,
      'if aws secretsmanager describe-secret --secret-id "$PROXY_SECRET_ID" --region "$AWS_REGION" >/dev/null 2>&1; then',
      `  ${json} |`,
      '    aws secretsmanager put-secret-value --secret-id "$PROXY_SECRET_ID" --region "$AWS_REGION" --secret-string file:///dev/stdin >/dev/null',
      "else",
      `  ${json} |`,
      '    aws secretsmanager create-secret --name "$PROXY_SECRET_ID" --region "$AWS_REGION" --secret-string file:///dev/stdin >/dev/null',
      "fi",
      'echo "Grant the External Secrets controller secretsmanager:GetSecretValue on: $(aws secretsmanager describe-secret --secret-id "$PROXY_SECRET_ID" --region "$AWS_REGION" --query ARN --output text)"',
    ],
  };
}

/** The steps that replace install.sh's kubectl and helm steps when a GitOps tool installs. */
export function gitopsSteps(inputs: GitopsStepInputs): Step[] {
  const steps = [secretsStep(inputs), filesStep(inputs)];
  if (inputs.gitops.proxySecret) steps.push(secretsManagerStep(inputs.gitops.proxySecret));
  const tool = inputs.gitops.tool === "argocd" ? "Argo CD" : "Flux";
  steps.push({
    title: `Hand over to ${tool}`,
    why: `${tool} installs the Helm releases from your Git repository: gitops/README.md says what goes where.`,
    commands: [
      `echo ${shellQuote(`Commit ${GITOPS_APPS_DIR}/ to your Git repository and push; then follow gitops/README.md.`)}`,
    ],
  });
  return steps;
}
