// verify.sh: the Flows pods run on nodes of the wizard's NodePool, whose NodeClass carries the
// proxy and the CA bundles the container runtime pulls images with (lib/plan/node-trust.ts).
import type { InstallPlan } from "../../plan/install-plan";
import { NODE_POOL_NAME } from "../../plan/node-trust";
import { NODE_POOL_FACTS } from "../../upstream/node-class";
import { q, words } from "./verify-sh-words";

export function nodePoolChecks(install: InstallPlan): string[] {
  if (!install.nodes) return [];
  const { namespace, releaseName } = install.config.basics;
  const label = NODE_POOL_FACTS.poolLabel.replace(/\./g, "\\.");
  return [
    "",
    `# The Flows pods run on nodes of the NodePool ${NODE_POOL_NAME} (its NodeClass has the proxy and CAs for image pulls).`,
    `POD_NODES=$(kubectl get pods -n "$NAMESPACE" -l "app.kubernetes.io/instance=$RELEASE" -o jsonpath='{range .items[*]}{.spec.nodeName}{"\\n"}{end}' | sort -u | sed '/^$/d') || POD_NODES=''`,
    'if [ -z "$POD_NODES" ]; then',
    `  fail 'Flows pods are scheduled on nodes' ${q(`No pod labelled app.kubernetes.io/instance=${releaseName} has a node yet: kubectl get pods -n ${namespace}; kubectl get nodepool ${NODE_POOL_NAME}`)}`,
    "else",
    "  while IFS= read -r node; do",
    `    POOL=$(kubectl get node "$node" -o jsonpath='{.metadata.labels.${label}}') || POOL=''`,
    `    if [ "$POOL" = ${q(NODE_POOL_NAME)} ]; then pass ${words("Flows pods' node ", "$node", ` is in NodePool ${NODE_POOL_NAME}`)}`,
    `    else fail ${words("Flows pods' node ", "$node", " is in NodePool ")}"\${POOL:-none}" ${q(`Expected ${NODE_POOL_NAME}: its weight makes it preferred for new nodes only. Check kubectl get nodeclass and kubectl get nodepool ${NODE_POOL_NAME}, then delete the pods so they are scheduled again.`)}; fi`,
    '  done <<< "$POD_NODES"',
    "fi",
  ];
}
