// The two Helm charts as the generated values files use them: the value paths the wizard sets,
// with their types and the chart version that introduced them. Facts only, read from each
// chart's values.yaml and templates/ at HELM_CHARTS.readAt (lib/upstream/sources.ts).

export type ValueType = "string" | "bool" | "number" | "map" | "envList";

export interface ChartValue {
  type: ValueType;
  /** The chart version that first reads it (the floor a value file using it needs). */
  since: string;
}

export interface ChartContract {
  name: string;
  /** The version the wizard pins with `--version`, the newest at the commit read. */
  version: string;
  values: Readonly<Record<string, ChartValue>>;
}

const v = (type: ValueType, since = "0.1.0"): ChartValue => ({ type, since });

export const CHARTS = {
  flows: {
    name: "spacelift-flows",
    version: "0.3.0",
    values: {
      appDomain: v("string"),
      secretName: v("string"),
      "global.image.repository": v("string"),
      "global.image.tag": v("string"),
      "server.extraEnv": v("envList"),
      "worker.extraEnv": v("envList"),
      "gateway.extraEnv": v("envList"),
      "ingress.enabled": v("bool"),
      "ingress.className": v("string"),
      "ingress.annotations": v("map"),
      // templates/ingress.yaml, chart 0.2.0 (commit 309dcb1 "expose flows gateway").
      "ingress.exposeGateway": v("bool", "0.2.0"),
    },
  },
  agent: {
    name: "spacelift-flows-agent",
    version: "0.3.0",
    values: {
      "image.repository": v("string"),
      "image.tag": v("string"),
      // templates/deployment.yaml: FLOWS_KUBERNETES_IMAGE = repository:tag (k8s-js-executor-latest).
      "jsExecutorImage.repository": v("string"),
      "jsExecutorImage.tag": v("string"),
      "agent.endpoint": v("string"),
      "agent.gatewayEndpoint": v("string"),
      "agent.secretName": v("string"),
      "agent.poolSize": v("number"),
      // KUBERNETES_NAMESPACE: where executor pods go; the chart's Role exists only in the release
      // namespace (templates/rbac.yaml), default "default".
      "agent.kubernetes.namespace": v("string"),
      // chart 0.3.0 (commit e80173f "add extra env field to flows agent").
      "agent.extraEnv": v("envList", "0.3.0"),
    },
  },
} as const satisfies Record<string, ChartContract>;

/** Image tags the charts pull by default (values.yaml), which a mirror must carry too. */
export const CHART_IMAGE_TAGS = {
  backend: "latest",
  agent: "agent-latest",
  jsExecutor: "k8s-js-executor-latest",
} as const;
