// Generates the preview's files away from the main thread while the page starts, so the YAML
// library and the generators do not load there before the user interacts
// (use-preview-files.ts). It answers a handful of requests at most (the first screen, a link
// or draft applied before any interaction), so each reply carries every file.
import type { Config } from "@/lib/config/schema";
import { generateFiles, type GeneratedFile } from "@/lib/generators";
import { installPlan } from "@/lib/plan";
import type { MergeSources } from "@/lib/merge/types";

export interface PreviewRequest {
  id: number;
  config: Config;
  mergeSources: MergeSources;
}

export type PreviewResponse =
  { id: number; ok: true; files: GeneratedFile[] } | { id: number; ok: false; message: string };

/** Plain data for the reply: SHA256SUMS computes its text when read, and is read here. */
function plain(file: GeneratedFile): GeneratedFile {
  const copy: GeneratedFile = {
    path: file.path,
    contents: file.contents,
    language: file.language,
    description: file.description,
  };
  if (file.executable) copy.executable = true;
  return copy;
}

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { id, config, mergeSources } = event.data;
  let response: PreviewResponse;
  try {
    response = { id, ok: true, files: generateFiles(installPlan(config, mergeSources)).map(plain) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(response);
};
