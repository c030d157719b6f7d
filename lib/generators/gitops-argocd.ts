// gitops/argocd-root.yaml and gitops/apps/*.yaml for Argo CD: an Application per chart (the Helm
// repository, chart, pinned version, release name, namespace and the values install.sh would pass
// with -f, inline as helm.valuesObject), and the root Application that applies gitops/apps/.
import type { InstallPlan } from "../plan/install-plan";
import { GITOPS_APPS_DIR, GITOPS_DIR, releaseFile } from "../plan/gitops";
import {
  ARGOCD_APPLICATION,
  ARGOCD_IN_CLUSTER,
  ARGOCD_NAMESPACE,
  ARGOCD_SYNC_WAVE,
} from "../upstream/gitops";
import { releaseValues } from "./parts/gitops-values";
import { manifestsYaml } from "./parts/manifests";
import type { GeneratedFile } from "./types";

/** The root Application's source: the user's repository, which the wizard cannot know. */
export const ARGOCD_REPO_PLACEHOLDER =
  "https://git.example.invalid/REPLACE-WITH-YOUR-REPOSITORY.git";

export function gitopsArgocdFiles(plan: InstallPlan): GeneratedFile[] {
  const gitops = plan.gitops;
  if (gitops?.tool !== "argocd") return [];
  const { namespace, releaseName } = plan.config.basics;
  const automated = { automated: { prune: true, selfHeal: true } };
  const root = {
    apiVersion: ARGOCD_APPLICATION.apiVersion,
    kind: ARGOCD_APPLICATION.kind,
    metadata: { name: `${releaseName}-gitops`, namespace: ARGOCD_NAMESPACE },
    spec: {
      project: "default",
      source: {
        repoURL: ARGOCD_REPO_PLACEHOLDER,
        targetRevision: "HEAD",
        path: GITOPS_APPS_DIR,
        directory: { recurse: true },
      },
      destination: { server: ARGOCD_IN_CLUSTER, namespace },
      syncPolicy: automated,
    },
  };
  const files: GeneratedFile[] = [
    {
      path: `${GITOPS_DIR}/argocd-root.yaml`,
      language: "yaml",
      description:
        "Argo CD root Application: applies gitops/apps/ from your Git repository (set repoURL).",
      contents: manifestsYaml(
        ` Argo CD root Application: applies ${GITOPS_APPS_DIR}/ in sync waves (proxy Secret, Flows, agents).\n Set repoURL to your Git repository, then: kubectl apply -f ${GITOPS_DIR}/argocd-root.yaml`,
        [root],
      ),
    },
  ];
  for (const release of gitops.releases) {
    const application = {
      apiVersion: ARGOCD_APPLICATION.apiVersion,
      kind: ARGOCD_APPLICATION.kind,
      metadata: {
        name: release.releaseName,
        namespace: ARGOCD_NAMESPACE,
        annotations: { [ARGOCD_SYNC_WAVE]: String(release.syncWave) },
      },
      spec: {
        project: "default",
        source: {
          repoURL: gitops.helmRepositoryUrl,
          chart: release.chart,
          targetRevision: release.version,
          helm: { releaseName: release.releaseName, valuesObject: releaseValues(plan, release) },
        },
        destination: { server: ARGOCD_IN_CLUSTER, namespace: release.namespace },
        syncPolicy: automated,
      },
    };
    files.push({
      path: releaseFile(release),
      language: "yaml",
      description: `Argo CD Application ${release.releaseName}: chart ${release.chart} ${release.version} with the wizard's values.`,
      contents: manifestsYaml(
        ` Argo CD Application: chart ${release.chart} ${release.version}, the values install.sh would pass with -f (inline).`,
        [application],
      ),
    });
  }
  return files;
}
