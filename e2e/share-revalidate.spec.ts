// A link is untrusted input: its certificates were only checked for their shape, so the wizard
// reads each again as X.509 and leaves out, with a message, anything that is not a certificate.
import { execFileSync } from "node:child_process";
import { expect, test } from "./fixtures";
import { configSchema } from "../lib/config/schema";
import { decodeCustomCaCertificates } from "../lib/certs/custom-ca-value";
import { encodeShareLink } from "../lib/share";
import { TEST_CERTIFICATES } from "../lib/testing/certificates";

/** A private key's DER in the canonical certificate PEM shape, as a tampered link could carry it. */
function disguisedKey(): { pem: string; base64: string } {
  const der = execFileSync("openssl", ["genpkey", "-algorithm", "ed25519", "-outform", "DER"]);
  const base64 = der.toString("base64");
  const body = base64.match(/.{1,64}/g)!.join("\n");
  return { pem: `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`, base64 };
}

test("a link carrying a private key dressed as a certificate loads without it, and says so", async ({
  wizard,
  page,
}) => {
  const key = disguisedKey();
  const root = TEST_CERTIFICATES[0]!;
  const config = configSchema.parse({
    basics: { appDomain: "flows.tampered.example" },
    certificates: [{ pem: key.pem, label: "Innocent CA" }, root],
  });
  await wizard.goto("certificates", `#${encodeShareLink(config)}`);
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("Innocent CA");
  const tfvars = await wizard.previewText("terraform/spacelift-flows.auto.tfvars");
  const value = /custom_ca_certificates\s*=\s*"([^"]*)"/.exec(tfvars)![1]!;
  const decoded = decodeCustomCaCertificates(value);
  expect(decoded.ok && decoded.pems).toEqual([root.pem]);
  expect(await page.content()).not.toContain(key.base64.slice(0, 40));
});
