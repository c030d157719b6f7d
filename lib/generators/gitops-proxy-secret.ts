// gitops/apps/proxy-secret.yaml: the SecretStore and the ExternalSecret that read the proxy URLs
// from AWS Secrets Manager into the Secret the charts' secretKeyRef names (proxy.secretName).
import type { InstallPlan } from "../plan/install-plan";
import { GITOPS_APPS_DIR } from "../plan/gitops";
import { ARGOCD_SYNC_WAVE, EXTERNAL_SECRET, SECRET_STORE } from "../upstream/gitops";
import { manifestsYaml } from "./parts/manifests";
import type { GeneratedFile } from "./types";

export function gitopsProxySecretFile(plan: InstallPlan): GeneratedFile | null {
  const gitops = plan.gitops;
  const secret = gitops?.proxySecret;
  if (!gitops || !secret) return null;
  const namespace = plan.config.basics.namespace;
  const wave = (n: number) =>
    gitops.tool === "argocd" ? { annotations: { [ARGOCD_SYNC_WAVE]: String(n) } } : {};
  const store = {
    apiVersion: SECRET_STORE.apiVersion,
    kind: SECRET_STORE.kind,
    metadata: { name: secret.storeName, namespace, ...wave(gitops.secretWaves.store) },
    // No auth block: the controller's own AWS credentials (EKS Pod Identity or IRSA on its
    // service account) read the secret; gitops/README.md names the IAM it needs.
    spec: { provider: { aws: { service: "SecretsManager", region: secret.region } } },
  };
  const externalSecret = {
    apiVersion: EXTERNAL_SECRET.apiVersion,
    kind: EXTERNAL_SECRET.kind,
    metadata: {
      name: secret.kubernetesSecret,
      namespace,
      ...wave(gitops.secretWaves.externalSecret),
    },
    spec: {
      refreshInterval: "1h",
      secretStoreRef: { kind: SECRET_STORE.kind, name: secret.storeName },
      target: { name: secret.kubernetesSecret, creationPolicy: "Owner" },
      data: secret.keys.map((key) => ({
        secretKey: key,
        remoteRef: { key: secret.secretsManagerName, property: key },
      })),
    },
  };
  return {
    path: `${GITOPS_APPS_DIR}/proxy-secret.yaml`,
    language: "yaml",
    description: `The External Secrets Operator's SecretStore and ExternalSecret: the proxy URLs from AWS Secrets Manager (${secret.secretsManagerName}) into the Secret ${secret.kubernetesSecret}.`,
    contents: manifestsYaml(
      ` The proxy URLs (with the password) live in AWS Secrets Manager, never in Git:\n install.sh stores them as ${secret.secretsManagerName}; see gitops/README.md.`,
      [store, externalSecret],
    ),
  };
}
