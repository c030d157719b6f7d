// The Proxy step in the browser: credentials never reach the zip or the share link, NO_PROXY
// suggestions toggle into the preview, and URL and entry errors show next to their fields.
import { readBundle } from "./bundle";
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

  const bundle = await readBundle(await (await wizard.download()).path());
  for (const [name, text] of bundle.files) {
    expectNoSecret(name, text);
    if (name === "wizard-config.json") expectNoSecret(name, text, [MERGE_SECRET]);
  }
  const install = bundle.read("install.sh");
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
  const firstPath = await (await wizard.download()).path();
  const first = await readFile(firstPath);
  await page.getByRole("button", { name: "Share link", exact: true }).click();
  const link = await page.getByTestId("share-link").inputValue();
  const configFile = (await readBundle(firstPath)).read("wizard-config.json");

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

  await entry.fill("git.corp.example/api");
  await main.getByRole("button", { name: "Add", exact: true }).click();
  await expect(wizard.fieldErrors).toContainText(
    '"git.corp.example/api" has a path: NO_PROXY entries are host names and IP ranges, never URLs. Write git.corp.example without "/api".',
  );
  await expect(entry).toHaveValue("git.corp.example/api");
});

/** Pastes text into a field as the clipboard would (line breaks included). */
async function paste(page: Page, label: string, text: string) {
  const field = page.getByRole("main").getByLabel(label);
  await field.fill("");
  const handled = await field.evaluate((input, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", pasted);
    const event = new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true });
    return !input.dispatchEvent(event);
  }, text);
  // A paste the page leaves to the browser inserts the text as typing would.
  if (!handled) await field.fill(text);
}

test("a pasted NO_PROXY list is split and normalized, and the page says what it rewrote", async ({
  wizard,
  page,
}) => {
  await enableProxy(wizard, page, "http://proxy_server.corp.example:3128");
  const main = page.getByRole("main");
  await expect(wizard.fieldErrors).toHaveCount(0);
  const noProxyLine = async () =>
    (await wizard.previewText("helm/values.yaml")).match(/NO_PROXY\s+value: "?([^"\n]*)/)?.[1];
  await paste(page, "New NO_PROXY entries", "*.Corp.Example\n10.0.0.1/8\t[::1]\r\n*");
  await main.getByLabel("New NO_PROXY entries").press("Enter");
  await expect
    .poll(noProxyLine)
    .toBe("localhost,127.0.0.1,.cluster.local,.corp.example,10.0.0.0/8,[::1],::1,*");
  const notes = main.getByRole("list", { name: "NO_PROXY notes" });
  for (const note of [
    '"*.Corp.Example" is written ".corp.example": curl does not read "*." wildcards',
    '"10.0.0.1/8" has host bits set: it is written as its network, "10.0.0.0/8"',
    '"[::1]" is also written "::1": Go, curl and Node\'s http module match the bare IPv6 address',
    '"*" turns the proxy off',
  ])
    await expect(notes).toContainText(note);

  // Removing one form of an IPv6 address removes both.
  await main.getByRole("button", { name: "Remove ::1", exact: true }).click();
  await expect(main.getByRole("button", { name: "Remove [::1]", exact: true })).toHaveCount(0);

  const entry = main.getByLabel("New NO_PROXY entries");
  await entry.fill("10.0.0.0-10.0.0.255, 0x7f.1");
  await entry.press("Enter");
  await expect(wizard.fieldErrors).toContainText(
    'NO_PROXY takes CIDR ranges, and Go (the Flows services), curl and Node\'s fetch never match a range written with "-". Write 10.0.0.0/24, the CIDR range it is.',
  );
  await expect(wizard.fieldErrors).toContainText(
    '"0x7f.1" is a shorthand for the IPv4 address 127.0.0.1 that curl and Node expand but Go does not',
  );
});

test("pasted proxy URLs and credentials are named for what they are", async ({ wizard, page }) => {
  await enableProxy(wizard, page, "//proxy.corp.example:3128");
  const main = page.getByRole("main");
  const field = main.getByLabel("HTTP proxy URL", { exact: true });
  await expect(wizard.fieldErrors).toHaveText(
    'Add the scheme before "//": http://proxy.corp.example:3128.',
  );
  await field.fill("export HTTP_PROXY=http://proxy.corp.example:3128");
  await expect(wizard.fieldErrors).toHaveText(
    'This is a shell line that sets HTTP_PROXY: paste only the URL after "=": http://proxy.corp.example:3128.',
  );
  await field.fill('"http://proxy.corp.example:3128"');
  await expect(wizard.fieldErrors).toHaveText(
    "Leave out the quotes: http://proxy.corp.example:3128.",
  );
  await field.fill("http://a.corp.example:3128,http://b.corp.example:3128");
  await expect(wizard.fieldErrors).toContainText("This holds 2 URLs");
  await field.fill("http://0x7f.1:3128");
  await expect(wizard.fieldErrors).toContainText("write 127.0.0.1.");

  // A pasted URL whose password is a shell variable: split, and the person told (Secret mode).
  await field.fill("http://DOMAIN%5Csvc:${PROXY_PASSWORD}@proxy_server.corp.example:3128");
  await expect(field).toHaveValue("http://proxy_server.corp.example:3128");
  await expect(wizard.fieldErrors).toHaveCount(0);
  await expect(main).toContainText(
    '"${PROXY_PASSWORD}" is a shell variable: nothing expands it here, the text is used as it stands. Write the password it holds.',
  );
  const user = main.getByLabel("Proxy user name (optional)", { exact: true });
  await expect(user).toHaveValue("DOMAIN\\svc");
  await expect(main).toContainText('The proxy user name holds "\\": if it is a Windows account');
  await user.fill("svc-flows#corp ");
  await expect(main).toContainText('The proxy user name holds "#", which starts a comment');
  await expect(main).toContainText("starts or ends with a space, which is left out");
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

test("keyboard: removing a NO_PROXY entry focuses the next one, else the one before, else the box", async ({
  wizard,
  page,
}) => {
  await enableProxy(wizard, page, "http://proxy.corp.example:3128");
  const main = page.getByRole("main");
  const remove = (entry: string) =>
    main.getByRole("button", { name: `Remove ${entry}`, exact: true });
  await remove("127.0.0.1").click();
  await expect(remove(".cluster.local")).toBeFocused();
  await page.keyboard.press("Enter");
  // Nothing after it: the entry before.
  await expect(remove("localhost")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(main.getByLabel("New NO_PROXY entries")).toBeFocused();
  await expect(main.getByRole("list", { name: "NO_PROXY entries" })).toContainText("No entries");
});

test("a partly refused NO_PROXY list: the accepted entries leave the box, the refused stay with their reasons", async ({
  wizard,
  page,
}) => {
  await enableProxy(wizard, page, "http://proxy.corp.example:3128");
  const main = page.getByRole("main");
  const entry = main.getByLabel("New NO_PROXY entries");
  await paste(
    page,
    "New NO_PROXY entries",
    "git.corp.example\nhttps://wiki.corp.example/\n10.1.0.0/16\n$(hostname -f)",
  );
  await entry.press("Enter");
  await expect(entry).toHaveValue("https://wiki.corp.example/, $(hostname -f)");
  await expect(entry).toHaveAttribute("aria-invalid", "true");
  await expect(wizard.fieldErrors).toContainText(
    '"$(hostname -f)" is a shell command substitution',
  );
  await expect(wizard.fieldErrors).toContainText("https://wiki.corp.example/");
  const entries = main.getByRole("list", { name: "NO_PROXY entries" });
  await expect(entries.getByRole("listitem")).toHaveText([
    /^localhost/,
    /^127\.0\.0\.1/,
    /^\.cluster\.local/,
    /^git\.corp\.example/,
    /^10\.1\.0\.0\/16/,
  ]);
  // Clearing the box clears what was said about its text.
  await entry.fill("");
  await expect(wizard.fieldErrors).toHaveCount(0);
  await expect(entry).not.toHaveAttribute("aria-invalid");
});

test("a NO_PROXY entry being typed survives a step change and a reload, without what precedes an @", async ({
  wizard,
  page,
}) => {
  await enableProxy(wizard, page, "http://proxy.corp.example:3128");
  const entry = () => page.getByRole("main").getByLabel("New NO_PROXY entries");
  await entry().fill(".corp.example, 10.20.");
  await wizard.gotoStep("network");
  await wizard.gotoStep("proxy");
  await expect(entry()).toHaveValue(".corp.example, 10.20.");
  await page.reload();
  await wizard.waitReady();
  await expect(entry()).toHaveValue(".corp.example, 10.20.");

  // A proxy URL with its password pasted into the wrong box: the password is never stored.
  await entry().fill(`http://bob:${PASSWORD}@proxy.corp.example:3128`);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("flows-wizard-draft") ?? ""))
    .toContain('"noProxy":"proxy.corp.example:3128"');
  expectNoSecret("the browser", await browserState(page));

  // "Forget everything" forgets this text too.
  await wizard.reset();
  await wizard.goto("proxy");
  await page.getByRole("main").getByLabel("Send outbound traffic through an HTTP proxy").check();
  await expect(entry()).toHaveValue("");
});
