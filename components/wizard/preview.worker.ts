// Generates the preview's files away from the main thread: the YAML library and the generators
// never load on the page's main thread, and typing only costs the page a validation and a
// render. Replies with what changed since the last reply (lib/generators/delta.ts).
import type { Config } from "@/lib/config/schema";
import { generateFiles } from "@/lib/generators";
import { filesDelta, type FilesDelta, type SentFiles } from "@/lib/generators/delta";
import type { MergeSources } from "@/lib/merge/types";

export interface PreviewRequest {
  id: number;
  config: Config;
  mergeSources: MergeSources;
  /** Send every file, not only the changed ones (the page lost track). */
  full?: boolean;
}

export type PreviewResponse =
  { id: number; ok: true; delta: FilesDelta } | { id: number; ok: false; message: string };

let sent: SentFiles = new Map();

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { id, config, mergeSources, full } = event.data;
  let response: PreviewResponse;
  try {
    const result = filesDelta(full ? new Map() : sent, generateFiles(config, { mergeSources }));
    sent = result.sent;
    response = { id, ok: true, delta: result.delta };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(response);
};
