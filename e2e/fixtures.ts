// The shared Playwright fixture: every test gets a wizard page object, and every request the
// browser context makes is recorded. A request to any origin but the page's own fails the test,
// because nothing a user types may leave the browser.
import { test as base, expect, type Request } from "@playwright/test";
import { WizardPage } from "./pages/wizard-page";

/** Schemes that never reach a network. */
const LOCAL_SCHEMES = ["data:", "blob:", "about:", "chrome-extension:"];

export interface RecordedRequests {
  /** Every URL requested in this test's browser context, in order. */
  all: string[];
  /** The ones that went to another origin (should stay empty). */
  foreign: string[];
}

export function isForeign(url: string, origin: string): boolean {
  if (LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return false;
  try {
    return new URL(url).origin !== origin;
  } catch {
    return true;
  }
}

export const test = base.extend<{ requests: RecordedRequests; wizard: WizardPage }>({
  requests: [
    async ({ context, baseURL }, provide) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1:4173").origin;
      const recorded: RecordedRequests = { all: [], foreign: [] };
      const record = (request: Request) => {
        const url = request.url();
        recorded.all.push(url);
        if (isForeign(url, origin)) recorded.foreign.push(url);
      };
      context.on("request", record);
      await provide(recorded);
      context.off("request", record);
      expect(recorded.foreign, "requests that left the page's origin").toEqual([]);
    },
    { auto: true },
  ],
  wizard: async ({ page }, provide) => {
    await provide(new WizardPage(page));
  },
});

export { expect };
