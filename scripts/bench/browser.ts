// Chromium, driven by Playwright with the project's launch settings (playwright.config.ts):
// how much JavaScript the wizard fetches as it is used, and how long a keystroke takes to reach
// the preview.
import { gzipSync } from "node:zlib";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type LaunchOptions,
  type Page,
} from "@playwright/test";
import playwrightConfig from "../../playwright.config";
import type { Certificate } from "../../lib/config/schema";
import { DRAFT_KEY, serializeDraft } from "../../lib/draft/draft";
import { benchConfig } from "./node-figures";
import { PROBE_SCRIPT } from "./probe";
import { percentile } from "./stats";

export function launchChromium(): Promise<Browser> {
  const use = playwrightConfig.projects?.[0]?.use as { launchOptions?: LaunchOptions } | undefined;
  return chromium.launch({ ...use?.launchOptions, headless: true });
}

/** Records every script the page fetches, by URL, with its gzip -9 size. */
function recordScripts(page: Page) {
  const sizes = new Map<string, number>();
  const pending = new Set<Promise<void>>();
  let last = Date.now();
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    last = Date.now();
    const job = response
      .body()
      .then((body) => void sizes.set(response.url(), gzipSync(body, { level: 9 }).length))
      .catch(() => undefined)
      .finally(() => pending.delete(job));
    pending.add(job);
  });
  const total = () => {
    let bytes = 0;
    for (const size of sizes.values()) bytes += size;
    return { files: sizes.size, bytes };
  };
  return {
    /** The scripts received so far (their bodies read). */
    async now(): Promise<{ files: number; bytes: number }> {
      await Promise.all([...pending]);
      return total();
    },
    /** Waits until no script has arrived for `quietMs`, then returns the total so far. */
    async settle(quietMs = 500): Promise<{ files: number; bytes: number }> {
      while (Date.now() - last < quietMs || pending.size > 0) await page.waitForTimeout(100);
      return total();
    },
  };
}

export interface Weight {
  files: number;
  bytes: number;
}

export interface JsWalk {
  bare: Weight;
  interactive: Weight;
  /** After someone moved the pointer and the page has been idle: the steps' code it prefetches. */
  idle: Weight;
  everyStep: Weight;
  withZip: Weight;
}

const STEPS = ["Basics", "Network", "Proxy", "Certificates", "Review"] as const;

/** Opens each page in a fresh context (empty cache) and sums the scripts it fetches. */
export async function walkJavaScript(
  browser: Browser,
  wizardUrl: string,
  bareUrl: string,
): Promise<JsWalk> {
  const bareContext = await browser.newContext();
  const barePage = await bareContext.newPage();
  const bareScripts = recordScripts(barePage);
  await barePage.goto(`${bareUrl}/`);
  await barePage.getByRole("button", { name: /Clicked/ }).click();
  const bare = await bareScripts.settle();
  await bareContext.close();

  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const scripts = recordScripts(page);
  await page.goto(`${wizardUrl}/`);
  await page.locator("[data-wizard-ready]").waitFor();
  const interactive = await scripts.now();
  // Someone moves the pointer over the page: the wizard prefetches the steps' code while idle.
  await page.mouse.move(400, 400);
  await page.waitForTimeout(2000);
  const idle = await scripts.settle(1000);
  const nav = page.getByRole("navigation", { name: "Steps" });
  for (const title of STEPS) {
    const link = nav.getByRole("link", { name: new RegExp(`\\b${title}\\b`) });
    await link.click();
    await page.waitForFunction(
      (el) => el?.getAttribute("aria-current") === "step",
      await link.elementHandle(),
    );
    await scripts.settle();
  }
  const everyStep = await scripts.settle();
  const download = page.waitForEvent("download");
  await page
    .getByRole("main")
    .getByRole("button", { name: /Download zip/ })
    .click();
  await download;
  const withZip = await scripts.settle();
  await context.close();
  return { bare, interactive, idle, everyStep, withZip };
}

export interface Latency {
  certificates: number;
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
  /** Files in the preview's tab list, to show the certificates really were loaded. */
  previewFiles: number;
}

/**
 * Types into the Basics step's app domain at a fast typist's pace (one key per `pauseMs` after
 * the preview caught up), alternating a letter at the start and Backspace so the value stays
 * valid and every keystroke changes it.
 */
/** A fresh context whose first page load finds `config` as the autosaved draft, on `step`. */
export async function contextWithDraft(
  browser: Browser,
  config: ReturnType<typeof benchConfig>,
  step: string,
): Promise<BrowserContext> {
  const draft = serializeDraft({
    values: config,
    step,
    mergeSources: {},
    savedAt: "2026-01-01T00:00:00.000Z",
  });
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("bench-seeded")) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem("bench-seeded", "1");
      }
    },
    [DRAFT_KEY, draft],
  );
  return context;
}

export async function previewLatency(
  browser: Browser,
  wizardUrl: string,
  certificates: Certificate[],
  keystrokes = 60,
  pauseMs = 100,
): Promise<Latency> {
  const config = benchConfig(certificates);
  const context = await contextWithDraft(browser, config, "basics");
  const page = await context.newPage();
  await page.goto(`${wizardUrl}/?step=basics`);
  await page.locator("[data-wizard-ready]").waitFor();
  const preview = page.getByRole("region", { name: "Preview" });
  await preview
    .locator("[role=tabpanel] pre code")
    .filter({ hasText: config.basics.appDomain })
    .waitFor();
  const previewFiles = await preview.getByRole("tab").count();
  const field = page.getByRole("main").getByLabel("App domain", { exact: true });
  await field.click();
  await page.keyboard.press("Home");
  await page.evaluate(PROBE_SCRIPT);
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.press(i % 2 === 0 ? letters[(i / 2) % letters.length]! : "Backspace");
    await page.waitForFunction(
      (n) => (window as unknown as { __bench: { results: number[] } }).__bench.results.length >= n,
      i + 1,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(pauseMs);
  }
  const results = await page.evaluate(
    () => (window as unknown as { __bench: { results: number[] } }).__bench.results,
  );
  await context.close();
  return {
    certificates: certificates.length,
    keystrokes: results.length,
    p50: percentile(results, 50),
    p95: percentile(results, 95),
    max: Math.max(...results),
    previewFiles,
  };
}

export interface DownloadTiming {
  certificates: number;
  readMs: number;
  /** The first click: includes fetching and starting the zip library. */
  firstMs: number;
  /** Median of the clicks after it. */
  medianMs: number;
  clicks: number;
}

/** In the page: from the click on Download zip to the click on the Blob link it creates. */
const DOWNLOAD_PROBE = `(() => {
  const state = { t0: 0, results: [] };
  document.addEventListener("click", (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (target && target.closest("a[download]")) state.results.push(performance.now() - state.t0);
    else if (target && target.closest("button")) state.t0 = e.timeStamp;
  }, true);
  window.__download = state;
})()`;

/** Times Download zip on the Review step, in the page, with the certificates loaded. */
export async function downloadTiming(
  browser: Browser,
  wizardUrl: string,
  certificates: Certificate[],
  /** How long the user reads the Review step before the first click (0: at once). */
  readMs = 0,
  clicks = 6,
): Promise<DownloadTiming> {
  const context = await contextWithDraft(browser, benchConfig(certificates), "review");
  const page = await context.newPage();
  await page.goto(`${wizardUrl}/?step=review`);
  await page.locator("[data-wizard-ready]").waitFor();
  const button = page.getByRole("main").getByRole("button", { name: /Download zip/ });
  await button.waitFor();
  await page.evaluate(DOWNLOAD_PROBE);
  if (readMs > 0) await page.waitForTimeout(readMs);
  for (let i = 0; i < clicks; i++) {
    const download = page.waitForEvent("download");
    await button.click();
    await download;
    await page.waitForTimeout(200);
  }
  const results = await page.evaluate(
    () => (window as unknown as { __download: { results: number[] } }).__download.results,
  );
  await context.close();
  if (results.length !== clicks) throw new Error(`Timed ${results.length} of ${clicks} downloads`);
  return {
    certificates: certificates.length,
    readMs,
    firstMs: results[0]!,
    medianMs: percentile(results.slice(1), 50),
    clicks,
  };
}
