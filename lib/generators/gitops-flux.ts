// gitops/apps/*.yaml for Flux: a HelmRepository for the Spacelift charts and a HelmRelease per
// chart, with the pinned version and the values install.sh would pass with -f.
import type { InstallPlan } from "../plan/install-plan";
import { GITOPS_APPS_DIR, HELM_REPOSITORY_NAME, releaseFile } from "../plan/gitops";
import { FLUX_HELM_RELEASE, FLUX_HELM_REPOSITORY } from "../upstream/gitops";
import { releaseValues } from "./parts/gitops-values";
import { manifestsYaml } from "./parts/manifests";
import type { GeneratedFile } from "./types";

export function gitopsFluxFiles(plan: InstallPlan): GeneratedFile[] {
  const gitops = plan.gitops;
  if (gitops?.tool !== "flux") return [];
  const namespace = plan.config.basics.namespace;
  const repository = {
    apiVersion: FLUX_HELM_REPOSITORY.apiVersion,
    kind: FLUX_HELM_REPOSITORY.kind,
    metadata: { name: HELM_REPOSITORY_NAME, namespace },
    spec: { url: gitops.helmRepositoryUrl, interval: "1h" },
  };
  const files: GeneratedFile[] = [
    {
      path: `${GITOPS_APPS_DIR}/helm-repository.yaml`,
      language: "yaml",
      description: "Flux HelmRepository: the Spacelift Helm charts.",
      contents: manifestsYaml(" Flux: where the Spacelift charts come from.", [repository]),
    },
  ];
  for (const release of gitops.releases) {
    const valuesFrom = release.clusterValues.map((value) => ({
      kind: "ConfigMap",
      name: gitops.mirrorsConfigMap ?? "",
      valuesKey: value.key,
      targetPath: value.targetPath,
    }));
    const helmRelease = {
      apiVersion: FLUX_HELM_RELEASE.apiVersion,
      kind: FLUX_HELM_RELEASE.kind,
      metadata: { name: release.releaseName, namespace },
      spec: {
        interval: "10m",
        releaseName: release.releaseName,
        chart: {
          spec: {
            chart: release.chart,
            version: release.version,
            sourceRef: { kind: FLUX_HELM_REPOSITORY.kind, name: HELM_REPOSITORY_NAME },
          },
        },
        values: releaseValues(plan, release),
        ...(valuesFrom.length > 0 ? { valuesFrom } : {}),
      },
    };
    files.push({
      path: releaseFile(release),
      language: "yaml",
      description: `Flux HelmRelease ${release.releaseName}: chart ${release.chart} ${release.version} with the wizard's values.`,
      contents: manifestsYaml(
        ` Flux HelmRelease: chart ${release.chart} ${release.version}, the values install.sh would pass with -f.` +
          (valuesFrom.length > 0
            ? `\n valuesFrom: the ECR mirrors' addresses, which install.sh writes to ${GITOPS_APPS_DIR}/image-mirrors.yaml.`
            : ""),
        [helmRelease],
      ),
    });
  }
  return files;
}
