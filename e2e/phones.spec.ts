// Phones: with a realistic configuration (proxy on with many NO_PROXY entries, several
// certificates, long values, text half-typed) no step scrolls sideways at 320, 360 or 390 px,
// and the header stays short.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { STEP_IDS, type WizardPage } from "./pages/wizard-page";
import { configSchema } from "../lib/config/schema";
import { encodeShareLink } from "../lib/share";
import { TEST_CERTIFICATES } from "../lib/testing/certificates";

const WIDTHS = [320, 360, 390];
const LONG_HOST = "proxy-egress-primary.datacenter-frankfurt.corp.acme-internal-network.net";

/** Self-signed roots with the long names real corporate CAs have. */
function longNamedRoots(count: number): { pem: string; label: string }[] {
  const dir = mkdtempSync(join(tmpdir(), "phones-"));
  try {
    return Array.from({ length: count }, (_, i) => {
      const cn = `Acme International Internal Root Certification Authority ${i + 1}`;
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "ec",
          "-pkeyopt",
          "ec_paramgen_curve:P-256",
          "-nodes",
          "-keyout",
          join(dir, "key.pem"),
          "-out",
          join(dir, "cert.pem"),
          "-days",
          "3650",
          "-subj",
          `/C=US/O=Acme Corporation International Holdings/OU=Platform Engineering Security Operations/CN=${cn}`,
          "-addext",
          "basicConstraints=critical,CA:TRUE",
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      return { pem: readFileSync(join(dir, "cert.pem"), "utf8"), label: cn };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function realisticConfig() {
  return configSchema.parse({
    basics: {
      appDomain: "flows.platform-engineering.datacenter-frankfurt.corp.acme-internal-network.net",
      namespace: "spacelift-flows-production-frankfurt",
      releaseName: "spacelift-flows-production",
    },
    network: { ingressScheme: "internal", egress: { restricted: true } },
    proxy: {
      enabled: true,
      tlsInspection: true,
      httpProxy: `http://${LONG_HOST}:3128`,
      httpUser: "svc-spacelift-flows-production-frankfurt",
      noProxy: [
        "localhost",
        "127.0.0.1",
        ".cluster.local",
        ".svc",
        "169.254.169.254",
        ".internal.datacenter-frankfurt.corp.acme-internal-network.net",
        "10.0.0.0/8",
        "172.16.0.0/12",
        "git.platform-engineering.corp.acme-internal-network.net:8443",
        "[fd00:1234:5678::1]",
        "fd00:1234:5678::1",
      ],
    },
    certificates: [...longNamedRoots(3), ...TEST_CERTIFICATES.slice(0, 2)],
    // A TLS check whose verdict is long: a chain that none of the CAs covers.
    tlsChecks: [
      {
        host: "git.platform-engineering.corp.acme-internal-network.net:8443",
        chain: [TEST_CERTIFICATES[3]!.pem],
      },
    ],
  });
}

async function overflow(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const widest = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter(
        (element) =>
          element.getBoundingClientRect().right > root.clientWidth + 0.5 ||
          // Text that overflows its box leaves the box's own size alone: name the box.
          (element.scrollWidth > element.clientWidth + 1 &&
            getComputedStyle(element).overflowX === "visible" &&
            element.getBoundingClientRect().left + element.scrollWidth > root.clientWidth + 0.5),
      )
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 100));
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
}

/** Checks the page at the top, then with the preview (laid out only when near) on screen. */
async function expectNoSidewaysScroll(wizard: WizardPage, where: string) {
  for (const part of ["top", "preview"] as const) {
    if (part === "preview") await wizard.preview.scrollIntoViewIfNeeded();
    else await wizard.page.evaluate(() => window.scrollTo(0, 0));
    const { scrollWidth, clientWidth, widest } = await overflow(wizard.page);
    expect(
      scrollWidth,
      `${where} (${part}) is wider than the screen: ${widest.join(" | ")}`,
    ).toBeLessThanOrEqual(clientWidth);
  }
}

test("no step scrolls sideways at 320, 360 and 390 px with a realistic configuration", async ({
  wizard,
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
  await wizard.goto("proxy", `#${encodeShareLink(realisticConfig())}`);
  await expect(wizard.main.getByText(/Loaded the configuration from the/)).toBeVisible();
  // Half-typed text, as a person leaves it: a NO_PROXY entry and a certificate not yet added.
  await wizard
    .field("New NO_PROXY entries")
    .fill(`${LONG_HOST.replace("proxy-", "mirror-")}, 192.168.`);
  await wizard.gotoStep("certificates");
  await expect(wizard.main.getByTestId("certificate-card")).toHaveCount(5);
  await wizard.main.getByLabel(/Or paste PEM certificates/).fill(TEST_CERTIFICATES[3]!.pem);
  // The TLS check's result and its commands, unfolded.
  await expect(wizard.main.getByTestId("tls-check-result")).toHaveAttribute(
    "data-covered",
    "false",
  );
  await wizard.main.getByText(/Commands for the \d+ hosts/).click();
  await wizard.gotoStep("review");
  await wizard.openMerge();

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const step of STEP_IDS) {
      await wizard.gotoStep(step);
      await expect(wizard.preview.getByRole("tab").first()).toBeAttached();
      if (step === "certificates")
        await expect(wizard.main.getByTestId("certificate-card")).toHaveCount(5);
      await expectNoSidewaysScroll(wizard, `${step} at ${width} px`);
    }
  }
});

test("the header is shorter on a phone than its two-line desktop layout would make it", async ({
  wizard,
  page,
}) => {
  const header = page.getByRole("banner");
  const title = page.getByRole("heading", { level: 1 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await wizard.goto();
  const desktopFont = await title.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    const box = await header.boundingBox();
    // A title line, the one-line promise and the buttons: under 100 px (it was 138 px at 390).
    expect(box!.height, `header height at ${width} px`).toBeLessThan(100);
    expect(await title.evaluate((h) => parseFloat(getComputedStyle(h).fontSize))).toBeLessThan(
      desktopFont,
    );
    await expect(header).toContainText("Nothing you type or upload leaves this browser.");
  }
});
