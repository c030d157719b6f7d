// What a person feels, measured in Chromium: a key to the next paint in a text field beside a
// bare <input> on the same page, the first visit to each step, and a PEM file of many
// certificates read to its cards painted. Figures only: nothing here is asserted.
import type { Browser, Page } from "@playwright/test";
import type { Certificate } from "../../lib/config/schema";
import { contextWithDraft } from "./browser";
import { benchConfig } from "./node-figures";
import { percentile } from "./stats";

/** Slows the page's CPU as Lighthouse does (`rate` 1 is full speed). */
async function throttle(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

/**
 * Waits until the page has fetched no script for `quietMs` (and at least `minMs` in all): the
 * chunks the page prefetches while idle have arrived.
 */
export async function settle(page: Page, minMs = 1500, quietMs = 1000): Promise<void> {
  const start = Date.now();
  let last = Date.now();
  const onResponse = () => (last = Date.now());
  page.on("response", onResponse);
  while (Date.now() - last < quietMs || Date.now() - start < minMs) await page.waitForTimeout(100);
  page.off("response", onResponse);
}

// In the page (source text: tsx's helpers do not exist there). `afterPaint` runs its callback
// once the next frame has been produced: a requestAnimationFrame callback runs just before the
// frame's style, layout and paint, and a message posted from it is handled right after them.
const AFTER_PAINT = `const afterPaint = (callback) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback(performance.now());
  channel.port2.postMessage(null);
});`;

// ---------------------------------------------------------------------------------------------
// Key to next paint

/** Event Timing reports events of 16 ms or more only (its smallest durationThreshold). */
export const EVENT_TIMING_FLOOR_MS = 16;

/**
 * In the page: every key's keydown/keypress/keyup timestamps, which field it went to, and every
 * Event Timing entry of 16 ms or more. The preview's catching up with the wizard field is
 * watched too, so the bench can wait for it between keys.
 */
const KEY_PROBE = `(() => {
  ${AFTER_PAINT}
  const state = { measuring: null, keys: [], entries: [], expected: null, caughtUp: true };
  let current = null;
  for (const type of ["keydown", "keypress", "keyup"])
    window.addEventListener(type, (e) => {
      if (!state.measuring) return;
      if (type === "keydown") {
        const key = { target: state.measuring, stamps: [], frame: null };
        current = key;
        state.keys.push(key);
        // Unrounded (Event Timing rounds to 8 ms): the end of the main thread's next frame.
        afterPaint((t) => { key.frame = t - e.timeStamp; });
      }
      if (current) current.stamps.push([type, e.timeStamp]);
    }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      state.entries.push({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration });
  }).observe({ type: "event", durationThreshold: ${EVENT_TIMING_FLOOR_MS}, buffered: true });

  // The preview is read in a task of its own (a 50-certificate file is long), never in the
  // task that handles the key, which the bench is timing.
  const region = document.querySelector('section[aria-label="Preview"]');
  let checking = false;
  const check = () => {
    checking = false;
    if (state.expected === null) return;
    const code = region && region.querySelector("[role=tabpanel] pre code");
    if (code && code.textContent.includes('"' + state.expected + '"')) {
      state.expected = null;
      state.caughtUp = true;
    }
  };
  const scheduleCheck = () => {
    if (checking) return;
    checking = true;
    setTimeout(check, 0);
  };
  document.addEventListener("input", (e) => {
    if (e.target.id === "bench-bare-input") return;
    state.expected = e.target.value;
    state.caughtUp = false;
    scheduleCheck();
  }, true);
  if (region) new MutationObserver(scheduleCheck).observe(region, { subtree: true, childList: true, characterData: true });

  // The floor: a bare input, outside React, on the same page. At the top of the viewport:
  // headless Chromium's drawing surface can be smaller than the emulated viewport, and a change
  // below it produces no frame, so no paint to time.
  const bare = document.createElement("input");
  bare.id = "bench-bare-input";
  bare.type = "text";
  bare.setAttribute("aria-label", "Bare input");
  bare.value = document.getElementById(${JSON.stringify("__FIELD__")}).value;
  bare.style.cssText = "position:fixed;top:8px;right:8px;z-index:9999;width:24rem;font:14px monospace;padding:6px;border:1px solid #888;background:#fff;color:#000";
  document.body.appendChild(bare);
  window.__keys = state;
})()`;

export interface KeySeries {
  /** Keys measured (each a keydown, keypress and keyup). */
  keys: number;
  /** Keys with an Event Timing entry (the others took less than 16 ms). */
  reported: number;
  p50: number;
  p95: number;
  max: number;
  /** Median of the unrounded keydown → end of the next frame on the main thread. */
  frameP50: number;
}

export interface KeyToPaint {
  field: string;
  certificates: number;
  cpuSlowdown: number;
  wizard: KeySeries;
  bare: KeySeries;
  /** Files in the preview, to show the certificates really were loaded. */
  previewFiles: number;
}

export interface ProbeKey {
  target: "wizard" | "bare";
  stamps: [string, number][];
  /** From the keydown to the end of the next frame's main-thread work, unrounded. */
  frame: number | null;
}
export interface ProbeEntry {
  name: string;
  id: number;
  start: number;
  duration: number;
}

/**
 * Each key's duration as INP counts it: the longest Event Timing entry of its interaction
 * (keydown, keypress and keyup share an interactionId). A key with no entry took less than
 * 16 ms and counts as 16 ms, so the figures are upper bounds at that floor.
 */
export function keyDurations(keys: readonly ProbeKey[], entries: readonly ProbeEntry[]) {
  const byTarget = { wizard: [] as number[], bare: [] as number[] };
  const frames = { wizard: [] as number[], bare: [] as number[] };
  const reported = { wizard: 0, bare: 0 };
  for (const key of keys) {
    const matched = entries.filter((e) =>
      key.stamps.some(([name, stamp]) => e.name === name && Math.abs(e.start - stamp) < 0.5),
    );
    const ids = new Set(matched.map((e) => e.id).filter((id) => id > 0));
    const all = entries.filter((e) => matched.includes(e) || ids.has(e.id));
    if (all.length > 0) reported[key.target]++;
    if (key.frame !== null) frames[key.target].push(key.frame);
    byTarget[key.target].push(Math.max(EVENT_TIMING_FLOOR_MS, ...all.map((e) => e.duration)));
  }
  const series = (target: "wizard" | "bare"): KeySeries => {
    const values = byTarget[target];
    return {
      keys: values.length,
      reported: reported[target],
      p50: percentile(values, 50),
      p95: percentile(values, 95),
      max: Math.max(...values),
      frameP50: percentile(frames[target], 50),
    };
  };
  return { wizard: series("wizard"), bare: series("bare") };
}

interface KeyState {
  measuring: string | null;
  keys: ProbeKey[];
  entries: ProbeEntry[];
  caughtUp: boolean;
}
type KeyWindow = Window & { __keys: KeyState };

/**
 * Types into the Proxy step's HTTP proxy URL and into a bare input injected into the same page,
 * in alternating blocks of 10 keys, so both see the same machine load. Each key is a letter
 * inserted inside the host name or a Backspace removing it (the URL stays valid and every key
 * changes it). After a key in the wizard the bench waits until the preview shows the new URL,
 * then `pauseMs`; after a key in the bare input, `pauseMs`.
 */
export async function keyToPaint(
  browser: Browser,
  wizardUrl: string,
  certificates: Certificate[],
  cpuSlowdown: number,
  keys = 60,
  pauseMs = 100,
): Promise<KeyToPaint> {
  const config = benchConfig(certificates);
  const context = await contextWithDraft(browser, config, "proxy");
  const page = await context.newPage();
  await page.goto(`${wizardUrl}/?step=proxy`);
  await page.locator("[data-wizard-ready]").waitFor();
  const preview = page.getByRole("region", { name: "Preview" });
  await preview
    .locator("[role=tabpanel] pre code")
    .filter({ hasText: config.proxy.httpProxy })
    .waitFor();
  const previewFiles = await preview.getByRole("tab").count();
  const wizardField = page.getByRole("main").getByLabel("HTTP proxy URL", { exact: true });
  const fieldId = await wizardField.getAttribute("id");
  await settle(page);
  await page.evaluate(KEY_PROBE.replace(JSON.stringify("__FIELD__"), JSON.stringify(fieldId)));
  const bareField = page.locator("#bench-bare-input");
  if (cpuSlowdown !== 1) await throttle(page, cpuSlowdown);

  // Inside the host: after "http://proxy".
  const caret = "http://proxy".length;
  const typeBlock = async (target: "wizard" | "bare", count: number, measure: boolean) => {
    const field = target === "wizard" ? wizardField : bareField;
    await field.click();
    await field.evaluate((el: HTMLInputElement, at) => el.setSelectionRange(at, at), caret);
    await page.waitForTimeout(pauseMs);
    await page.evaluate(
      (m) => ((window as unknown as KeyWindow).__keys.measuring = m),
      measure ? target : null,
    );
    for (let i = 0; i < count; i++) {
      await page.keyboard.press(
        i % 2 === 0 ? "abcdefghijklmnopqrstuvwxyz"[(i / 2) % 26]! : "Backspace",
      );
      if (target === "wizard")
        await page.waitForFunction(() => (window as unknown as KeyWindow).__keys.caughtUp, null, {
          polling: 10,
          timeout: 20_000,
        });
      await page.waitForTimeout(pauseMs);
    }
    await page.evaluate(() => ((window as unknown as KeyWindow).__keys.measuring = null));
  };
  // A few keys in each first (the first interaction with a page does extra work), then measure.
  await typeBlock("wizard", 4, false);
  await typeBlock("bare", 4, false);
  const block = 10;
  for (let done = 0; done < keys; done += block) {
    const n = Math.min(block, keys - done);
    const order =
      (done / block) % 2 === 0 ? (["bare", "wizard"] as const) : (["wizard", "bare"] as const);
    for (const target of order) await typeBlock(target, n, true);
  }
  if (cpuSlowdown !== 1) await throttle(page, 1);
  // Event Timing entries are delivered after the paint, in a later task.
  await page.waitForTimeout(1000);
  const state = await page.evaluate(() => {
    const s = (window as unknown as KeyWindow).__keys;
    return { keys: s.keys, entries: s.entries };
  });
  await context.close();
  return {
    field: "proxy URL",
    certificates: certificates.length,
    cpuSlowdown,
    previewFiles,
    ...keyDurations(state.keys, state.entries),
  };
}

// ---------------------------------------------------------------------------------------------
// First visit to each step

export const STEP_DONE: Record<string, string> = {
  basics: "#basics-title",
  network: "#network-title",
  proxy: "#proxy-step-title",
  certificates: "#certificates-step-title",
  review: "#review-title",
};

/**
 * In the page: from the click on a step's link in the step list (its Event.timeStamp) to the
 * frame that shows the step's content: its heading, and on Certificates every card with its
 * details (the SHA-256 row).
 */
export function stepProbe(selector: string, cards: number): string {
  return `(() => {
    ${AFTER_PAINT}
    const state = { t0: null, done: false, result: null };
    const nav = document.querySelector('nav[aria-label="Steps"]');
    nav.addEventListener("click", (e) => { if (state.t0 === null) state.t0 = e.timeStamp; }, true);
    const main = document.querySelector("main");
    const ready = () => {
      if (!main.querySelector(${JSON.stringify(selector)})) return false;
      if (${cards} === 0) return true;
      const rows = [...main.querySelectorAll("[data-testid=certificate-card] dt")].filter((dt) => dt.textContent === "SHA-256");
      return rows.length === ${cards};
    };
    const observer = new MutationObserver(() => {
      if (state.t0 === null || state.done || !ready()) return;
      state.done = true;
      observer.disconnect();
      afterPaint((t) => { state.result = t - state.t0; });
    });
    observer.observe(main, { subtree: true, childList: true, characterData: true });
    window.__step = state;
  })()`;
}

export interface StepVisit {
  step: string;
  certificates: number;
  samples: number[];
  median: number;
  max: number;
}

export const NAV_STEPS = [
  ["basics", "Basics"],
  ["network", "Network"],
  ["proxy", "Proxy"],
  ["certificates", "Certificates"],
  ["review", "Review"],
] as const;

/**
 * Opens the wizard on Start with the configuration as a draft, lets it settle (the chunks it
 * prefetches while idle arrive), then clicks a step in the step list: `repeats` fresh pages per
 * step, each a first visit.
 */
export async function stepVisits(
  browser: Browser,
  wizardUrl: string,
  certificates: Certificate[],
  repeats = 5,
): Promise<StepVisit[]> {
  const visits: StepVisit[] = [];
  for (const [id, title] of NAV_STEPS) {
    const samples: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const context = await contextWithDraft(browser, benchConfig(certificates), "start");
      const page = await context.newPage();
      await page.goto(`${wizardUrl}/?step=start`);
      await page.locator("[data-wizard-ready]").waitFor();
      // Someone reading the page moves the pointer over it (the wizard prefetches the steps'
      // code once someone is there), then reaches for the step list.
      await page.mouse.move(400, 400);
      await settle(page, 2000);
      const cards = id === "certificates" ? certificates.length : 0;
      await page.evaluate(stepProbe(STEP_DONE[id]!, cards));
      const link = page
        .getByRole("navigation", { name: "Steps" })
        .getByRole("link", { name: new RegExp(`\\b${title}\\b`) });
      await link.click();
      await page.waitForFunction(
        () => (window as unknown as { __step: { result: number | null } }).__step.result !== null,
        null,
        { timeout: 20_000 },
      );
      samples.push(
        await page.evaluate(
          () => (window as unknown as { __step: { result: number } }).__step.result,
        ),
      );
      await context.close();
    }
    visits.push({
      step: title,
      certificates: certificates.length,
      samples,
      median: percentile(samples, 50),
      max: Math.max(...samples),
    });
  }
  return visits;
}

// ---------------------------------------------------------------------------------------------
// A PEM file of many certificates, read to the cards painted

/** In the page: from the file input's change event to the frame with every card's details. */
export function readProbe(cards: number): string {
  return `(() => {
    ${AFTER_PAINT}
    const state = { t0: null, done: false, result: null };
    document.addEventListener("change", (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === "file") state.t0 = e.timeStamp;
    }, true);
    const main = document.querySelector("main");
    const observer = new MutationObserver(() => {
      if (state.t0 === null || state.done) return;
      const rows = [...main.querySelectorAll("[data-testid=certificate-card] dt")].filter((dt) => dt.textContent === "SHA-256");
      if (rows.length !== ${cards}) return;
      state.done = true;
      observer.disconnect();
      afterPaint((t) => { state.result = t - state.t0; });
    });
    observer.observe(main, { subtree: true, childList: true, characterData: true });
    window.__read = state;
  })()`;
}

export interface PemRead {
  certificates: number;
  samples: number[];
  median: number;
  max: number;
}

/**
 * On the Certificates step with no certificates, after it settled: one PEM file holding every
 * certificate, given to the file input (as a person picking it would), until all the cards
 * show their details. `repeats` fresh pages.
 */
export async function pemRead(
  browser: Browser,
  wizardUrl: string,
  certificates: Certificate[],
  repeats = 5,
): Promise<PemRead> {
  const pem = Buffer.from(certificates.map((c) => c.pem).join(""));
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const context = await contextWithDraft(browser, benchConfig([]), "certificates");
    const page = await context.newPage();
    await page.goto(`${wizardUrl}/?step=certificates`);
    await page.locator("[data-wizard-ready]").waitFor();
    await page
      .getByRole("button", { name: "Choose files…" })
      .and(page.locator(":enabled"))
      .waitFor();
    await settle(page, 2000);
    await page.evaluate(readProbe(certificates.length));
    // The certificate step's own input: the TLS check beside it has a file input too.
    await page
      .getByRole("main")
      .getByLabel("Choose certificate files", { exact: true })
      .setInputFiles({
        name: "corporate-roots.pem",
        mimeType: "application/x-pem-file",
        buffer: pem,
      });
    await page.waitForFunction(
      () => (window as unknown as { __read: { result: number | null } }).__read.result !== null,
      null,
      { timeout: 20_000 },
    );
    samples.push(
      await page.evaluate(
        () => (window as unknown as { __read: { result: number } }).__read.result,
      ),
    );
    await context.close();
  }
  return {
    certificates: certificates.length,
    samples,
    median: percentile(samples, 50),
    max: Math.max(...samples),
  };
}
