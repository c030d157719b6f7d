/** Existing values files the user supplied, to merge the wizard's settings into. */
export interface MergeSources {
  /** The current values file of the `spacelift-flows` chart (or `helm get values` output). */
  values?: string;
  /** The current values file of the `spacelift-flows-agent` chart, when agents run in Kubernetes. */
  agentValues?: string;
  /**
   * Keep the files in this browser's saved draft. Off by default: they may hold passwords, so
   * they live only in the page's memory.
   */
  keep?: boolean;
}
