// Merges the user's values files away from the main thread: a 1 MB file takes a second or more,
// which would freeze the page (lib/merge-report/report.ts; use-merge-report.ts sends the requests).
import type { Config } from "@/lib/config/schema";
import { mergeReport, type MergeReport } from "@/lib/merge-report/report";
import type { MergeSources } from "@/lib/merge/types";

export interface MergeRequest {
  id: number;
  config: Config;
  sources: MergeSources;
}

export type MergeResponse =
  { id: number; ok: true; report: MergeReport } | { id: number; ok: false; message: string };

self.onmessage = (event: MessageEvent<MergeRequest>) => {
  const { id, config, sources } = event.data;
  let response: MergeResponse;
  try {
    response = { id, ok: true, report: mergeReport(config, sources) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(response);
};
