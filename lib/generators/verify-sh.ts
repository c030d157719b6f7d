// verify.sh: read-only checks the user runs after install.sh. Each check prints PASS, FAIL with
// a hint, or SKIP, and the exit status is 1 when anything failed. Nothing secret is written
// here: proxy URLs are compared without their credentials, and the probe pod takes its proxy
// settings from the deployment itself (so from the same Secret).
import type { InstallPlan } from "../plan/install-plan";
import { type ProxyPlan } from "../config/derive";
import { caSetCertificates } from "../certs/ca-sets";
import { shellQuote } from "../format/shell";
import { MAIN_MODULE_FACTS } from "../upstream/modules";
import { AGENT_RELEASE, INGRESS_CLASS, SCHEME_ANNOTATION } from "../plan/names";
import type { GeneratedFile } from "./types";
import { ec2AgentChecks } from "./parts/verify-sh-ec2";
import { nodePoolChecks } from "./parts/verify-sh-nodes";
import { CURL_IMAGE, defaultCurlImage, POD_SCRIPT, probeUrls } from "./parts/verify-sh-pod";
import { q, RESULT_HELPERS, resultSummary, words } from "./parts/verify-sh-words";

/** What `describe_env` prints for each proxy variable when the deployment is right. */
export function expectedProxyEnv(plan: ProxyPlan): [string, string][] {
  const url = (name: string, publicUrl: string) =>
    plan.useSecret ? `secret:${plan.secretName}/${name}` : `value:${publicUrl}`;
  return [
    ["HTTP_PROXY", url("HTTP_PROXY", plan.httpUrlPublic)],
    ["HTTPS_PROXY", url("HTTPS_PROXY", plan.httpsUrlPublic)],
    ["NO_PROXY", `value:${plan.noProxy}`],
  ];
}

const HELPERS = [
  ...RESULT_HELPERS,
  "",
  "# describe_env ENV_JSON NAME: how the variable is set, credentials left out of URLs.",
  "describe_env() {",
  '  jq -r --arg n "$2" \'first(.[] | select(.name == $n)',
  '    | if .valueFrom.secretKeyRef then "secret:\\(.valueFrom.secretKeyRef.name)/\\(.valueFrom.secretKeyRef.key)"',
  '      elif .value then "value:" + (.value | sub("^(?<s>[A-Za-z][A-Za-z0-9+.-]*://)[^@/]*@"; "\\(.s)"))',
  '      else "other" end) // "missing"\' <<<"$1"',
  "}",
  "",
  "# check_env WHAT ENV_JSON NAME EXPECTED",
  "check_env() {",
  '  local found; found=$(describe_env "$2" "$3")',
  '  if [ "$found" = "$4" ]; then pass "$1: $3 is set ($4)"',
  '  else fail "$1: $3 is $found, expected $4" "Run install.sh again, or helm upgrade with the bundle\'s values files; then kubectl rollout restart."; fi',
  "}",
];

function proxyChecks(plan: ProxyPlan): string[] {
  const expected = expectedProxyEnv(plan);
  const lines = ["", "# 1. The proxy variables reached each deployment."];
  if (plan.components.length > 0)
    lines.push(
      'DEPLOYMENTS=$(kubectl get deploy -n "$NAMESPACE" -l "app.kubernetes.io/instance=$RELEASE" -o json) || DEPLOYMENTS=\'{"items": []}\'',
    );
  for (const component of plan.components) {
    lines.push(
      `ENV_JSON=$(jq -c --arg c ${q(component)} 'first(.items[] | select(.metadata.labels["app.kubernetes.io/component"] == $c) | .spec.template.spec.containers[0].env // []) // null' <<<"$DEPLOYMENTS")`,
      'if [ "$ENV_JSON" = "null" ]; then',
      `  fail ${q(`${component}: deployment found`)} ${words(`No ${component} deployment of release `, "$RELEASE", ": check helm status.")}`,
      "else",
      ...expected.map(
        ([name, value]) => `  check_env ${q(component)} "$ENV_JSON" ${q(name)} ${q(value)}`,
      ),
      "fi",
    );
  }
  if (plan.kubernetesAgents) {
    lines.push(
      `AGENT_ENV=$(kubectl get deploy -n "$NAMESPACE" -l app.kubernetes.io/instance=${q(AGENT_RELEASE)} -o json | jq -c 'first(.items[] | .spec.template.spec.containers[0].env // []) // null') || AGENT_ENV=null`,
      'if [ "$AGENT_ENV" = "null" ]; then',
      `  fail 'agents in Kubernetes: deployment found' ${q(`No deployment labelled app.kubernetes.io/instance=${AGENT_RELEASE} (an assumption about the agent chart's labels): check helm status ${AGENT_RELEASE}.`)}`,
      "else",
      ...expected.map(
        ([name, value]) => `  check_env 'agents in Kubernetes' "$AGENT_ENV" ${q(name)} ${q(value)}`,
      ),
      "fi",
    );
  }
  if (plan.useSecret)
    lines.push(
      `if kubectl get secret ${q(plan.secretName)} -n "$NAMESPACE" -o json | jq -e '.data | has("HTTP_PROXY") and has("HTTPS_PROXY")' >/dev/null; then`,
      `  pass ${q(`Secret ${plan.secretName} holds HTTP_PROXY and HTTPS_PROXY`)}`,
      "else",
      `  fail ${q(`Secret ${plan.secretName} holds HTTP_PROXY and HTTPS_PROXY`)} 'install.sh creates it (step "Proxy Secret"): run that step again.'`,
      "fi",
    );
  return lines;
}

function ingressClassChecks(install: InstallPlan): string[] {
  const manifest = install.ingressManifest;
  const apply = `tofu output -raw ${manifest} | kubectl apply -f -`;
  const { ingressController, ingressParamsApiGroup } = MAIN_MODULE_FACTS;
  const paramsRef = `${ingressParamsApiGroup}/IngressClassParams`;
  return [
    `CLASS_JSON=$(kubectl get ingressclass ${q(INGRESS_CLASS)} -o json 2>/dev/null) || CLASS_JSON='{}'`,
    "CONTROLLER=$(jq -r '.spec.controller // empty' <<<\"$CLASS_JSON\")",
    'PARAMS_REF=$(jq -r \'.spec.parameters // {} | "\\(.apiGroup // "")/\\(.kind // "")"\' <<<"$CLASS_JSON")',
    "PARAMS=$(jq -r '.spec.parameters.name // empty' <<<\"$CLASS_JSON\")",
    'if [ -z "$CONTROLLER" ]; then',
    `  fail ${q(`ingress class ${INGRESS_CLASS} exists`)} ${q(`The main module's ${manifest} output creates it: ${apply}`)}`,
    "else",
    `  if [ "$CONTROLLER" = ${q(ingressController)} ]; then pass ${q(`ingress class ${INGRESS_CLASS} uses EKS Auto Mode's load balancing (controller ${ingressController})`)}`,
    `  else fail ${words(`ingress class ${INGRESS_CLASS} has controller `, "$CONTROLLER", `, expected ${ingressController} (EKS Auto Mode)`)} ${q(`The class must come from the main module's ${manifest} output, on a cluster with EKS Auto Mode; its controller cannot change, so delete the class, then: ${apply}`)}; fi`,
    `  if [ "$PARAMS_REF" = ${q(paramsRef)} ]; then pass ${q(`ingress class ${INGRESS_CLASS} takes its parameters from EKS Auto Mode's IngressClassParams (${ingressParamsApiGroup})`)}`,
    `  else fail ${words(`ingress class ${INGRESS_CLASS} has parameters `, "$PARAMS_REF", `, expected ${paramsRef} (EKS Auto Mode)`)} ${q(`Apply the main module's manifest again (delete the class first): ${apply}`)}; fi`,
    "fi",
  ];
}

function ingressChecks(install: InstallPlan): string[] {
  const { config } = install;
  const scheme = config.network.ingressScheme;
  const manifest = install.ingressManifest;
  return [
    "",
    "# 2. The ingress class is EKS Auto Mode's, and the ingress has the chosen scheme.",
    ...ingressClassChecks(install),
    `INGRESSES=$(kubectl get ingress -n "$NAMESPACE" -o json | jq -c --arg class ${q(INGRESS_CLASS)} '[.items[] | select(.spec.ingressClassName == $class)]') || INGRESSES='[]'`,
    `SCHEMES=$(jq -r --arg a ${q(SCHEME_ANNOTATION)} '[.[].metadata.annotations[$a] // "none"] | unique | join(",")' <<<"$INGRESSES")`,
    `if [ "$SCHEMES" = ${q(scheme)} ]; then pass ${q(`ingress annotation ${SCHEME_ANNOTATION} is ${scheme}`)}`,
    `else fail ${words(`ingress annotation ${SCHEME_ANNOTATION} is `, "${SCHEMES:-missing}", `, expected ${scheme}`)} 'Check ingress.annotations in helm/values.yaml and run helm upgrade again.'; fi`,
    'CLASS_SCHEME=""',
    `if [ -n "$PARAMS" ]; then CLASS_SCHEME=$(kubectl get ingressclassparams.${MAIN_MODULE_FACTS.ingressParamsApiGroup} "$PARAMS" -o json 2>/dev/null | jq -r '.spec.scheme // empty' || true); fi`,
    `if [ "$CLASS_SCHEME" = ${q(scheme)} ]; then pass ${q(`ingress class ${INGRESS_CLASS} uses scheme ${scheme}`)}`,
    `else fail ${words(`ingress class ${INGRESS_CLASS} uses scheme `, "${CLASS_SCHEME:-unknown}", `, expected ${scheme}`)} ${q(`Apply the ${manifest} output: tofu output -raw ${manifest} | kubectl apply -f -`)}; fi`,
    "LB_HOST=$(jq -r 'first(.[].status.loadBalancer.ingress[]?.hostname // empty) // empty' <<<\"$INGRESSES\")",
    'if [ -z "$LB_HOST" ]; then',
    `  fail 'load balancer address assigned' ${q(`EKS Auto Mode has not created the load balancer yet: kubectl describe ingress -n ${config.basics.namespace} shows its events.`)}`,
    `elif [ "\${LB_HOST#internal-}" ${scheme === "internal" ? "!=" : "="} "$LB_HOST" ]; then pass ${words("load balancer ", "$LB_HOST", ` is ${scheme}`)}`,
    `else fail ${words("load balancer ", "$LB_HOST", ` is not ${scheme}`)} 'The ALB keeps its scheme once created: delete the ingress and run helm upgrade again.'; fi`,
  ];
}

function caChecks(caValue: string): string[] {
  if (caValue === "") return [];
  return [
    "",
    "# 3. The services' CA value reached the Flows configuration (read, never printed).",
    `CA_VALUE=${q(caValue)}`,
    'if kubectl get secret spacelift-flows-secret -n "$NAMESPACE" -o json | jq -r \'.data["config.yaml"] // "" | @base64d\' | grep -qF "additionalRootCas: \\"$CA_VALUE\\""; then',
    "  pass 'config.yaml in Secret spacelift-flows-secret holds the uploaded CA certificates'",
    "else",
    "  fail 'config.yaml in Secret spacelift-flows-secret holds the uploaded CA certificates' 'Apply the config_secret_manifest output again after tofu apply, then kubectl rollout restart the deployments.'",
    "fi",
  ];
}

function probeChecks(install: InstallPlan, plan: ProxyPlan | null, pems: string): string[] {
  const component = plan?.components[0];
  const envFilter =
    'first(.items[] | select(.metadata.labels["app.kubernetes.io/component"] == $c) | .spec.template.spec.containers[0].env // []) // [] | [.[] | select(.name == "HTTPS_PROXY" or .name == "NO_PROXY")]';
  return [
    "",
    "# 4. From a pod: each destination through the proxy, and TLS with the uploaded CAs.",
    `PROBE_URLS=${q(JSON.stringify(probeUrls(install)))}`,
    `CURL_IMAGE=\${VERIFY_CURL_IMAGE:-${shellQuote(defaultCurlImage(install))}}`,
    "TLS_HOST=${VERIFY_TLS_HOST:-}",
    "case $TLS_HOST in *[!A-Za-z0-9.:\\[\\]-]*) echo 'verify.sh: VERIFY_TLS_HOST takes host[:port] only' >&2; exit 2 ;; esac",
    pems === "" ? "VERIFY_CA_PEM=''" : `VERIFY_CA_PEM=$(cat <<'PEM'\n${pems}PEM\n)`,
    component
      ? `PROXY_ENV=$(kubectl get deploy -n "$NAMESPACE" -l "app.kubernetes.io/instance=$RELEASE" -o json | jq -c --arg c ${q(component)} '${envFilter}') || PROXY_ENV='[]'`
      : "PROXY_ENV='[]'",
    "POD_SCRIPT=$(cat <<'SCRIPT'",
    POD_SCRIPT.trimEnd(),
    "SCRIPT",
    ")",
    'POD="flows-verify-$$"',
    "# A proxy URL given as a plain value may hold a password: it reaches the probe pod through a",
    "# short-lived Secret fed on kubectl's standard input, never through a command line (ps shows those).",
    "if printf '%s' \"$PROXY_ENV\" | jq -e 'any(.[]; has(\"value\"))' >/dev/null; then",
    '  printf \'%s\' "$PROXY_ENV" | jq -c --arg name "$POD" --arg ns "$NAMESPACE" \'{apiVersion: "v1", kind: "Secret", metadata: {name: $name, namespace: $ns}, type: "Opaque", stringData: (map(select(has("value")) | {(.name): .value}) | add)}\' | kubectl apply -f - >/dev/null',
    '  PROXY_ENV=$(printf \'%s\' "$PROXY_ENV" | jq -c --arg name "$POD" \'map(if has("value") then {name, valueFrom: {secretKeyRef: {name: $name, key: .name}}} else . end)\')',
    "  PROBE_SECRET=$POD",
    "else",
    "  PROBE_SECRET=''",
    "fi",
    'OVERRIDES=$(jq -n --arg name "$POD" --arg image "$CURL_IMAGE" --arg script "$POD_SCRIPT" --arg ca "$VERIFY_CA_PEM" --arg tls "$TLS_HOST" --argjson env "$PROXY_ENV" --argjson urls "$PROBE_URLS" \\',
    '  \'{spec: {containers: [{name: $name, image: $image, stdin: true, stdinOnce: true, securityContext: {runAsNonRoot: true, runAsUser: 65534, allowPrivilegeEscalation: false, capabilities: {drop: ["ALL"]}, seccompProfile: {type: "RuntimeDefault"}}, command: (["sh", "-c", $script, "sh"] + $urls), env: ($env + [{name: "VERIFY_CA", value: $ca}, {name: "VERIFY_TLS_HOST", value: $tls}])}]}}\')',
    'PROBE_OUTPUT=$(kubectl run "$POD" -n "$NAMESPACE" --rm -i --quiet --restart=Never --image="$CURL_IMAGE" --overrides="$OVERRIDES" 2>&1 || true)',
    '[ -z "$PROBE_SECRET" ] || kubectl delete secret "$PROBE_SECRET" -n "$NAMESPACE" --ignore-not-found >/dev/null 2>&1 || true',
    "PROBE_LINES=0",
    "PROBE_HINT='Allow the host on the proxy or firewall (egress-allowlist.*); a certificate error means the proxy re-signs TLS with a CA missing from the certificates step.'",
    "while IFS= read -r line; do",
    "  case $line in",
    '    "PASS "*) pass "from a pod: ${line#PASS }"; PROBE_LINES=$((PROBE_LINES + 1)) ;;',
    '    "FAIL "*) fail "from a pod: ${line#FAIL }" "$PROBE_HINT"; PROBE_LINES=$((PROBE_LINES + 1)) ;;',
    '    "SKIP "*) skip "from a pod: ${line#SKIP }"; PROBE_LINES=$((PROBE_LINES + 1)) ;;',
    "  esac",
    'done <<<"$PROBE_OUTPUT"',
    'if [ "$PROBE_LINES" -eq 0 ]; then',
    '  fail "probe pod ran ($CURL_IMAGE)" "kubectl run printed: $(printf \'%s\' "$PROBE_OUTPUT" | head -c 400). Set VERIFY_CURL_IMAGE to a curl image your nodes can pull."',
    "fi",
  ];
}

/** The header lines about the probe pod's image: where the default comes from, and the override. */
function curlImageComment(install: InstallPlan): string[] {
  const image = defaultCurlImage(install);
  if (image !== CURL_IMAGE)
    return [
      `# VERIFY_CURL_IMAGE: a curl image your nodes can pull. The default, ${image}, is in your mirror:`,
      `# the mirror must carry Docker Hub's ${CURL_IMAGE} under that path (copy it there once).`,
    ];
  if (install.images.mirror === "module-ecr")
    return [
      `# VERIFY_CURL_IMAGE: a curl image your nodes can pull (default ${CURL_IMAGE}, from Docker Hub:`,
      "# the module's ECR mirrors hold only the Flows images; set it when Docker Hub is closed to you).",
    ];
  return [
    `# VERIFY_CURL_IMAGE: a curl image your nodes can pull (default ${CURL_IMAGE}, from Docker Hub).`,
  ];
}

/** The whole script. */
export function verifyShFile(install: InstallPlan): GeneratedFile {
  const { config } = install;
  const plan = install.proxy;
  // The probe pod stands in for the services: it trusts the services' CA set.
  const services = caSetCertificates(config.certificates, "services");
  const pems = services.map((c) => c.pem).join("");
  const lines = [
    "#!/usr/bin/env bash",
    "# Spacelift Flows advanced settings: read-only checks to run after install.sh.",
    "# Each check prints PASS, FAIL (with a hint) or SKIP (INFO for facts); the exit status is 1 when one failed.",
    "# Optional: VERIFY_TLS_HOST=host[:port] of an internal HTTPS service, to test the uploaded CAs;",
    ...curlImageComment(install),
    "# The probe pod is the only thing created, and it is removed when it ends (kubectl run --rm).",
    ...(config.basics.agents.ec2
      ? ["# Agents on EC2 are read with the aws CLI, when installed: describe calls only."]
      : []),
    "set -euo pipefail",
    "",
    `NAMESPACE=${q(config.basics.namespace)}`,
    `RELEASE=${q(config.basics.releaseName)}`,
    ...HELPERS,
    "",
    "for tool in kubectl jq; do",
    '  command -v "$tool" >/dev/null 2>&1 || { echo "verify.sh: $tool is not installed" >&2; exit 2; }',
    "done",
    'kubectl get namespace "$NAMESPACE" >/dev/null || { echo "verify.sh: cannot read namespace $NAMESPACE: check the kubectl context" >&2; exit 2; }',
    'echo "verify.sh: checking release $RELEASE in namespace $NAMESPACE"',
    ...(plan
      ? proxyChecks(plan)
      : ["", "skip 'proxy variables: no proxy configured in the wizard'"]),
    ...ingressChecks(install),
    ...nodePoolChecks(install),
    ...caChecks(install.ca.services),
    ...probeChecks(install, plan, pems),
    ...ec2AgentChecks(install),
    ...resultSummary("verify.sh"),
  ];
  return {
    path: "verify.sh",
    language: "shell",
    executable: true,
    description:
      "Read-only checks after install: proxy variables, the EKS Auto Mode ingress class and scheme, CA value, each destination from a pod, and the EC2 agents' auto scaling group.",
    contents: lines.join("\n"),
  };
}
