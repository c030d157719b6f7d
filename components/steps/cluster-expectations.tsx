"use client";
// Review: what the main module expects of an existing EKS cluster (lib/upstream/existing-cluster.ts).
import { EXISTING_CLUSTER_EXPECTATIONS } from "@/lib/upstream/existing-cluster";

export function ClusterExpectations({ name }: { name: string }) {
  return (
    <section
      aria-labelledby="cluster-expectations-title"
      data-testid="cluster-expectations"
      className="space-y-2"
    >
      <h3 id="cluster-expectations-title" className="text-base font-semibold">
        What your cluster {name} must have
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The main module installs into it as it is (upstream examples/with_existing_eks); the wizard
        cannot check these from the browser.
      </p>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
        {EXISTING_CLUSTER_EXPECTATIONS.map((e) => (
          <li key={e.id}>
            <strong className="font-medium">{e.expectation}</strong> {e.why}{" "}
            <span className="text-slate-500 dark:text-slate-400">(upstream {e.source})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
