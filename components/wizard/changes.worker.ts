// Works out which preview lines differ from the defaults, and why, away from the main thread:
// it runs the generators once per changed setting, which would stall typing with many
// certificates.
import type { Config } from "@/lib/config/schema";
import { generateFiles } from "@/lib/generators";
import type { MergeSources } from "@/lib/merge/types";
import { describeChanges } from "@/lib/review/changes";

export interface ChangesRequest {
  id: number;
  config: Config;
  mergeSources: MergeSources;
}

export interface ChangesResponse {
  id: number;
  /** Path → [isNew, reasons, [line, reasons][]], structured-clone friendly. */
  changes: [string, { isNew: boolean; reasons: string[]; lines: [number, string[]][] }][];
}

self.onmessage = (event: MessageEvent<ChangesRequest>) => {
  const { id, config, mergeSources } = event.data;
  const result = describeChanges(config, (c) => generateFiles(c, { mergeSources }));
  const changes: ChangesResponse["changes"] = [...result].map(([path, c]) => [
    path,
    { isNew: c.isNew, reasons: c.reasons, lines: [...c.lines] },
  ]);
  (self as unknown as Worker).postMessage({ id, changes } satisfies ChangesResponse);
};
