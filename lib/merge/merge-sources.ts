// The user's existing values files merged with what the wizard generates, for the preview and
// the bundle: helm/values.yaml (spacelift-flows chart) and helm/agent-values.yaml (agent chart).
import { mergeValues, type MergeResult } from "./merge-values";
import { blankSourceMessage, isBlankSource } from "./source-file";
import type { MergeSources } from "./types";

export interface MergeOutcome {
  /** Present when the user gave a values file for the spacelift-flows chart. */
  values?: MergeResult;
  /** Present when the user gave one for the agent chart and agents run in Kubernetes. */
  agentValues?: MergeResult;
}

// The preview regenerates the bundle on every change, and several times to attribute changed
// lines: remember the last merges so an unchanged file and intent are not merged again.
const CACHE_SIZE = 16;
const cache = new Map<string, MergeResult>();

function cachedMerge(
  text: string,
  intended: Record<string, unknown>,
  done?: MergeResult,
): MergeResult {
  const key = `${JSON.stringify(intended)}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = done ?? mergeValues(text, intended);
  cache.set(key, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return result;
}

/** Merges done elsewhere (the merge worker) for these values and files: remembered here. */
export function rememberMerges(
  intended: IntendedValues,
  sources: MergeSources,
  outcome: MergeOutcome,
): void {
  if (sources.values && outcome.values) cachedMerge(sources.values, intended.flows, outcome.values);
  if (intended.agent !== null && sources.agentValues && outcome.agentValues)
    cachedMerge(sources.agentValues, intended.agent, outcome.agentValues);
}

/** No result for an empty field; a message for one that holds only blanks; else the merge. */
function merged(
  text: string | undefined,
  intended: () => Record<string, unknown>,
  fileName: string,
): MergeResult | undefined {
  if (text === undefined || text === "") return undefined;
  if (isBlankSource(text)) return { ok: false, error: blankSourceMessage(fileName) };
  return cachedMerge(text, intended());
}

/** The wizard's values for each chart; `agent` is null when no agents run in Kubernetes. */
export interface IntendedValues {
  flows: Record<string, unknown>;
  agent: Record<string, unknown> | null;
}

/** Merges each values file the user gave with the wizard's values for that chart. */
export function mergeSources(
  intended: IntendedValues,
  sources: MergeSources | undefined,
): MergeOutcome {
  const outcome: MergeOutcome = {};
  const values = merged(sources?.values, () => intended.flows, "values.yaml");
  if (values) outcome.values = values;
  const agentIntended = intended.agent;
  if (agentIntended !== null) {
    const agent = merged(sources?.agentValues, () => agentIntended, "agent-values.yaml");
    if (agent) outcome.agentValues = agent;
  }
  return outcome;
}

/** A generated values file with the user's own file merged in, or as it was when none was given. */
export function mergedValuesFile<File extends { description: string; contents: string }>(
  file: File,
  result: MergeResult | undefined,
): File {
  if (!result) return file;
  if (!result.ok)
    return {
      ...file,
      description: `${file.description} Your own values file could not be merged (${result.error}), so this is the wizard's file alone.`,
    };
  return {
    ...file,
    contents: result.text,
    description: `Your own values file with the wizard's settings merged in: your comments and other values are kept (${file.description})`,
  };
}
