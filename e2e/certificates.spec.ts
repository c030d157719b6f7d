// The certificate step in the browser: files through the picker and by drag and drop, cards
// with details and warnings, refusals next to the input, and no private key anywhere after.
import { readBundle } from "./bundle";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { buildOpensslCorpus, type Corpus } from "../lib/certs/testing/openssl-corpus";
import { decodeCustomCaCertificates } from "../lib/certs/custom-ca-value";
import { decodeShareLink } from "../lib/share";

let corpus: Corpus;
let cleanup: () => void;
test.beforeAll(() => ({ corpus, cleanup } = buildOpensslCorpus()));
test.afterAll(() => cleanup?.());

const text = (name: string) => Buffer.from(corpus[name]!).toString("utf8");
const file = (name: string, contents: Uint8Array | string = corpus[name]!) => ({
  name,
  mimeType: "application/octet-stream",
  buffer: Buffer.from(contents),
});
/** The 64-column body lines of the corpus's private key: none may appear anywhere. */
const keyLines = () =>
  text("root-rsa.key")
    .split("\n")
    .filter((line) => line.length === 64);

function step(page: Page) {
  const main = page.getByRole("main");
  return {
    fileInput: main.getByLabel("Choose certificate files"),
    dropZone: main.getByTestId("certificate-drop-zone"),
    paste: main.getByLabel(/Or paste PEM certificates/),
    cards: main.getByTestId("certificate-card"),
    card: (label: string) =>
      main
        .getByTestId("certificate-card")
        .filter({ has: page.getByRole("heading", { name: label }) }),
    problems: main.getByTestId("certificate-import-problems"),
  };
}

/** Drops files on an element the way a browser does: a drop event carrying a DataTransfer. */
async function dropFiles(
  page: Page,
  target: ReturnType<typeof step>["dropZone"],
  files: { name: string; base64: string }[],
) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of list)
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    return transfer;
  }, files);
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}

async function expectNoKeyAnywhere(page: Page) {
  const draft = (await page.evaluate(() => JSON.stringify(localStorage))) + page.url();
  const html = await page.content();
  for (const line of keyLines()) {
    expect(draft).not.toContain(line);
    expect(html).not.toContain(line);
  }
  expect(draft).not.toMatch(/PRIVATE KEY/);
}

test("files picked through the input become cards with details, warnings and refusals", async ({
  page,
  wizard,
}) => {
  await wizard.goto("certificates");
  const ui = step(page);
  await ui.fileInput.setInputFiles([
    file("root-rsa.pem"),
    file("leaf.pem"),
    file("root-expired.pem"),
    file(
      "root-ec.der",
      Buffer.from(text("root-ec.pem").split("\n").slice(1, -2).join(""), "base64"),
    ),
    file("intermediate.pem"),
    file("server-with-key.pem", text("intermediate.pem") + text("root-rsa.key")),
    file("leaf.csr"),
    file("notes.txt", "not a certificate"),
  ]);
  await expect(ui.cards).toHaveCount(5);
  await expect(ui.cards.nth(0)).toContainText("Example Root CA RSA");
  await expect(ui.card("Example Root CA RSA")).toContainText("RSA 2048 bits");
  await expect(ui.card("Example Root CA RSA")).toContainText(/expires in \d+ days/);
  await expect(ui.card("Example Root CA EC")).toContainText("EC P-256");
  await expect(ui.card("Example Root CA EC")).toContainText("root-ec.der, block 1");
  await expect(ui.card("Example Root CA EC")).toContainText("Converted from binary DER to PEM.");
  await expect(ui.card("Example Root CA RSA")).not.toContainText("Converted");
  await expect(ui.card("flows.example.com").locator("[data-warning=not-ca]")).toBeVisible();
  await expect(ui.card("root-expired").locator("[data-warning=expired]")).toBeVisible();
  // The intermediate's root was added in the same batch: no "missing issuer" warning.
  await expect(ui.card("Example Issuing CA").locator("[data-warning]")).toHaveCount(0);
  // The certificate beside the key is refused with it (issue 19): the intermediate on its card
  // comes from intermediate.pem, once.
  await expect(ui.problems.locator("[data-code=private-key]")).toContainText(
    "server-with-key.pem holds a private key (block 2) beside a certificate (block 1): the whole file was refused",
  );
  await expect(ui.problems.locator("[data-code=private-key]")).toContainText("not a CA file");
  await expect(ui.card("Example Issuing CA")).toContainText("intermediate.pem, block 1");
  await expect(ui.problems.locator("[data-code=csr]")).toContainText("leaf.csr");
  await expect(ui.problems.locator("[data-code=not-certificate]")).toContainText("notes.txt");
  await ui.dropZone.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/certificates-refusals.png" });

  const tfvars = await wizard.previewText("terraform/spacelift-flows.auto.tfvars");
  const value = /custom_ca_certificates\s*=\s*"([^"]+)"/.exec(tfvars)?.[1] ?? "";
  const decoded = decodeCustomCaCertificates(value);
  expect(decoded.ok && decoded.pems.length).toBe(5);
  await expectNoKeyAnywhere(page);

  await page.getByRole("button", { name: "Share link" }).click();
  const link = await page.getByTestId("share-link").inputValue();
  const shared = decodeShareLink(link);
  expect(shared.ok && shared.config.certificates.map((c) => c.pem)).toEqual(
    decoded.ok && decoded.pems,
  );
  expect(JSON.stringify(shared)).not.toMatch(/PRIVATE KEY/);

  const download = await wizard.download();
  const bundle = await readBundle(await download.path());
  const names = [...bundle.files.keys()].filter((name) => name.startsWith("certs/"));
  expect(names).toHaveLength(5);
  for (const contents of bundle.files.values()) {
    expect(contents).not.toMatch(/PRIVATE KEY/);
    for (const line of keyLines()) expect(contents).not.toContain(line);
  }
});

test("files dropped on the drop zone are read; duplicates are kept once", async ({
  page,
  wizard,
}) => {
  await wizard.goto("certificates");
  const ui = step(page);
  const base64 = (name: string) => Buffer.from(corpus[name]!).toString("base64");
  await dropFiles(page, ui.dropZone, [
    { name: "chain.p7b", base64: base64("chain.p7b") },
    { name: "root-rsa.der", base64: base64("root-rsa.der") },
    { name: "key.pem", base64: base64("key-encrypted.pem") },
  ]);
  await expect(ui.cards).toHaveCount(3);
  await expect(ui.card("Example Issuing CA")).toContainText("certificate 2 of its PKCS#7 bundle");
  await expect(ui.card("Example Issuing CA")).toContainText(
    "Taken out of a PKCS#7 bundle (certificate 2 of the bundle) and written as a plain PEM block",
  );
  await expect(ui.problems.locator("[data-code=duplicate]")).toContainText(
    "same SHA-256 fingerprint",
  );
  await expect(ui.problems.locator("[data-code=private-key]")).toContainText("key.pem");
  await expectNoKeyAnywhere(page);
});

test("conversions, legacy roots, partly refused files and names are said in the page's words", async ({
  page,
  wizard,
}) => {
  await wizard.goto("certificates");
  const ui = step(page);
  await ui.fileInput.setInputFiles([
    file(
      "root-ec.cer",
      Buffer.from(text("root-ec.pem").split("\n").slice(1, -2).join(""), "base64"),
    ),
    file("root-rsa-trusted.pem"),
    file("root-v1.pem"),
    file("with-csr.pem", text("root-names.pem") + text("leaf.csr")),
  ]);
  await expect(ui.cards).toHaveCount(4);
  await expect(ui.card("Example Root CA EC")).toContainText("Converted from binary DER to PEM.");
  await expect(ui.card("Example Root CA RSA")).toContainText(
    "Converted from a TRUSTED CERTIFICATE block (OpenSSL's format, which Go skips) to a plain CERTIFICATE block",
  );
  const v1 = ui.card("Legacy V1 Root");
  await expect(v1.locator("[data-warning=legacy-v1-root]")).toContainText(
    "A legacy version 1 root: self-signed, with no extensions. OpenSSL (so Node) and Go accept it as a trust anchor",
  );
  await expect(v1.locator("[data-warning=not-ca]")).toHaveCount(0);
  await expect(v1).not.toContainText("self-signed server certificate");
  await expect(ui.problems.locator("[data-code=csr]")).toHaveText(
    'Block 2 of with-csr.pem (CERTIFICATE REQUEST) is a certificate signing request (CSR), not a certificate: use the certificate the CA issued from it. Kept from with-csr.pem: block 1 ("Straße Root ø é").',
  );
  const names = ui.card("Straße Root ø é");
  await expect(names).toContainText('C=NO, O="Sjøfart, Inc.", OU=R+D "Lab", CN=Straße Root ø é');
  await expect(names).not.toContainText("\\");
  await page.screenshot({ path: "test-results/certificates-conversions.png", fullPage: true });

  const readme = await wizard.previewText("README.md");
  expect(readme).toContain("4. `certs/04-strasse-root-o-e.pem`: `Straße Root ø é`.");
  expect(readme).toContain(
    "   - **Warning:** A legacy version 1 root: self-signed, with no extensions.",
  );
  expect(await wizard.previewPaths()).toContain("certs/04-strasse-root-o-e.pem");
});

test("a pasted wrapped value is decoded, explained, and the list can be reordered by keyboard", async ({
  page,
  wizard,
}) => {
  await wizard.goto("certificates");
  const ui = step(page);
  const wrap = (s: string) => Buffer.from(s).toString("base64").replace(/.{76}/g, "$&\n");
  const json = JSON.stringify(
    { caCertificates: [wrap(text("root-rsa.pem")), wrap(text("root-ec.pem"))] },
    null,
    2,
  );
  await ui.paste.fill(wrap(json));
  await page.getByRole("button", { name: "Add pasted certificates" }).click();
  await expect(ui.cards).toHaveCount(2);
  await expect(ui.problems.locator("[data-code=wrapped-value]")).toContainText(
    "wrapped over several lines",
  );
  await expect(ui.paste).toHaveValue("");

  await page.getByRole("button", { name: "Up: move Example Root CA EC up" }).focus();
  await page.keyboard.press("Enter");
  await expect(ui.cards.nth(0)).toContainText("Example Root CA EC");
  await expect(page.getByRole("button", { name: "Up: move Example Root CA EC up" })).toBeFocused();
  await page.getByRole("button", { name: "Remove Example Root CA RSA" }).click();
  await expect(ui.cards).toHaveCount(1);
});

test("a bundle of 50 certificates can be reordered and stays accessible", async ({
  page,
  wizard,
}) => {
  await wizard.goto("certificates");
  const ui = step(page);
  await ui.fileInput.setInputFiles([file("bundle-50.pem")]);
  await expect(ui.cards).toHaveCount(50);
  await page.getByRole("button", { name: "Up: move Bundle Root 50 up", exact: true }).click();
  await expect(ui.cards.nth(48)).toContainText("Bundle Root 50");
  await page.screenshot({ path: "test-results/certificates-step.png", fullPage: false });
  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});

test("keyboard: the file input is no tab stop, and a paste moves the focus to the first new card", async ({
  page,
  wizard,
}) => {
  await wizard.goto("certificates");
  const ui = step(page);
  const choose = wizard.main.getByRole("button", { name: "Choose files…" });
  // The hidden input is reached through its button: Tab goes from the button to the paste box.
  await choose.focus();
  await page.keyboard.press("Tab");
  await expect(ui.paste).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(choose).toBeFocused();
  await expect(ui.fileInput).toHaveAttribute("tabindex", "-1");

  await ui.fileInput.setInputFiles([file("root-rsa.pem")]);
  await expect(ui.cards).toHaveCount(1);
  await ui.paste.fill(text("root-ec.pem") + text("intermediate.pem"));
  await page.getByRole("button", { name: "Add pasted certificates" }).click();
  await expect(ui.cards).toHaveCount(3);
  await expect(page.getByRole("heading", { name: "2. Example Root CA EC" })).toBeFocused();

  // Nothing new (a duplicate): the box is emptied and the focus goes back to it.
  await ui.paste.fill(text("root-ec.pem"));
  await page.getByRole("button", { name: "Add pasted certificates" }).click();
  await expect(ui.problems.locator("[data-code=duplicate]")).toBeVisible();
  await expect(ui.paste).toBeFocused();
  await expect(ui.paste).toHaveValue("");
});

test("keyboard: Up on the first card and Down on the last say why they do nothing", async ({
  page,
  wizard,
}) => {
  await wizard.goto("certificates");
  const ui = step(page);
  await ui.fileInput.setInputFiles([file("root-rsa.pem"), file("root-ec.pem")]);
  await expect(ui.cards).toHaveCount(2);
  const up = ui.cards.nth(0).getByRole("button", { name: /^Up: move/ });
  const down = ui.cards.nth(1).getByRole("button", { name: /^Down: move/ });
  await expect(up).toHaveAttribute("aria-disabled", "true");
  await expect(up).toHaveAccessibleDescription("It is already the first certificate.");
  await expect(down).toHaveAttribute("aria-disabled", "true");
  await expect(down).toHaveAccessibleDescription("It is already the last certificate.");
  for (const button of [up, down]) {
    await button.focus();
    await page.keyboard.press("Enter");
  }
  await expect(ui.cards.nth(0)).toContainText("Example Root CA RSA");
  // The others move, and are not marked.
  const upSecond = ui.cards.nth(1).getByRole("button", { name: /^Up: move/ });
  await expect(upSecond).not.toHaveAttribute("aria-disabled");
  await upSecond.click();
  await expect(ui.cards.nth(0)).toContainText("Example Root CA EC");
});

test("keyboard: removing a card focuses the next one, else the one before, else Choose files", async ({
  page,
  wizard,
}) => {
  await wizard.goto("certificates");
  const ui = step(page);
  await ui.fileInput.setInputFiles([
    file("root-rsa.pem"),
    file("root-ec.pem"),
    file("root-v1.pem"),
  ]);
  await expect(ui.cards).toHaveCount(3);
  await page.getByRole("button", { name: "Remove Example Root CA EC" }).click();
  await expect(page.getByRole("heading", { name: "2. Legacy V1 Root" })).toBeFocused();
  await page.getByRole("button", { name: "Remove Legacy V1 Root" }).click();
  await expect(page.getByRole("heading", { name: "1. Example Root CA RSA" })).toBeFocused();
  await page.getByRole("button", { name: "Remove Example Root CA RSA" }).click();
  await expect(ui.cards).toHaveCount(0);
  await expect(wizard.main.getByRole("button", { name: "Choose files…" })).toBeFocused();
  await expect(wizard.main.getByRole("status").filter({ hasText: "Removed" })).toHaveText(
    "Removed Example Root CA RSA.",
  );
});

/** The draft as stored in this browser (what survives a reload). */
const storedDraft = (page: Page) =>
  page.evaluate(() => localStorage.getItem("flows-wizard-draft") ?? "");

test("pasted text not yet added survives a step change and a reload; a private key is never kept", async ({
  page,
  wizard,
}) => {
  await wizard.goto("certificates");
  const ui = step(page);
  const pasted = text("root-rsa.pem") + text("root-ec.pem");
  await ui.paste.fill(pasted);
  await expect(page.getByTestId("certificate-paste-kept")).toContainText(
    "kept in this browser's draft (up to 256 KiB)",
  );
  await wizard.gotoStep("proxy");
  await wizard.gotoStep("certificates");
  await expect(ui.paste).toHaveValue(pasted);
  await expect.poll(() => storedDraft(page)).toContain(JSON.stringify(pasted).slice(1, 60));
  await page.reload();
  await wizard.waitReady();
  await expect(ui.paste).toHaveValue(pasted);

  // With a private key the text stays on the page but leaves the stored draft, and leaving asks.
  await ui.paste.fill(pasted + text("root-rsa.key"));
  await expect(page.getByTestId("certificate-paste-kept")).toContainText(
    "holds a private key, which the wizard never stores",
  );
  await expect.poll(() => storedDraft(page)).not.toContain("certificatePaste");
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toMatch(/PRIVATE KEY/);
  for (const line of keyLines()) expect(stored).not.toContain(line);
  await wizard.gotoStep("basics");
  await wizard.gotoStep("certificates");
  await expect(ui.paste).toHaveValue(pasted + text("root-rsa.key"));
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe("beforeunload");
  // Leave anyway: the page closes, and nothing is left open for the test's teardown.
  await dialog.accept();
});
