// Nothing stale, nothing buried (issue 25): an invalid field holds back only what depends on it,
// every derived view says what it waits for, Review opens with the download, and the Network
// step stays readable.
import { expect, test } from "./fixtures";
import { BasicsPage, NetworkPage } from "./pages/basics-page";
import { StartPage } from "./pages/start-page";

const OTHER_REGION_ARN =
  "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f";

test("with the proxy URL still empty, the egress list, NO_PROXY additions and preview follow the region and ingress, and say what they wait for", async ({
  wizard,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await wizard.goto();
  await new StartPage(page).usePreset("Private VPC + proxy + TLS inspection");
  await wizard.gotoStep("basics");
  const basics = new BasicsPage(page);
  await basics.awsRegion.fill("eu-west-1");
  await basics.appDomain.fill("flows.acme.internal");
  // The header's promise holds: the preview follows, while naming the field it waits for.
  await expect(wizard.preview.getByText("updates as you type")).toBeVisible();
  const previewNote = wizard.preview.locator("[data-waiting-note]");
  await expect(previewNote).toContainText("The preview waits for");
  await expect(previewNote).toContainText("HTTP proxy URL");
  await expect
    .poll(() => wizard.previewText("terraform/spacelift-flows.auto.tfvars"))
    .toContain("eu-west-1");

  await wizard.gotoStep("network");
  const network = new NetworkPage(page);
  await network.ingress("Private").check();
  const egress = page.getByTestId("egress-section");
  await expect(egress).toContainText("s3.eu-west-1.amazonaws.com");
  await expect(egress).not.toContainText("eu-central-1");
  await expect(egress).not.toContainText("flows.example.com");
  const egressNote = egress.getByTestId("egress-waiting");
  await expect(egressNote).toBeVisible();
  await expect(egressNote).toContainText("HTTP proxy URL");

  await wizard.gotoStep("proxy");
  const receivers = wizard.main.getByRole("group", { name: "Who uses the proxy" });
  await expect(receivers).toContainText("autoscaling.eu-west-1.amazonaws.com");
  await expect(receivers).not.toContainText("eu-central-1");
  const additionsNote = receivers.getByTestId("no-proxy-additions-waiting");
  await expect(additionsNote).toContainText("HTTP proxy URL");
  // The note's button puts the focus on the field it waits for.
  await additionsNote.getByRole("button", { name: "Go to HTTP proxy URL" }).click();
  await expect(wizard.field("HTTP proxy URL")).toBeFocused();

  // Download and share still refuse an invalid configuration.
  await wizard.gotoStep("review");
  await expect(wizard.main.getByRole("button", { name: "Download zip" })).toBeDisabled();
  await expect(wizard.main.getByTestId("review-status")).toContainText("1 field to fix");

  // Once the URL is valid, nothing waits.
  await wizard.gotoStep("proxy");
  await wizard.field("HTTP proxy URL").fill("http://proxy.acme.internal:3128");
  await expect(wizard.preview.locator("[data-waiting-note]")).toHaveCount(0);
  await expect(receivers.getByTestId("no-proxy-additions-waiting")).toHaveCount(0);
  expect(await wizard.previewText("helm/values.yaml")).toContain("proxy.acme.internal:3128");
});

test("Review opens with the download at 1280×900, and on a phone before the details", async ({
  wizard,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await wizard.goto();
  await new StartPage(page).usePreset("Private VPC + proxy + TLS inspection");
  await wizard.gotoStep("proxy");
  await wizard.field("HTTP proxy URL").fill("http://proxy.acme.internal:3128");
  await wizard.gotoStep("review");
  await page.evaluate(() => window.scrollTo(0, 0));
  const download = wizard.main.getByRole("button", { name: "Download zip" });
  await expect(download).toBeEnabled();
  const box = (await download.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  const bastion = wizard.main.getByTestId("bastion-details");
  expect((await bastion.boundingBox())!.y).toBeLessThan(900);

  // On a phone, the download comes before the warnings and the summary.
  await page.setViewportSize({ width: 390, height: 844 });
  const downloadY = (await download.boundingBox())!.y;
  const warningsY = (await wizard.main.getByRole("heading", { name: /^Warnings/ }).boundingBox())!
    .y;
  const summaryY = (await wizard.main.getByTestId("review-summary").boundingBox())!.y;
  expect(downloadY).toBeLessThan(warningsY);
  expect(downloadY).toBeLessThan(summaryY);
});

test("the Network step stays within two screens, with the egress table at full width and hosts unbroken inside their labels", async ({
  wizard,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await wizard.goto();
  await new StartPage(page).usePreset("Private VPC + proxy + TLS inspection");
  await wizard.gotoStep("network");
  const egress = page.getByTestId("egress-section");
  await expect(egress).toBeVisible();
  const main = (await wizard.main.boundingBox())!;
  expect(main.height).toBeLessThanOrEqual(1800);
  const next = (await wizard.nextButton.boundingBox())!;
  expect(next.y).toBeLessThanOrEqual(1800);
  const table = (await egress.boundingBox())!;
  expect(table.width).toBeGreaterThan(1100);
  // No host is cut inside a label: every line break in a host falls after a dot or a hyphen.
  const cut = await egress.locator("td:first-child li").evaluateAll((items) =>
    items.flatMap((li) => {
      const chars: { char: string; top: number }[] = [];
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          chars.push({ char: text[i]!, top: Math.round(range.getBoundingClientRect().top) });
        }
      }
      return chars.flatMap((c, i) =>
        i > 0 && c.top > chars[i - 1]!.top && !/[.-]/.test(chars[i - 1]!.char)
          ? [`${li.textContent} after "${chars[i - 1]!.char}"`]
          : [],
      );
    }),
  );
  expect(cut).toEqual([]);
  await page.getByRole("button", { name: "Show the outbound destinations" }).click();
  await expect(egress).toBeFocused();
});

test("an ACM certificate of another region is flagged at the field, with Review's words", async ({
  wizard,
  page,
}) => {
  await wizard.goto("network");
  const network = new NetworkPage(page);
  await network.certificate("existing").check();
  await network.certArn.fill(OTHER_REGION_ARN);
  const note = wizard.main.locator('[data-review-note="certificate-region"]');
  await expect(note).toContainText("The certificate is in us-east-1, the install in eu-central-1");
  const describedBy = (await network.certArn.getAttribute("aria-describedby")) ?? "";
  const notesId = describedBy.split(" ").find((id) => id.endsWith("-notes"))!;
  await expect(page.locator(`[id="${notesId}"]`)).toContainText("us-east-1");
  await wizard.gotoStep("review");
  await expect(wizard.main.getByRole("region", { name: /Warnings/ })).toContainText(
    "The certificate is in us-east-1, the install in eu-central-1",
  );
});
