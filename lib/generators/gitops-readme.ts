// gitops/README.md: where each gitops/ file goes, in what order, and why the values, the ingress
// class and the proxy password reach the cluster the way they do.
import type { InstallPlan } from "../plan/install-plan";
import {
  GITOPS_APPS_DIR,
  GITOPS_DIR,
  GITOPS_INGRESS_FILE,
  GITOPS_MIRRORS_FILE,
} from "../plan/gitops";
import {
  ARGOCD_APPLICATION,
  ARGOCD_APP_HEALTH_NOTE,
  ARGOCD_SYNC_WAVE,
  EXTERNAL_SECRET,
  FLUX_HELM_RELEASE,
  FLUX_HELM_REPOSITORY,
  SECRET_STORE,
  SECRETS_MANAGER_READ_ACTIONS,
} from "../upstream/gitops";
import type { GeneratedFile } from "./types";

const fence = (lines: readonly string[]) => ["```bash", ...lines, "```"];

function stepNumber(plan: InstallPlan, title: string): number {
  return plan.commands.steps.findIndex((s) => s.title === title) + 1;
}

function proxySection(plan: InstallPlan): string[] {
  const secret = plan.gitops?.proxySecret;
  if (!secret) return [];
  const arn = `arn:aws:secretsmanager:${secret.region}:ACCOUNT_ID:secret:${secret.secretsManagerName}-??????`;
  const stored = plan.commands.steps.filter(
    (s) => s.title === "Proxy credentials" || s.title === "Proxy URLs in AWS Secrets Manager",
  );
  return [
    "## The proxy password: AWS Secrets Manager, never Git",
    "",
    `The proxy URLs carry a password, so the pods read HTTP_PROXY and HTTPS_PROXY from the Secret \`${secret.kubernetesSecret}\` (secretKeyRef in the values). With GitOps nothing in Git holds it:`,
    "",
    `- Secrets Manager stores the whole URLs, percent-encoded, as JSON \`{"HTTP_PROXY": "…", "HTTPS_PROXY": "…"}\` in the secret \`${secret.secretsManagerName}\` (region ${secret.region}). Whole URLs, not the password alone: the Secret must hold full URLs, and ExternalSecret templating would have to percent-encode the password for the URL's userinfo, which Go's \`urlquery\` does not do right (a space becomes \`+\`).`,
    `- \`${GITOPS_APPS_DIR}/proxy-secret.yaml\`: a ${SECRET_STORE.kind} (\`${SECRET_STORE.apiVersion}\`, provider aws, service SecretsManager) and an ${EXTERNAL_SECRET.kind} that copies the two properties into the Secret \`${secret.kubernetesSecret}\`, refreshed hourly. The values never carry the URLs, so Flux needs no \`valuesFrom\` Secret and Helm's release history holds no password.`,
    "",
    `install.sh (step ${stepNumber(plan, "Proxy URLs in AWS Secrets Manager")}) stores them: it asks for the password (\`read -r -s\`, or FLOWS_PROXY_PASSWORD), percent-encodes it and pipes the JSON with \`printf\` (a shell builtin) into \`aws secretsmanager create-secret\` (or \`put-secret-value\`) with \`--secret-string file:///dev/stdin\`: the password is never in a program's arguments. By hand, the same lines:`,
    "",
    ...fence([
      `AWS_REGION=${secret.region}`,
      ...stored.flatMap((s) => s.commands).filter((line) => !line.startsWith("  if [ ! -t 0 ]")),
    ]),
    "",
    "### The IAM the External Secrets controller needs",
    "",
    `The ${SECRET_STORE.kind} has no \`auth\` block: the controller's own credentials read the secret ("Controller's Pod Identity" in the provider's docs). Give the controller's service account a role with this policy, through EKS Pod Identity (\`aws eks create-pod-identity-association --cluster-name CLUSTER --namespace external-secrets --service-account external-secrets --role-arn ROLE_ARN\`; EKS Auto Mode runs the Pod Identity agent) or IRSA (the annotation \`eks.amazonaws.com/role-arn\` on that service account):`,
    "",
    "```json",
    JSON.stringify(
      {
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: [...SECRETS_MANAGER_READ_ACTIONS], Resource: arn }],
      },
      null,
      2,
    ),
    "```",
    "",
    `\`${SECRETS_MANAGER_READ_ACTIONS[0]}\` is the one that reads; the others are what the provider's docs grant beside it. The \`-??????\` matches the six characters Secrets Manager appends to the name; install.sh prints the full ARN. The EC2 agents' proxy stays in Terraform (TF_VAR_agent_http_proxy, asked by install.sh).`,
    "",
  ];
}

function orderSection(plan: InstallPlan): string[] {
  const gitops = plan.gitops!;
  const argo = gitops.tool === "argocd";
  const lines = [
    "## In order",
    "",
    `1. Install ${argo ? "Argo CD" : "Flux"}${gitops.proxySecret ? " and the External Secrets Operator (a release that serves `external-secrets.io/v1`; these files were checked against v2.9.0's CRDs)" : ""} in the cluster once it exists.`,
    `2. Run \`./install.sh\`: OpenTofu, the cluster's kubeconfig, the Secrets OpenTofu makes (applied with kubectl, never in Git), then it writes \`${GITOPS_INGRESS_FILE}\` from \`tofu output -raw ${plan.ingressManifest}\`${gitops.mirrorsConfigMap && !argo ? ` and \`${GITOPS_MIRRORS_FILE}\` (the ECR mirrors' addresses, read by the HelmReleases' valuesFrom)` : ""}${gitops.proxySecret ? " and stores the proxy URLs in AWS Secrets Manager" : ""}. It runs no helm.`,
  ];
  if (gitops.proxySecret)
    lines.push("3. Give the External Secrets controller the IAM below (Pod Identity or IRSA).");
  lines.push(
    `${lines.length - 1}. Copy \`${GITOPS_APPS_DIR}/\`${argo ? ` and \`${GITOPS_DIR}/argocd-root.yaml\`` : ""} into your Git repository, commit and push.`,
  );
  if (argo)
    lines.push(
      `${lines.length - 1}. Set \`repoURL\` in \`${GITOPS_DIR}/argocd-root.yaml\` to that repository, then \`kubectl apply -f ${GITOPS_DIR}/argocd-root.yaml\`. Argo CD applies \`${GITOPS_APPS_DIR}/\` in sync waves (\`${ARGOCD_SYNC_WAVE}\`): the SecretStore (${gitops.secretWaves.store}), the ExternalSecret (${gitops.secretWaves.externalSecret}), ${gitops.releases.map((r) => `${r.releaseName} (${r.syncWave})`).join(", ")}. Waves between Applications order their creation only, unless argocd-cm restores the Application health check (Argo CD's ${ARGOCD_APP_HEALTH_NOTE}).`,
    );
  else
    lines.push(
      `${lines.length - 1}. Point a Flux Kustomization at the folder, e.g. \`flux create kustomization spacelift-flows --source=GitRepository/flux-system --path=./${GITOPS_APPS_DIR} --prune=true --interval=10m\`. A pod that starts before the proxy Secret exists waits for it (the secretKeyRef) and starts when the ExternalSecret has made it.`,
    );
  if (argo && gitops.mirrorsConfigMap)
    lines.push(
      "",
      "The ECR mirrors the module creates are known only after `tofu apply`, and Argo CD has no `valuesFrom`: install.sh prints their addresses; add them to the Applications' `valuesObject` (the paths it names) before you commit.",
    );
  return [...lines, ""];
}

export function gitopsReadmeFile(
  plan: InstallPlan,
  files: readonly GeneratedFile[],
): GeneratedFile | null {
  const gitops = plan.gitops;
  if (!gitops) return null;
  const argo = gitops.tool === "argocd";
  const tool = argo ? "Argo CD" : "Flux";
  const kinds = argo ? [ARGOCD_APPLICATION] : [FLUX_HELM_REPOSITORY, FLUX_HELM_RELEASE];
  const ours = files.filter((f) => f.path.startsWith(`${GITOPS_DIR}/`));
  const contents = [
    `# Spacelift Flows with ${tool}`,
    "",
    `${tool} installs the Helm releases that install.sh would install with helm, from your Git repository. Terraform stays as it is: install.sh still runs OpenTofu.`,
    "",
    ...orderSection(plan),
    "## The files",
    "",
    "| file | what it is |",
    "| --- | --- |",
    ...ours.map((f) => `| \`${f.path}\` | ${f.description.replace(/\|/g, "\\|")} |`),
    `| \`${GITOPS_INGRESS_FILE}\` | Written by install.sh: the ingress class (\`tofu output -raw ${plan.ingressManifest}\`). |`,
    ...(gitops.mirrorsConfigMap && !argo
      ? [
          `| \`${GITOPS_MIRRORS_FILE}\` | Written by install.sh: ConfigMap \`${gitops.mirrorsConfigMap}\` with the ECR mirrors' addresses. |`,
        ]
      : []),
    "",
    "## The values",
    "",
    argo
      ? "Inline, as `helm.valuesObject` in each Application: the exact values install.sh passes with `-f helm/…values.yaml`, in one self-contained file per release that needs no second source (a values file from your repository would need a multi-source Application)."
      : "Inline, as `spec.values` in each HelmRelease: the exact values install.sh passes with `-f helm/…values.yaml`.",
    "",
    `Versions are pinned: ${gitops.releases.map((r) => `${r.chart} ${r.version}`).join(", ")} from ${gitops.helmRepositoryUrl}. The API versions used (${kinds.map((k) => `${k.kind} \`${k.apiVersion}\``).join(", ")}${gitops.proxySecret ? `, ${SECRET_STORE.kind} and ${EXTERNAL_SECRET.kind} \`${EXTERNAL_SECRET.apiVersion}\`` : ""}) were validated against the CRDs of ${kinds.map((k) => `${k.crd.repo} ${k.crd.tag}`).join(", ")}${gitops.proxySecret ? `, ${EXTERNAL_SECRET.crd.repo} ${EXTERNAL_SECRET.crd.tag}` : ""}.`,
    "",
    ...proxySection(plan),
  ].join("\n");
  return {
    path: `${GITOPS_DIR}/README.md`,
    language: "markdown",
    description: `What goes into your Git repository for ${tool}, where, and in what order.`,
    contents,
  };
}
