// What the merge panel loads on demand: merging the user's values files and diffing the result.
export { diffHunks, diffLines, type DiffHunk, type DiffLine } from "./diff";
export { mergeSources, type MergeOutcome } from "./merge-sources";
export type { MergeResult } from "./merge-values";
export { MAX_SOURCE_LENGTH } from "./read-source";
export type { MergeSources } from "./types";
