// Works out which preview lines differ from the defaults, and why, away from the main thread.
// The configuration's own files come from the preview (generated once, in preview.worker.ts);
// the defaults' files are generated once per set of merge sources; each setting that differs
// from its default is generated again, reverted alone, to attribute the lines it put there.
import { defaultConfig, type Config } from "@/lib/config/schema";
import { generateFiles, type GeneratedFile } from "@/lib/generators";
import type { MergeSources } from "@/lib/merge/types";
import { installPlan } from "@/lib/plan";
import { describeChanges } from "@/lib/preview/changes";

export interface ChangesRequest {
  id: number;
  config: Config;
  mergeSources: MergeSources;
  /** The preview's files for `config` and `mergeSources`. */
  files: GeneratedFile[];
}

export interface ChangesResponse {
  id: number;
  /** Path → [isNew, reasons, [line, reasons][]], structured-clone friendly. */
  changes: [string, { isNew: boolean; reasons: string[]; lines: [number, string[]][] }][];
}

let defaults: { key: string; files: GeneratedFile[] } | null = null;

self.onmessage = (event: MessageEvent<ChangesRequest>) => {
  const { id, config, mergeSources, files } = event.data;
  const generate = (c: Config) => generateFiles(installPlan(c, mergeSources));
  const key = JSON.stringify(mergeSources);
  if (defaults?.key !== key) defaults = { key, files: generate(defaultConfig) };
  const result = describeChanges(config, generate, files, defaults.files);
  const changes: ChangesResponse["changes"] = [...result].map(([path, c]) => [
    path,
    { isNew: c.isNew, reasons: c.reasons, lines: [...c.lines] },
  ]);
  (self as unknown as Worker).postMessage({ id, changes } satisfies ChangesResponse);
};
