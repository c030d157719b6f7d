// Where a first visit's time goes: one click on a step in the step list (with certificates in
// the draft, after the page settled), traced from the click to the frame that shows the step
// (the bench's own probe). The main thread's work in that window is summed by kind (script,
// style, layout, paint) and its JavaScript samples, mapped through the build's source maps, by
// function and by file. For finding a slow step, not for figures (npm run bench makes those).
//   SOURCE_MAPS=1 npx next build && npx tsx scripts/bench/profile.ts --step certificates
// With --pem, the reading of one PEM file of all the certificates instead (the file input's
// change to the cards painted, on Certificates with none), as npm run bench's "PEM file read".
// With --type N, N keys in Basics' App domain field (a letter, then Backspace), each from its key
// down to the preview showing the new value, as npm run bench's "keystroke → preview updated".
// Options: --step ID (basics, network, proxy, certificates, review), --out DIR (default out/),
// --certificates N (default 50), --runs N (summed, shown per run; default 3), --top N (default 25),
// --callers TEXT (the project's frames that led, by time, to frames whose function or source has TEXT).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SourceMapConsumer } from "source-map-js";
import { contextWithDraft, launchChromium } from "./browser";
import { makeCertificates } from "./certificates";
import { NAV_STEPS, readProbe, STEP_DONE, settle, stepProbe } from "./interaction";
import { benchConfig } from "./node-figures";
import { PROBE_SCRIPT } from "./probe";
import { serve } from "./server";

const { values: args } = parseArgs({
  options: {
    step: { type: "string", default: "certificates" },
    pem: { type: "boolean", default: false },
    type: { type: "string", default: "0" },
    out: { type: "string", default: join(import.meta.dirname, "../../out") },
    certificates: { type: "string", default: "50" },
    runs: { type: "string", default: "3" },
    top: { type: "string", default: "25" },
    callers: { type: "string" },
  },
});
const title = NAV_STEPS.find(([id]) => id === args.step)?.[1];
if (!title) throw new Error(`--step: one of ${NAV_STEPS.map(([id]) => id).join(", ")}`);
const runs = Number(args.runs);

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      type?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

const maps = new Map<string, SourceMapConsumer | null>();
/** The source position of a generated one, through the chunk's source map when there is one. */
function original(url: string, line: number, column: number): string {
  const path = new URL(url).pathname;
  if (!maps.has(path)) {
    // Turbopack names a chunk's map by its own hash: the chunk's last line says which.
    const chunk = join(args.out, path);
    const named = existsSync(chunk)
      ? /sourceMappingURL=(\S+)\s*$/.exec(readFileSync(chunk, "utf8"))
      : null;
    const file = named ? join(args.out, path, "..", named[1]!) : "";
    maps.set(
      path,
      file && existsSync(file)
        ? new SourceMapConsumer(JSON.parse(readFileSync(file, "utf8")))
        : null,
    );
  }
  const map = maps.get(path);
  if (!map) return `${path}:${line + 1}`;
  const at = map.originalPositionFor({ line: line + 1, column });
  if (!at.source) return `${path}:${line + 1}`;
  const source = at.source.replace(/^.*?\/(node_modules|lib|components|app)\//, "$1/");
  return `${source}:${at.line}${at.name ? ` ${at.name}` : ""}`;
}
// A trace's profile chunks leave out empty fields (a native frame has no url).
const describe = ({
  functionName = "",
  url = "",
  lineNumber = 0,
  columnNumber = 0,
}: Partial<CallFrame>) =>
  `${functionName || "(anonymous)"} ${url.startsWith("http") ? original(url, lineNumber, columnNumber) : url || "(native)"}`;

/** Trace event names summed as the main thread's kinds of work (the rest is other). */
const KINDS: Record<string, string> = {
  FunctionCall: "script",
  EvaluateScript: "script",
  "v8.compile": "compile",
  "V8.GC_SCAVENGER": "garbage collection",
  MajorGC: "garbage collection",
  UpdateLayoutTree: "style",
  Layout: "layout",
  PrePaint: "paint",
  Paint: "paint",
  Layerize: "paint",
  Commit: "paint",
};

const add = (map: Map<string, number>, key: string, ms: number) =>
  map.set(key, (map.get(key) ?? 0) + ms);
const byKind = new Map<string, number>();
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
const stacks = new Map<string, number>();
const inclusive = new Map<string, number>();
let windowMs = 0;
/** How many windows were measured (one a run, or one a key with --type). */
let measured = 0;

const certificates = makeCertificates(Number(args.certificates));
type Mode = "step" | "pem" | "type";
const mode: Mode = args.pem ? "pem" : Number(args.type) > 0 ? "type" : "step";
const keys = Number(args.type);

/**
 * One run: a fresh page, settled, traced through the action; returns the trace and the measured
 * windows, each from its event (click, file input change, key down) to its result.
 */
async function traced(): Promise<{ events: TraceEvent[]; results: number[]; eventType: string }> {
  const start = mode === "pem" ? "certificates" : mode === "type" ? "basics" : "start";
  const config = benchConfig(mode === "pem" ? [] : certificates);
  const context = await contextWithDraft(browser, config, start);
  const page = await context.newPage();
  await page.goto(`${server.url}/?step=${start}`);
  await page.locator("[data-wizard-ready]").waitFor();
  await page.mouse.move(400, 400);
  await settle(page, 2000);
  const field = page.getByRole("main").getByLabel("App domain", { exact: true });
  if (mode === "type") {
    await field.click();
    await page.keyboard.press("Home");
    await page.evaluate(PROBE_SCRIPT);
    // The first keys load and compile what typing needs: left out, as a person's first key is.
    for (const key of ["x", "Backspace", "x", "Backspace"]) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    }
  } else if (mode === "pem") await page.evaluate(readProbe(certificates.length));
  else {
    const cards = args.step === "certificates" ? certificates.length : 0;
    await page.evaluate(stepProbe(STEP_DONE[args.step]!, cards));
  }
  await browser.startTracing(page, {
    categories: [
      "devtools.timeline",
      "disabled-by-default-devtools.timeline",
      "disabled-by-default-v8.cpu_profiler",
      "v8",
    ],
  });
  let results: number[];
  if (mode === "type") {
    // As the bench's "keystroke → preview updated": a letter, then Backspace, 100 ms apart.
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press(i % 2 === 0 ? "x" : "Backspace");
      await page.waitForFunction(
        (n) => (window as unknown as { __bench: { results: number[] } }).__bench.results.length > n,
        i + 4,
      );
      await page.waitForTimeout(100);
    }
    results = await page.evaluate(() =>
      (window as unknown as { __bench: { results: number[] } }).__bench.results.slice(4),
    );
  } else {
    if (mode === "pem")
      await page
        .getByRole("main")
        .getByLabel("Choose certificate files", { exact: true })
        .setInputFiles({
          name: "corporate-roots.pem",
          mimeType: "application/x-pem-file",
          buffer: Buffer.from(certificates.map((c) => c.pem).join("")),
        });
    else
      await page
        .getByRole("navigation", { name: "Steps" })
        .getByRole("link", { name: new RegExp(`\\b${title}\\b`) })
        .click();
    const probe = mode === "pem" ? "__read" : "__step";
    await page.waitForFunction(
      (name) =>
        (window as unknown as Record<string, { result: number | null }>)[name]!.result !== null,
      probe,
    );
    results = [
      await page.evaluate(
        (name) => (window as unknown as Record<string, { result: number }>)[name]!.result,
        probe,
      ),
    ];
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  await context.close();
  const eventType = mode === "pem" ? "change" : mode === "type" ? "keydown" : "click";
  return { events: trace.traceEvents, results, eventType };
}

const server = await serve(args.out);
const browser = await launchChromium();
try {
  for (let run = 0; run < runs; run++) {
    const { events, results, eventType } = await traced();
    const thread = events.find(
      (e) => e.name === "thread_name" && e.args?.name === "CrRendererMain",
    );
    if (!thread) throw new Error("no renderer main thread in the trace");
    const onMain = (e: TraceEvent) => e.pid === thread.pid && e.tid === thread.tid;
    const starts = events
      .filter((e) => onMain(e) && e.name === "EventDispatch" && e.args?.data?.type === eventType)
      .sort((x, y) => x.ts - y.ts);
    if (starts.length < results.length) throw new Error(`no ${eventType} in the trace`);
    const windows = results.map((ms, i) => [starts[i]!.ts, starts[i]!.ts + ms * 1000] as const);
    const inWindow = (ts: number) => windows.some(([from, to]) => ts >= from && ts <= to);
    windowMs += results.reduce((sum, ms) => sum + ms, 0);
    measured += results.length;
    console.error(
      `run ${run + 1}: ${eventType} → result, ${results.map((ms) => ms.toFixed(1)).join(", ")} ms`,
    );
    // Other threads' busy time in the windows (the preview's worker generates the files).
    const threadNames = new Map(
      events
        .filter((e) => e.name === "thread_name")
        .map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? "?"]),
    );
    for (const e of events)
      if (e.ph === "X" && e.name === "RunTask" && !onMain(e)) {
        const window = windows.find(([from, to]) => e.ts >= from && e.ts <= to);
        const name = threadNames.get(`${e.pid}:${e.tid}`) ?? "?";
        if (window && name.startsWith("DedicatedWorker"))
          add(byKind, `a worker's tasks (${name})`, Math.min(e.dur ?? 0, window[1] - e.ts) / 1000);
      }
    for (const e of events)
      if (onMain(e) && e.ph === "X" && KINDS[e.name]) {
        const window = windows.find(([from, to]) => e.ts >= from && e.ts <= to);
        if (window) add(byKind, KINDS[e.name]!, Math.min(e.dur ?? 0, window[1] - e.ts) / 1000);
      }

    // The sampled profile of the main thread's isolate: chunks of nodes, samples and deltas.
    const profile = events.find((e) => onMain(e) && e.name === "Profile");
    const nodes = new Map<number, ProfileNode>();
    let time = profile?.args?.data?.startTime ?? 0;
    for (const chunk of events.filter((e) => e.name === "ProfileChunk" && e.id === profile?.id)) {
      for (const node of chunk.args?.data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = chunk.args?.data?.cpuProfile?.samples ?? [];
      const deltas = chunk.args?.data?.timeDeltas ?? [];
      samples.forEach((id, i) => {
        time += deltas[i] ?? 0;
        const next = deltas[i + 1] ?? 0;
        if (!inWindow(time)) return;
        const node = nodes.get(id);
        if (!node || node.callFrame.functionName === "(idle)") return;
        const ms = next / 1000;
        const where = describe(node.callFrame);
        add(byFunction, where, ms);
        add(byFile, where.replace(/^\S+ /, "").replace(/:\d+.*$/, ""), ms);
        const chain: string[] = [];
        for (let at: ProfileNode | undefined = node; at; at = nodes.get(at.parent ?? -1))
          chain.push(describe(at.callFrame));
        // Each of the project's functions on the stack, once: the time spent in it and below.
        for (const f of new Set(chain.filter((f) => / (lib|components|app)\//.test(f))))
          add(inclusive, f, ms);
        if (!args.callers) return;
        const hit = chain.findIndex((f) => f.includes(args.callers!));
        if (hit < 0) return;
        // The frame, then the project's own frames that led to it (libraries' frames skipped).
        const own = chain.slice(hit + 1).filter((f) => / (lib|components|app)\//.test(f));
        add(stacks, [chain[hit], ...own.slice(0, 8)].join("\n           ← "), ms);
      });
    }
  }
} finally {
  await browser.close();
  server.close();
}
const show = (map: Map<string, number>) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(args.top))
    .map(([key, ms]) => `${(ms / measured).toFixed(1).padStart(7)} ms  ${key}`)
    .join("\n");
console.log(
  `event → result: ${(windowMs / measured).toFixed(1)} ms (mean of ${measured}); below, per event`,
);
console.log(`\nmain thread, by kind:\n${show(byKind)}`);
console.log(`\nJavaScript by function:\n${show(byFunction)}`);
console.log(`\nJavaScript by file:\n${show(byFile)}`);
console.log(`\nThe project's functions, with what they called:\n${show(inclusive)}`);
if (args.callers) console.log(`\ncallers of ${args.callers}:\n${show(stacks)}`);
