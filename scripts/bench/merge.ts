// `npx tsx scripts/bench/merge.ts [--runs N]`: how long merging a large values file takes in
// Node, beside the floor of parsing it once with the `yaml` library. The file is a realistic
// values.yaml grown to about 950 kB (lib/merge/testing/large-values.ts), under the 1 MB the page
// accepts. Prints wall-clock and CPU milliseconds (CPU is steadier on a shared machine); the
// page runs the same code in a worker (components/merge/merge.worker.ts). Figures only: nothing
// here is asserted.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { parseAllDocuments } from "yaml";
import { configSchema } from "../../lib/config/schema";
import { installPlan } from "../../lib/plan";
import { mergeValues } from "../../lib/merge/merge-values";
import { mergeReport } from "../../lib/merge-report/report";
import { largeValuesYaml } from "../../lib/merge/testing/large-values";
import { presetConfig } from "../../lib/testing/presets";
import { median } from "./stats";

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function time(run: () => unknown): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

function series(name: string, runs: number, run: () => unknown): void {
  const first = time(run);
  const rest = Array.from({ length: runs }, () => time(run));
  const wall = median(rest.map((t) => t.wallMs));
  const cpu = median(rest.map((t) => t.cpuMs));
  console.log(
    `${name.padEnd(44)} first ${first.wallMs.toFixed(0).padStart(5)} ms` +
      `   median of ${runs}: ${wall.toFixed(0).padStart(5)} ms wall, ${cpu.toFixed(0).padStart(5)} ms CPU`,
  );
}

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);
const text = largeValuesYaml();
const config = configSchema.parse(presetConfig("private-proxy-tls"));
const intended = installPlan(config).chartValues.flows;
const merged = mergeValues(text, intended);
console.log(
  `values.yaml: ${(text.length / 1000).toFixed(0)} kB, ${text.split("\n").length} lines; ` +
    `merge ${merged.ok ? "ok" : `failed: ${merged.error}`}`,
);
series("parse once (yaml parseAllDocuments, the floor)", runs, () =>
  parseAllDocuments(text, { merge: true }),
);
series("mergeValues", runs, () => mergeValues(text, intended));
// The team file reuses an anchor in worker.extraEnv, a key the wizard writes: the merged text is
// then checked by a whole reparse. Without that alias only the changed sections are parsed again.
const plain = text.replace("extraEnv: *commonEnv", "extraEnv: []");
series("mergeValues, no alias in the wizard's keys", runs, () => mergeValues(plain, intended));
// What the page's worker does per change: merge (new each time: no cache hit), diff, warnings.
let n = 0;
series("the page's merge report (worker)", runs, () =>
  mergeReport(config, { values: `${text}# run ${n++}\n` }),
);
