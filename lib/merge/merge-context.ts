// What one merge carries along while it walks the document: apply-values.ts, env-list.ts and
// stale-comments.ts all read and add to it.
import type { Document } from "yaml";
import type { Originals } from "./yaml-nodes";

export interface MergeContext {
  doc: Document;
  notes: string[];
  /** Anchored nodes as they were before the merge (anchors.ts), for the aliases to read. */
  originals?: Originals;
  /** Comments removed with the values they stood beside (stale-comments.ts), as `# text`. */
  droppedComments?: string[];
}
