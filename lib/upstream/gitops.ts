// Facts about the GitOps tools a bundle can hand the Helm releases to: Argo CD, Flux and the
// External Secrets Operator. Every apiVersion, kind and field path the gitops/ files use is listed
// here with the CRD file and commit it was read from (git show TAG:PATH in the projects' own
// repositories, read on 2026-11-26). lib/upstream/testing/crd-schemas holds each CRD's
// openAPIV3Schema at that commit (scripts/extract-crd-schema.ts), and the tests validate every
// generated manifest against it.

export interface CrdSource {
  repo: string;
  tag: string;
  commit: string;
  /** The CustomResourceDefinition file in that repository. */
  path: string;
}

export interface GitopsKind {
  apiVersion: string;
  kind: string;
  crd: CrdSource;
  /** Every field path (dot notation, `[]` for list items) the generated manifests set. */
  fields: readonly string[];
  /** The project's own documentation of the fields. */
  docs: string;
}

const ARGO_CD: Omit<CrdSource, "path"> = {
  repo: "argoproj/argo-cd",
  tag: "v3.5.1",
  commit: "109ca7ca71139e514114499d294a492e7910a965",
};
const HELM_CONTROLLER: Omit<CrdSource, "path"> = {
  repo: "fluxcd/helm-controller",
  tag: "v1.6.3",
  commit: "372c34e2b4a455d24ef6cbb8321c82c4533dbbd8",
};
const SOURCE_CONTROLLER: Omit<CrdSource, "path"> = {
  repo: "fluxcd/source-controller",
  tag: "v1.9.1",
  commit: "092bcff3c9c3f258a44310507201d295ff294ba6",
};
const EXTERNAL_SECRETS: Omit<CrdSource, "path"> = {
  repo: "external-secrets/external-secrets",
  tag: "v2.9.0",
  commit: "378bdb622ed9712ef4a58370f6a17af033b7d343",
};

export const ARGOCD_APPLICATION: GitopsKind = {
  apiVersion: "argoproj.io/v1alpha1",
  kind: "Application",
  crd: { ...ARGO_CD, path: "manifests/crds/application-crd.yaml" },
  fields: [
    "metadata.name",
    "metadata.namespace",
    "metadata.annotations",
    "spec.project",
    "spec.source.repoURL",
    "spec.source.chart",
    "spec.source.targetRevision",
    "spec.source.helm.releaseName",
    "spec.source.helm.valuesObject",
    "spec.source.path",
    "spec.source.directory.recurse",
    "spec.destination.server",
    "spec.destination.namespace",
    "spec.syncPolicy.automated.prune",
    "spec.syncPolicy.automated.selfHeal",
  ],
  docs: "https://argo-cd.readthedocs.io/en/stable/user-guide/helm/ (docs/user-guide/helm.md, sync-options.md, sync-waves.md at v3.5.1)",
};

/** Argo CD applies lower waves first (docs/user-guide/sync-waves.md); the value is a string. */
export const ARGOCD_SYNC_WAVE = "argocd.argoproj.io/sync-wave";
/** Where Argo CD runs and the in-cluster destination (docs/operator-manual/declarative-setup.md). */
export const ARGOCD_NAMESPACE = "argocd";
export const ARGOCD_IN_CLUSTER = "https://kubernetes.default.svc";
/**
 * Since Argo CD 1.8 an Application's health is not assessed by its parent, so sync waves between
 * child Applications order their creation only, unless argocd-cm restores the check
 * (docs/operator-manual/health.md, "Argo CD App").
 */
export const ARGOCD_APP_HEALTH_NOTE = "docs/operator-manual/health.md";

export const FLUX_HELM_REPOSITORY: GitopsKind = {
  apiVersion: "source.toolkit.fluxcd.io/v1",
  kind: "HelmRepository",
  crd: {
    ...SOURCE_CONTROLLER,
    path: "config/crd/bases/source.toolkit.fluxcd.io_helmrepositories.yaml",
  },
  fields: ["metadata.name", "metadata.namespace", "spec.url", "spec.interval"],
  docs: "https://fluxcd.io/flux/components/source/helmrepositories/ (docs/spec/v1/helmrepositories.md at v1.9.1)",
};

export const FLUX_HELM_RELEASE: GitopsKind = {
  apiVersion: "helm.toolkit.fluxcd.io/v2",
  kind: "HelmRelease",
  crd: { ...HELM_CONTROLLER, path: "config/crd/bases/helm.toolkit.fluxcd.io_helmreleases.yaml" },
  fields: [
    "metadata.name",
    "metadata.namespace",
    "spec.interval",
    "spec.releaseName",
    "spec.chart.spec.chart",
    "spec.chart.spec.version",
    "spec.chart.spec.sourceRef.kind",
    "spec.chart.spec.sourceRef.name",
    "spec.values",
    "spec.valuesFrom[].kind",
    "spec.valuesFrom[].name",
    "spec.valuesFrom[].valuesKey",
    "spec.valuesFrom[].targetPath",
  ],
  docs: "https://fluxcd.io/flux/components/helm/helmreleases/ (docs/spec/v2/helmreleases.md at v1.6.3)",
};

export const EXTERNAL_SECRET: GitopsKind = {
  apiVersion: "external-secrets.io/v1",
  kind: "ExternalSecret",
  crd: { ...EXTERNAL_SECRETS, path: "config/crds/bases/external-secrets.io_externalsecrets.yaml" },
  fields: [
    "metadata.name",
    "metadata.namespace",
    "metadata.annotations",
    "spec.refreshInterval",
    "spec.secretStoreRef.kind",
    "spec.secretStoreRef.name",
    "spec.target.name",
    "spec.target.creationPolicy",
    "spec.data[].secretKey",
    "spec.data[].remoteRef.key",
    "spec.data[].remoteRef.property",
  ],
  docs: "https://external-secrets.io/latest/api/externalsecret/ (docs/api/externalsecret.md at v2.9.0)",
};

export const SECRET_STORE: GitopsKind = {
  apiVersion: "external-secrets.io/v1",
  kind: "SecretStore",
  crd: { ...EXTERNAL_SECRETS, path: "config/crds/bases/external-secrets.io_secretstores.yaml" },
  fields: [
    "metadata.name",
    "metadata.namespace",
    "metadata.annotations",
    "spec.provider.aws.service",
    "spec.provider.aws.region",
  ],
  // "Controller's Pod Identity": no auth block, the controller's own credentials (IRSA or EKS
  // Pod Identity on its service account) make the calls.
  docs: "https://external-secrets.io/latest/provider/aws-access/ (docs/provider/aws-access.md at v2.9.0)",
};

/**
 * The IAM actions the provider's docs grant the controller on its secrets
 * (docs/provider/aws-secrets-manager.md at v2.9.0); GetSecretValue is the one that reads.
 */
export const SECRETS_MANAGER_READ_ACTIONS = [
  "secretsmanager:GetSecretValue",
  "secretsmanager:DescribeSecret",
  "secretsmanager:GetResourcePolicy",
  "secretsmanager:ListSecretVersionIds",
] as const;

/** Every kind the gitops/ files hold, for the tests. */
export const GITOPS_KINDS = [
  ARGOCD_APPLICATION,
  FLUX_HELM_REPOSITORY,
  FLUX_HELM_RELEASE,
  EXTERNAL_SECRET,
  SECRET_STORE,
] as const;
