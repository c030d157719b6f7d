"use client";
// Review's warnings (review-warnings.ts, with the install plan they read) are a chunk of their
// own: the notes under the fields load it, and so does the idle prefetch once someone is there
// (components/wizard/prefetch.ts). The first screen needs none of it.
type ReviewWarnings = typeof import("./review-warnings");

let loaded: ReviewWarnings | null = null;
let loading: Promise<ReviewWarnings> | null = null;
const waiting = new Set<(module: ReviewWarnings) => void>();

export function loadReviewWarnings(): Promise<ReviewWarnings> {
  loading ??= import("./review-warnings").then(
    (module) => {
      loaded = module;
      for (const callback of waiting) callback(module);
      waiting.clear();
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The module if it has loaded, else null (nothing is fetched). */
export const loadedReviewWarnings = (): ReviewWarnings | null => loaded;

/** Calls `callback` with the module once it has loaded (at once if it has), without fetching it. */
export function whenReviewWarningsLoad(callback: (module: ReviewWarnings) => void): () => void {
  if (loaded) {
    callback(loaded);
    return () => {};
  }
  waiting.add(callback);
  return () => void waiting.delete(callback);
}
