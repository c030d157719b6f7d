// The GitOps hand-off (issue 27): what install.sh does with helm and kubectl becomes files for a
// Git repository, applied by Argo CD or Flux. Decided here once: which releases, with which chart,
// version, namespace and values (exactly plan.chartValues, what install.sh passes with -f), which
// values come from the cluster instead of Git (mirrors the module creates), and where the proxy
// URLs live (AWS Secrets Manager, read into the proxy Secret by the External Secrets Operator).
import type { GitopsTool } from "../config/schema";
import { CHARTS } from "../upstream/charts";
import type { ChartValues } from "./chart-values";
import type { PlanDecisions } from "./decisions";
import { AGENT_RELEASE, HELM_REPO_URL } from "./names";

/** The folder of the bundle the Git repository gets, and its parts. */
export const GITOPS_DIR = "gitops";
/** What the GitOps tool applies: the releases, the proxy secret's store, the ingress class. */
export const GITOPS_APPS_DIR = `${GITOPS_DIR}/apps`;
/** install.sh writes the main module's ingress manifest here (it exists only after tofu apply). */
export const GITOPS_INGRESS_FILE = `${GITOPS_APPS_DIR}/ingress-class.yaml`;
/** install.sh writes the module-made ECR mirrors' addresses here (Flux reads them as values). */
export const GITOPS_MIRRORS_FILE = `${GITOPS_APPS_DIR}/image-mirrors.yaml`;
/** The Flux HelmRepository (and the `helm repo add` name install.sh uses). */
export const HELM_REPOSITORY_NAME = "spacelift";

/** A value the chart gets from a ConfigMap install.sh writes, as install.sh's --set-string. */
export interface ClusterValue {
  /** Key in the ConfigMap. */
  key: string;
  /** Dot path in the chart's values. */
  targetPath: string;
  /** install.sh's shell variable that holds it. */
  variable: string;
}

export interface GitopsRelease {
  chartKey: keyof ChartValues;
  releaseName: string;
  chart: string;
  version: string;
  namespace: string;
  /** Values from the module-made mirrors, known only after `tofu apply`. */
  clusterValues: ClusterValue[];
  /** Argo CD sync wave: the proxy Secret first, then Flows, then its agents. */
  syncWave: number;
}

/** The file of the bundle that holds a release's Application, or its HelmRelease. */
export function releaseFile(release: Pick<GitopsRelease, "releaseName">): string {
  return `${GITOPS_APPS_DIR}/${release.releaseName}.yaml`;
}

export interface GitopsPlan {
  tool: Exclude<GitopsTool, "none">;
  helmRepositoryUrl: string;
  releases: GitopsRelease[];
  /** The ConfigMap holding the module-made mirrors' addresses, or null without them. */
  mirrorsConfigMap: string | null;
  /** The proxy URLs in AWS Secrets Manager, or null when the pods read no proxy Secret. */
  proxySecret: {
    /** The Secrets Manager secret: JSON {"HTTP_PROXY": url, "HTTPS_PROXY": url}. */
    secretsManagerName: string;
    region: string;
    /** The Kubernetes Secret the charts' secretKeyRef names (proxy.secretName). */
    kubernetesSecret: string;
    /** The SecretStore the ExternalSecret reads through. */
    storeName: string;
    keys: readonly ["HTTP_PROXY", "HTTPS_PROXY"];
  } | null;
  /** Argo CD sync waves of the proxy Secret's store and of the ExternalSecret. */
  secretWaves: { store: number; externalSecret: number };
}

type GitopsInputs = Pick<PlanDecisions, "config" | "proxy" | "images" | "versions">;

/** The GitOps hand-off, or null when install.sh installs the Helm releases. */
export function gitopsPlan({ config, proxy, images, versions }: GitopsInputs): GitopsPlan | null {
  const tool = config.gitops.tool;
  if (tool === "none") return null;
  const { namespace, releaseName } = config.basics;
  const fromMirror = images.mirror === "module-ecr";
  const releases: GitopsRelease[] = [
    {
      chartKey: "flows",
      releaseName,
      chart: CHARTS.flows.name,
      version: versions.flowsChart,
      namespace,
      clusterValues: fromMirror
        ? [
            {
              key: "backend",
              targetPath: "global.image.repository",
              variable: "BACKEND_REPOSITORY",
            },
          ]
        : [],
      syncWave: 0,
    },
  ];
  if (config.basics.agents.kubernetes)
    releases.push({
      chartKey: "agent",
      releaseName: AGENT_RELEASE,
      chart: CHARTS.agent.name,
      version: versions.agentChart,
      namespace,
      clusterValues: fromMirror
        ? [
            { key: "agent", targetPath: "image.repository", variable: "AGENT_REPOSITORY" },
            {
              key: "agent",
              targetPath: "jsExecutorImage.repository",
              variable: "AGENT_REPOSITORY",
            },
          ]
        : [],
      syncWave: 1,
    });
  return {
    tool,
    helmRepositoryUrl: HELM_REPO_URL,
    releases,
    mirrorsConfigMap: fromMirror ? `${releaseName}-image-mirrors` : null,
    proxySecret: proxy?.useSecret
      ? {
          // Secrets Manager names allow letters, digits and /_+=.@-: namespace and Secret name are
          // DNS labels, so the name is always valid.
          secretsManagerName: `spacelift-flows/${namespace}/${proxy.secretName}`,
          region: config.basics.awsRegion,
          kubernetesSecret: proxy.secretName,
          storeName: `${releaseName}-aws-secrets-manager`,
          keys: ["HTTP_PROXY", "HTTPS_PROXY"],
        }
      : null,
    secretWaves: { store: -2, externalSecret: -1 },
  };
}
