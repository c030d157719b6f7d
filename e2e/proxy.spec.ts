// The Proxy step in the browser: credentials never reach the zip or the share link, NO_PROXY
// suggestions toggle into the preview, and URL and entry errors show next to their fields.
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { WizardPage } from "./pages/wizard-page";
import { decodeShareLink } from "../lib/share";

const PASSWORD = "Pw7q'$x!(y)*;&";
const encodings = [
  PASSWORD,
  encodeURIComponent(PASSWORD),
  "Pw7q%27%24x%21%28y%29%2A%3B%26",
  Buffer.from(PASSWORD).toString("base64"),
];

async function enableProxy(wizard: WizardPage, page: Page, url: string) {
  await wizard.goto("proxy");
  const main = page.getByRole("main");
  await main.getByLabel("Send outbound traffic through an HTTP proxy").check();
  await main.getByLabel("HTTP proxy URL", { exact: true }).fill(url);
}

test("a proxy password reaches neither the zip nor the share link", async ({ wizard, page }) => {
  await enableProxy(wizard, page, `http://svc-flows:${PASSWORD}@proxy.corp.example:3128`);
  const main = page.getByRole("main");
  await expect(main.getByText("This URL carries credentials")).toBeVisible();
  await expect(main.getByLabel("Kubernetes Secret (recommended)")).toBeChecked();
  await expect(wizard.fieldErrors).toHaveCount(0);

  const zip = await JSZip.loadAsync(await readFile(await (await wizard.download()).path()));
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  expect(names).toContain("helm/values.yaml");
  for (const name of names) {
    const text = await zip.files[name]!.async("string");
    for (const form of encodings) expect(text.includes(form), `${name} holds ${form}`).toBe(false);
  }
  const values = await zip.files["helm/values.yaml"]!.async("string");
  expect(values).toContain("secretKeyRef");

  await page.getByRole("button", { name: "Share link", exact: true }).click();
  const link = await page.getByTestId("share-link").inputValue();
  for (const form of encodings) expect(link).not.toContain(form);
  const decoded = decodeShareLink(link);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  expect(JSON.stringify(decoded.config)).not.toContain("Pw7q");
  expect(decoded.config.proxy.httpProxy).toBe("http://proxy.corp.example:3128");
  expect(decoded.omittedCredentials.length).toBeGreaterThan(0);
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
