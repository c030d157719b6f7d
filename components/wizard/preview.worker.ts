// Generates the preview's files away from the main thread while the page starts, so the YAML
// library and the generators do not load there before the user interacts
// (use-preview-files.ts). Replies with what changed since the last reply
// (lib/generators/delta.ts).
//
// SHA256SUMS hashes every other file (~300 KB with 50 certificates, longer than generating them
// all): it follows in a second reply, and only when no newer request is waiting, so while the
// user types it trails the other files by a moment.
import type { Config } from "@/lib/config/schema";
import { generateFiles, type GeneratedFile } from "@/lib/generators";
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
let newest = 0;

const reply = (response: PreviewResponse) => (self as unknown as Worker).postMessage(response);
const failure = (id: number, error: unknown): PreviewResponse => ({
  id,
  ok: false,
  message: error instanceof Error ? error.message : String(error),
});
const costly = (file: GeneratedFile) => file.path === "SHA256SUMS";

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { id, config, mergeSources, full } = event.data;
  newest = id;
  let files: GeneratedFile[];
  try {
    files = generateFiles(config, { mergeSources });
    const first = filesDelta(full ? new Map() : sent, files, costly);
    sent = first.sent;
    reply({ id, ok: true, delta: first.delta });
    if (first.deferred.length === 0) return;
  } catch (error) {
    reply(failure(id, error));
    return;
  }
  // A timer, not a microtask: requests that arrived meanwhile are handled first.
  setTimeout(() => {
    if (id !== newest) return;
    try {
      const second = filesDelta(sent, files);
      sent = second.sent;
      if (second.delta.changed.length > 0) reply({ id, ok: true, delta: second.delta });
    } catch (error) {
      reply(failure(id, error));
    }
  }, 0);
};
