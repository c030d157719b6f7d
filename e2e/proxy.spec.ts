// The Proxy step in the browser: credentials never reach the zip or the share link, NO_PROXY
// suggestions toggle into the preview, and URL and entry errors show next to their fields.
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { WizardPage } from "./pages/wizard-page";
import { decodeShareLink } from "../lib/share";
import { encodeUserinfo } from "../lib/proxy/url";

const PASSWORD = "Pw7q'$x!(y)*;&";
const HTTPS_PASSWORD = "Zr4#tls/pass word";
const MERGE_SECRET = "mergeS3cret-do-not-store";
const forms = (secret: string) => [
  secret,
  encodeURIComponent(secret),
  encodeUserinfo(secret),
  Buffer.from(secret).toString("base64"),
];
const SECRETS = [...forms(PASSWORD), ...forms(HTTPS_PASSWORD)];

async function enableProxy(wizard: WizardPage, page: Page, url: string) {
  await wizard.goto("proxy");
  const main = page.getByRole("main");
  await main.getByLabel("Send outbound traffic through an HTTP proxy").check();
  await main.getByLabel("HTTP proxy URL", { exact: true }).fill(url);
}

/** Everything the page keeps in this browser: both storages, IndexedDB, Cache Storage, the URL. */
async function browserState(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump = (s: Storage) =>
      Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join("\n");
    const databases = (await indexedDB.databases?.())?.map((d) => d.name) ?? [];
    const caches_ = "caches" in window ? await caches.keys() : [];
    const cached = await Promise.all(
      caches_.map(async (name) => {
        const cache = await caches.open(name);
        const requests = await cache.keys();
        return Promise.all(requests.map(async (r) => (await cache.match(r))?.text()));
      }),
    );
    return [
      dump(localStorage),
      dump(sessionStorage),
      JSON.stringify(databases),
      JSON.stringify(cached),
      location.href,
    ].join("\n");
  });
}

function expectNoSecret(where: string, text: string, secrets: string[] = SECRETS) {
  for (const secret of secrets)
    expect(text.includes(secret), `${where} holds ${secret}`).toBe(false);
}

test("a password typed anywhere is found nowhere: storage, URL, link, wizard-config.json, bundle", async ({
  wizard,
  page,
}) => {
  await wizard.goto("proxy");
  const main = page.getByRole("main");
  await main.getByLabel("Send outbound traffic through an HTTP proxy").check();
  await main.getByLabel("Plain values").check();
  // A URL pasted with its credentials: the user name and password move to their fields.
  await main
    .getByLabel("HTTP proxy URL", { exact: true })
    .fill(`http://svc-flows:${encodeUserinfo(PASSWORD)}@proxy.corp.example:3128`);
  await expect(main.getByText("The user name svc-flows moved to its own field")).toBeVisible();
  await expect(main.getByLabel("HTTP proxy URL", { exact: true })).toHaveValue(
    "http://proxy.corp.example:3128",
  );
  await expect(main.getByLabel("Proxy user name (optional)", { exact: true })).toHaveValue(
    "svc-flows",
  );
  await expect(main.getByLabel("Proxy password", { exact: true })).toHaveValue(PASSWORD);
  await main.getByLabel("HTTPS proxy URL (optional)").fill("http://tls.corp.example:3129");
  await main.getByLabel("HTTPS proxy user name (optional)").fill("carol");
  await main.getByLabel("HTTPS proxy password").fill(HTTPS_PASSWORD);
  // Plain values mode writes the password into the files: the preview shows it.
  expect(await wizard.previewText("helm/values.yaml")).toContain(encodeUserinfo(PASSWORD));

  // The files to merge into may hold passwords too.
  await wizard.gotoStep("review");
  await wizard.openMerge();
  await main
    .getByTestId("merge-values")
    .getByRole("textbox")
    .fill(`server:\n  extraEnv:\n    - name: DB_PASSWORD\n      value: "${MERGE_SECRET}"\n`);
  for (const step of ["start", "basics", "network", "certificates", "proxy"] as const)
    await wizard.gotoStep(step);
  // Secret mode: the bundle gets no password at all (install.sh asks for it).
  await main.getByLabel("Kubernetes Secret (recommended)").check();
  await page.waitForTimeout(400); // past the autosave's pause

  const zip = await JSZip.loadAsync(await readFile(await (await wizard.download()).path()));
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n]!.dir)) {
    const text = await zip.files[name]!.async("string");
    expectNoSecret(name, text);
    if (name === "wizard-config.json") expectNoSecret(name, text, [MERGE_SECRET]);
  }
  const install = await zip.files["install.sh"]!.async("string");
  expect(install).toContain("Password of proxy user svc-flows at proxy.corp.example:3128");

  await page.getByRole("button", { name: "Share link", exact: true }).click();
  const link = await page.getByTestId("share-link").inputValue();
  expectNoSecret("the share link", link, [...SECRETS, MERGE_SECRET]);
  const decoded = decodeShareLink(link);
  expect(decoded.ok && decoded.config.proxy).toMatchObject({
    httpUser: "svc-flows",
    httpsUser: "carol",
    httpPassword: "",
  });
  expectNoSecret("the browser", await browserState(page), [...SECRETS, MERGE_SECRET]);

  await page.reload();
  await wizard.waitReady();
  expectNoSecret("the browser after a reload", await browserState(page), [
    ...SECRETS,
    MERGE_SECRET,
  ]);
  await wizard.gotoStep("proxy");
  await expect(main.getByLabel("Proxy user name (optional)", { exact: true })).toHaveValue(
    "svc-flows",
  );
  await main.getByLabel("Plain values").check();
  await expect(main.getByLabel("Proxy password", { exact: true })).toHaveValue("");
  await wizard.gotoStep("review");
  await expect(main.getByText(/no proxy password is typed/)).toBeVisible();
});

test("a Secret-mode proxy user round-trips through a link and wizard-config.json to the same zip", async ({
  wizard,
  page,
  browser,
}) => {
  await enableProxy(wizard, page, "http://proxy.corp.example:3128");
  await wizard.main.getByLabel("Proxy user name (optional)", { exact: true }).fill("svc-flows");
  const first = await readFile(await (await wizard.download()).path());
  await page.getByRole("button", { name: "Share link", exact: true }).click();
  const link = await page.getByTestId("share-link").inputValue();
  const configFile = await (
    await JSZip.loadAsync(first)
  ).files["wizard-config.json"]!.async("string");

  for (const open of ["link", "file"] as const) {
    const fresh = await browser.newContext({ acceptDownloads: true });
    try {
      const other = new WizardPage(await fresh.newPage());
      if (open === "link") await other.page.goto(link);
      else {
        await other.goto("start");
        await other.main.getByLabel("wizard-config.json from an earlier bundle").setInputFiles({
          name: "wizard-config.json",
          mimeType: "application/json",
          buffer: Buffer.from(configFile),
        });
      }
      await other.waitReady();
      await expect(other.main.getByText(/Loaded the configuration from the/)).toBeVisible();
      const zip = await readFile(await (await other.download()).path());
      expect(zip.equals(first), `the zip from the ${open}`).toBe(true);
    } finally {
      await fresh.close();
    }
  }
});

test("NO_PROXY suggestions and new entries toggle into the preview", async ({ wizard, page }) => {
  await enableProxy(wizard, page, "http://proxy.corp.example:3128");
  const main = page.getByRole("main");
  const svc = main.getByRole("checkbox", { name: ".svc", exact: true });
  const noProxyLine = async () =>
    (await wizard.previewText("helm/values.yaml")).match(/NO_PROXY\s+value: "?([^"\n]*)/)?.[1];

  await expect.poll(noProxyLine).toBe("localhost,127.0.0.1,.cluster.local");
  await svc.check();
  await expect(main.getByRole("button", { name: "Remove .svc" })).toBeVisible();
  await expect.poll(noProxyLine).toBe("localhost,127.0.0.1,.cluster.local,.svc");
  await svc.uncheck();
  await expect.poll(noProxyLine).toBe("localhost,127.0.0.1,.cluster.local");

  const entry = main.getByLabel("New NO_PROXY entries");
  await entry.fill(" Git.Corp.Example. , 10.0.0.0/16");
  await entry.press("Enter");
  await expect(entry).toHaveValue("");
  await expect
    .poll(noProxyLine)
    .toBe("localhost,127.0.0.1,.cluster.local,git.corp.example,10.0.0.0/16");
  await expect(main.getByRole("list", { name: "NO_PROXY notes" })).toContainText(
    "not by Node's fetch",
  );

  await entry.fill("bad entry");
  await main.getByRole("button", { name: "Add", exact: true }).click();
  await expect(wizard.fieldErrors).toContainText("contains a space");
  await expect(entry).toHaveValue("bad entry");
});

test("proxy URL mistakes are explained next to the field as they are typed", async ({
  wizard,
  page,
}) => {
  await enableProxy(wizard, page, "proxy.corp.example:3128");
  const field = page.getByRole("main").getByLabel("HTTP proxy URL", { exact: true });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(wizard.fieldErrors).toContainText("Add the scheme: http://proxy.corp.example:3128");
  await field.fill("socks5://proxy.corp.example:1080");
  await expect(wizard.fieldErrors).toContainText("SOCKS proxies are not supported");
  await field.fill("http://proxy.corp.example");
  await expect(wizard.fieldErrors).toHaveCount(0);
  await expect(page.getByRole("main")).toContainText("curl assumes 1080");
});
