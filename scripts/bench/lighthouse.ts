// Lighthouse's performance score (default mobile profile with simulated throttling), run with
// `npx -y lighthouse@13` on demand (not a dependency) against Debian's Chromium, headless.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { LaunchOptions } from "@playwright/test";
import playwrightConfig from "../../playwright.config";
import { median } from "./stats";

const run = promisify(execFile);

export interface LighthouseRun {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
}

function chromeSettings(): { path: string; flags: string } {
  const use = playwrightConfig.projects?.[0]?.use as { launchOptions?: LaunchOptions } | undefined;
  const launch = use?.launchOptions;
  const path = process.env.CHROME_PATH ?? launch?.executablePath ?? "/usr/bin/chromium";
  return { path, flags: ["--headless=new", ...(launch?.args ?? [])].join(" ") };
}

async function lighthouseOnce(url: string): Promise<LighthouseRun> {
  const dir = mkdtempSync(join(tmpdir(), "bench-lighthouse-"));
  const report = join(dir, "report.json");
  const chrome = chromeSettings();
  try {
    await run(
      "npx",
      [
        "-y",
        "lighthouse@13",
        url,
        "--quiet",
        "--only-categories=performance",
        "--output=json",
        `--output-path=${report}`,
        `--chrome-flags=${chrome.flags}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome.path }, maxBuffer: 64 << 20, timeout: 180_000 },
    );
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      categories: { performance: { score: number | null } };
      audits: Record<string, { numericValue?: number }>;
    };
    const audit = (id: string) => json.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: json.categories.performance.score ?? Number.NaN,
      fcpMs: audit("first-contentful-paint"),
      lcpMs: audit("largest-contentful-paint"),
      tbtMs: audit("total-blocking-time"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface LighthouseFigures {
  runs: number;
  wizard: LighthouseRun;
  bare: LighthouseRun;
}

const medianRun = (runs: LighthouseRun[]): LighthouseRun => ({
  score: median(runs.map((r) => r.score)),
  fcpMs: median(runs.map((r) => r.fcpMs)),
  lcpMs: median(runs.map((r) => r.lcpMs)),
  tbtMs: median(runs.map((r) => r.tbtMs)),
});

/** Alternates wizard and bare page so machine noise hits both alike; medians of `runs` each. */
export async function lighthouseFigures(
  wizardUrl: string,
  bareUrl: string,
  runs: number,
): Promise<LighthouseFigures> {
  const wizard: LighthouseRun[] = [];
  const bare: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    wizard.push(await lighthouseOnce(`${wizardUrl}/`));
    bare.push(await lighthouseOnce(`${bareUrl}/`));
  }
  return { runs, wizard: medianRun(wizard), bare: medianRun(bare) };
}
