// helm/values.yaml for the spacelift-flows chart.
import type { Config } from "../config/schema";
import { exposesGateway, imagePlan, proxyPlan } from "../config/derive";
import { toYaml } from "../format/yaml";
import { proxyEnv } from "./proxy-env";
import type { GeneratedFile } from "./types";

export const INGRESS_CLASS = "spacelift-flows";
export const SCHEME_ANNOTATION = "alb.ingress.kubernetes.io/scheme";

/** The values the wizard sets, as a plain object (also what a merge into an existing file applies). */
export function helmValues(config: Config): Record<string, unknown> {
  const plan = proxyPlan(config);
  const values: Record<string, unknown> = { appDomain: config.basics.appDomain };
  // The user's own mirror; ECR mirrors made by the module are only known after `tofu apply`, so
  // install.sh passes them with --set-string.
  const images = imagePlan(config);
  if (
    images.mirror === "own" &&
    "literal" in images.backend &&
    config.network.egress.backendImageRepository !== ""
  )
    values.global = { image: { repository: images.backend.literal } };
  values.ingress = {
    enabled: true,
    className: INGRESS_CLASS,
    // The chart's own ALB example; annotation values are strings, numbers quoted.
    annotations: {
      "alb.ingress.kubernetes.io/healthcheck-port": "8080",
      "alb.ingress.kubernetes.io/healthcheck-path": "/health",
      "alb.ingress.kubernetes.io/healthcheck-interval-seconds": "10",
      [SCHEME_ANNOTATION]: config.network.ingressScheme,
    },
    exposeGateway: exposesGateway(config),
  };
  for (const component of ["server", "worker", "gateway"] as const) {
    if (plan?.components.includes(component))
      values[component] = { extraEnv: proxyEnv(plan, plan.noProxy) };
  }
  return values;
}

export function helmValuesFile(config: Config): GeneratedFile {
  return {
    path: "helm/values.yaml",
    language: "yaml",
    description: "Values for the spacelift-flows Helm chart: ingress scheme, proxy variables.",
    contents: toYaml(
      helmValues(config),
      " Values for the spacelift-flows chart (helm upgrade --install … -f helm/values.yaml).",
    ),
  };
}
