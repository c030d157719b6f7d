// The proxy variables as Kubernetes EnvVar objects, shared by both charts' values files.
import type { ProxyPlan } from "../config/derive";

export type EnvVar =
  | { name: string; value: string }
  | { name: string; valueFrom: { secretKeyRef: { name: string; key: string } } };

/** HTTP_PROXY, HTTPS_PROXY (from the Secret when they carry credentials) and NO_PROXY. */
export function proxyEnv(plan: ProxyPlan, noProxy: string): EnvVar[] {
  const fromSecret = (name: string): EnvVar => ({
    name,
    valueFrom: { secretKeyRef: { name: plan.secretName, key: name } },
  });
  return [
    plan.useSecret ? fromSecret("HTTP_PROXY") : { name: "HTTP_PROXY", value: plan.httpUrl },
    plan.useSecret ? fromSecret("HTTPS_PROXY") : { name: "HTTPS_PROXY", value: plan.httpsUrl },
    { name: "NO_PROXY", value: noProxy },
  ];
}
