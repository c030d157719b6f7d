// Share links and imports in the browser: a copied link rebuilds the same bundle in a fresh
// browser, bad links explain themselves and leave the draft alone, and the Start step imports
// a wizard-config.json or a pasted link.
import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { BasicsPage } from "./pages/basics-page";
import { StartPage } from "./pages/start-page";
import { WizardPage } from "./pages/wizard-page";
import { configSchema } from "../lib/config/schema";
import { presetConfig } from "../lib/testing/presets";
import { encodeShareLink } from "../lib/share";
import { bytesToBase64url } from "../lib/share/base64url";
import { derToPem, pemToDer } from "../lib/share/der";
import { craftV1 } from "../lib/share/testing/craft";
import { TEST_CERTIFICATES } from "../lib/testing/certificates";

/** The header's share panel. */
function sharePanel(page: Page) {
  return {
    open: () => page.getByRole("button", { name: "Share link", exact: true }).click(),
    region: page.getByRole("region", { name: "Share link" }),
    copy: page.getByRole("button", { name: "Copy share link" }),
    link: page.getByTestId("share-link"),
  };
}

/** The wizard's own notice, and the gate's message about a link that could not be opened. */
const loadedNotice = (page: Page) =>
  page.getByRole("main").getByRole("status").filter({ hasText: "Loaded the configuration" });
const linkError = (page: Page) => page.getByTestId("share-link-notice").getByRole("alert");

async function allPreviews(wizard: WizardPage): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const path of await wizard.previewPaths()) texts[path] = await wizard.previewText(path);
  return texts;
}

async function waitForDraft(page: Page, text: string) {
  await expect.poll(() => page.evaluate(() => JSON.stringify(localStorage))).toContain(text);
}

test("a copied link rebuilds the same preview and a byte-identical zip in a fresh browser", async ({
  wizard,
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await wizard.goto();
  await new StartPage(page).usePreset("Private VPC + proxy + TLS inspection");
  await wizard.gotoStep("basics");
  await new BasicsPage(page).appDomain.fill("flows.share.example");
  await wizard.gotoStep("proxy");
  await wizard.field("HTTP proxy URL").fill("http://proxy.share.internal:3128");
  await wizard.gotoStep("certificates");
  await page
    .getByRole("main")
    .getByLabel(/Or paste PEM certificates/)
    .fill(TEST_CERTIFICATES[0].pem + TEST_CERTIFICATES[3].pem);
  await page.getByRole("button", { name: "Add pasted certificates" }).click();
  await expect(page.getByRole("main").getByTestId("certificate-card")).toHaveCount(2);
  await wizard.gotoStep("review");
  const previews = await allPreviews(wizard);
  const zip = await readFile(await (await wizard.download()).path());

  const share = sharePanel(page);
  await share.open();
  await expect(share.region).toContainText("Include the 2 certificates");
  await share.copy.click();
  await expect(share.region.getByRole("status")).toHaveText("Copied to the clipboard.");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await share.link.inputValue());
  expect(link).toMatch(/#c=1\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext({ acceptDownloads: true });
  try {
    const other = new WizardPage(await fresh.newPage());
    await other.page.goto(link);
    await other.waitReady();
    await expect(loadedNotice(other.page)).toContainText("2 CA certificates");
    expect(new URL(other.page.url()).hash).toBe("");
    expect(await allPreviews(other)).toEqual(previews);
    const otherZip = await readFile(await (await other.download()).path());
    expect(otherZip.equals(zip)).toBe(true);
  } finally {
    await fresh.close();
  }
});

test("a damaged link says what is wrong and keeps the draft, also after a reload", async ({
  wizard,
  page,
}) => {
  await wizard.goto("basics");
  const basics = new BasicsPage(page);
  await basics.appDomain.fill("flows.keep.example");
  await waitForDraft(page, "flows.keep.example");

  const good = encodeShareLink(presetConfig("private-proxy-tls"));
  await page.goto(`/?step=basics#${good.slice(0, -6)}`);
  await expect(linkError(page)).toContainText(/changed|cut short/);
  await expect(linkError(page)).toContainText("Your draft is unchanged.");
  await expect(basics.appDomain).toHaveValue("flows.keep.example");
  expect(new URL(page.url()).hash).toBe("");

  await page.goto(`/?step=network#c=9.${good.slice(4)}`);
  await wizard.waitReady();
  await expect(linkError(page)).toContainText("newer version of the wizard");
  await wizard.gotoStep("basics");
  await expect(basics.appDomain).toHaveValue("flows.keep.example");
  await page.reload();
  await wizard.waitReady();
  await expect(linkError(page)).toHaveCount(0);
});

test("a link asks before replacing a draft, and names the credentials it left out", async ({
  wizard,
  page,
}) => {
  await wizard.goto("basics");
  await new BasicsPage(page).appDomain.fill("flows.mine.example");
  await waitForDraft(page, "flows.mine.example");
  const config = configSchema.parse({
    basics: { appDomain: "flows.shared.example" },
    proxy: {
      enabled: true,
      httpProxy: "http://proxy.corp.example:3128",
      httpUser: "svc",
      httpPassword: "hunter2",
      credentials: "plain",
    },
  });
  const fragment = encodeShareLink(config);
  expect(fragment).not.toContain("hunter2");

  await page.goto(`/?step=basics#${fragment}`);
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Replace", exact: true }).click();
  await expect(loadedNotice(page)).toContainText("HTTP proxy password never leaves the page");
  await expect(new BasicsPage(page).appDomain).toHaveValue("flows.shared.example");
});

test("the Start step imports a wizard-config.json or a pasted link, and refuses bad ones in place", async ({
  wizard,
  page,
}) => {
  await wizard.goto("start");
  const main = page.getByRole("main");
  const start = new StartPage(page);
  const fileInput = start.configFileInput;
  await start.importConfigFile('{"schemaVersion": 1, "config": {"proxy": 5}}');
  await expect(fileInput).toHaveAttribute("aria-invalid", "true");
  await expect(
    main.getByText(/This file cannot be used: none of its settings is valid/),
  ).toBeVisible();

  const file = {
    schemaVersion: 1,
    generator: "test",
    secretsOmitted: [],
    config: {
      ...presetConfig("private-vpc"),
      basics: { ...presetConfig("private-vpc").basics, appDomain: "flows.file.example" },
    },
  };
  await fileInput.setInputFiles({
    name: "wizard-config.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(loadedNotice(page)).toContainText(
    "Loaded the configuration from the file: domain flows.file.example",
  );
  await expect(fileInput).not.toHaveAttribute("aria-invalid", "true");

  const paste = main.getByLabel("Share link", { exact: true });
  await paste.fill("https://wizard.example.com/#c=1.not*valid");
  await main.getByRole("button", { name: "Import", exact: true }).click();
  await expect(paste).toHaveAttribute("aria-invalid", "true");
  await expect(main.getByText(/unexpected character "\*"/)).toBeVisible();

  await paste.fill(
    `https://wizard.example.com/#${encodeShareLink(presetConfig("private-proxy-tls"))}`,
  );
  await main.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Replace", exact: true }).click();
  await expect(loadedNotice(page)).toContainText("Loaded the configuration from the link");
  await expect(loadedNotice(page)).toContainText("HTTP proxy http://proxy.corp.example:3128");
  await expect(paste).toHaveValue("");
});

test("a link past 8,000 characters warns and offers the config file; leaving certificates out shortens it", async ({
  wizard,
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), "share-certs-"));
  const pems = Array.from({ length: 12 }, (_, i) => {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-nodes",
        "-newkey",
        "rsa:2048",
        "-keyout",
        `${dir}/k${i}`,
        "-out",
        `${dir}/c${i}`,
        "-days",
        "3650",
        "-subj",
        `/CN=Long Link Root ${i}`,
      ],
      { stdio: "ignore" },
    );
    return readFileSync(`${dir}/c${i}`, "utf8");
  });
  rmSync(dir, { recursive: true, force: true });
  await wizard.goto("certificates");
  await page
    .getByRole("main")
    .getByLabel(/Or paste PEM certificates/)
    .fill(pems.join(""));
  await page.getByRole("button", { name: "Add pasted certificates" }).click();
  await expect(page.getByRole("main").getByTestId("certificate-card")).toHaveCount(12);

  const share = sharePanel(page);
  await share.open();
  await expect(share.region).toContainText("longer than 8,000 characters");
  const length = Number(
    (await page.getByTestId("share-link-length").textContent())?.replace(/,/g, ""),
  );
  expect(length).toBeGreaterThan(8000);
  expect(length).toBe((await share.link.inputValue()).length);
  const download = page.waitForEvent("download");
  await share.region.getByRole("button", { name: "Download wizard-config.json" }).click();
  expect((await download).suggestedFilename()).toBe("wizard-config.json");

  const results = await new AxeBuilder({ page }).include('[aria-label="Share link"]').analyze();
  expect(
    results.violations.filter((v) => v.impact === "serious" || v.impact === "critical"),
  ).toEqual([]);

  await share.region.getByLabel("Include the 12 certificates").uncheck();
  await expect(share.region).not.toContainText("longer than 8,000 characters");
  expect((await share.link.inputValue()).length).toBeLessThan(300);
  await page.keyboard.press("Escape");
  await expect(share.region).toBeHidden();
  await expect(page.getByRole("button", { name: "Share link", exact: true })).toBeFocused();
});

test("recognisably damaged links say what is wrong and how to repair it, and load nothing", async ({
  wizard,
  page,
}) => {
  await wizard.goto("basics");
  const basics = new BasicsPage(page);
  await basics.appDomain.fill("flows.keep.example");
  await waitForDraft(page, "flows.keep.example");
  const good = encodeShareLink(presetConfig("private-proxy-tls"));
  const cases: [address: string, message: RegExp][] = [
    [`/?step=basics##${good}`, /has 2 "#" before "c=".*Remove the extra "#"/],
    [`/?step=basics#%23${good}`, /"#" was percent-escaped as "%23".*Replace "%23" with "#"/],
    [`/?step=basics#c%3D${good.slice(2)}`, /percent-escaped on the way \("%3D" stands for "="\)/],
    [`/?step=basics#/${good}`, /has "\/" between "#" and "c="/],
    [
      `/?step=basics&${good}`,
      /in the query string \("&c="\) instead of after "#": browsers send the query string to the web server/,
    ],
  ];
  for (const [address, message] of cases) {
    await page.goto(address);
    await wizard.waitReady();
    await expect(linkError(page)).toContainText(message);
    await expect(linkError(page)).toContainText(
      "Nothing from it was loaded. Your draft is unchanged.",
    );
    await expect(basics.appDomain).toHaveValue("flows.keep.example");
    const url = new URL(page.url());
    expect(url.hash).toBe("");
    expect(url.searchParams.get("c")).toBeNull();
    expect(url.searchParams.get("step")).toBe("basics");
  }
});

test("the import box names a damaged pasted link, and the loaded notice counts the certificates kept", async ({
  wizard,
  page,
}) => {
  await wizard.goto("start");
  const main = page.getByRole("main");
  const paste = main.getByLabel("Share link", { exact: true });
  const good = encodeShareLink(presetConfig("private-vpc"));
  for (const [text, message] of [
    [`"https://wizard.example.com/#${good}"`, /not part of the link \("\): quotes, brackets/],
    [`https://wizard.example.com/?${good}`, /query string/],
    [`https://wizard.example.com/#${good}&utm_source=chat`, /something was added after/],
  ] as const) {
    await paste.fill(text);
    await main.getByRole("button", { name: "Import", exact: true }).click();
    await expect(paste).toHaveAttribute("aria-invalid", "true");
    await expect(main.getByText(message)).toBeVisible();
  }

  // A link whose first certificate has the shape of one but is not X.509: one is loaded.
  const root = TEST_CERTIFICATES[0]!;
  const fake = derToPem(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x01));
  const json = { d: { basics: { appDomain: "flows.count.example" } }, l: ["Fake CA", root.label] };
  const link = `c=1.${bytesToBase64url(craftV1(json, [pemToDer(fake), pemToDer(root.pem)]))}`;
  await paste.fill(`https://wizard.example.com/#${link}`);
  await main.getByRole("button", { name: "Import", exact: true }).click();
  await expect(loadedNotice(page)).toContainText(
    "Loaded the configuration from the link: domain flows.count.example, 1 CA certificate.",
  );
  await expect(loadedNotice(page)).toContainText('("Fake CA")');
  await expect(loadedNotice(page)).not.toContainText("2 CA certificates");
});

test("a wizard-config.json whose certificate label holds a broken character loads without that certificate", async ({
  wizard,
  page,
}) => {
  await wizard.goto("start");
  const [first, second] = TEST_CERTIFICATES;
  // JSON.stringify writes the lone surrogate as the escape \ud83d, as a crafted file would hold it.
  const file = JSON.stringify({
    schemaVersion: 1,
    config: {
      basics: { appDomain: "flows.label.example" },
      certificates: [
        { pem: first.pem, label: "Corp \ud83d Root" },
        { pem: second.pem, label: second.label },
      ],
    },
  });
  await new StartPage(page).importConfigFile(file);
  await expect(loadedNotice(page)).toContainText("1 CA certificate.");
  await expect(loadedNotice(page)).toContainText(
    "Not used because invalid: Certificate 1 (Corp \uFFFD Root)",
  );
  await expect(loadedNotice(page)).toContainText("broken character");
});

test("a wizard-config.json with a refused NO_PROXY piece loads the rest of the list and says the piece", async ({
  wizard,
  page,
}) => {
  await wizard.goto("start");
  const file = JSON.stringify({
    schemaVersion: 1,
    config: {
      basics: { appDomain: "flows.noproxy.example" },
      proxy: {
        enabled: true,
        httpProxy: "http://proxy.corp.example:3128",
        noProxy: ["localhost, git.corp.example/api", ".corp.example"],
      },
    },
  });
  await new StartPage(page).importConfigFile(file);
  // As `npm run generate` reads the same file (lib/import): the piece is said, the rest is used.
  await expect(loadedNotice(page)).toContainText(
    'Left out of NO_PROXY: "git.corp.example/api" has a path: NO_PROXY entries are host names and IP ranges, never URLs.',
  );
  await expect(loadedNotice(page)).toContainText("The rest of the list was loaded.");
  // Something given was left out: said as a warning, not as a plain success.
  await expect(loadedNotice(page)).toHaveAttribute("data-tone", "warning");
  await expect(loadedNotice(page)).not.toContainText("Not used because invalid");
  const noProxyLine = async () =>
    (await wizard.previewText("helm/values.yaml")).match(/NO_PROXY\s+value: "?([^"\n]*)/)?.[1];
  await expect.poll(noProxyLine).toMatch(/^localhost,.*\.corp\.example/);
});
