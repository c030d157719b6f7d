// The page's way in (read-on-page.ts) reads every text exactly as the command line's
// (read-wizard-config.ts); it only loads the certificate steps later, and only when needed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../config/schema";
import { wizardConfigFile } from "../generators/wizard-config";
import { installPlan } from "../plan";
import { derToPem } from "../share/der";
import { encodeShareLink } from "../share/link";
import { validConfig } from "../testing/arbitraries";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { readWith } from "./read-core";
import { readWizardConfigOnPage } from "./read-on-page";
import { readWizardConfig } from "./read-wizard-config";

const [root] = TEST_CERTIFICATES;
const notACertificate = derToPem(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x01));

describe("reading on the page", () => {
  it("gives what the command line gives, for configurations with and without certificates", async () => {
    await fc.assert(
      fc.asyncProperty(validConfig, async (config) => {
        for (const text of [
          wizardConfigFile(installPlan(config)).contents,
          encodeShareLink(config),
          JSON.stringify({
            schemaVersion: SCHEMA_VERSION,
            config: { ...config, certificates: [] },
          }),
        ])
          expect(await readWizardConfigOnPage(text)).toEqual(readWizardConfig(text));
      }),
      { numRuns: 40 },
    );
  });

  it("reads a text without certificates without the certificate steps, and stops at the first one", () => {
    const none = JSON.stringify({ schemaVersion: SCHEMA_VERSION, config: { basics: {} } });
    expect(readWith(null, none)).toEqual(readWizardConfig(none));
    const some = JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      config: { certificates: [{ pem: root.pem, label: "Root" }] },
    });
    expect(readWith(null, some)).toEqual({ ok: false, needsCertificateSteps: true });
  });

  it("refuses what is not X.509 as the command line does, once the steps are loaded", async () => {
    const text = JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      config: {
        certificates: [
          { pem: root.pem, label: "Root" },
          { pem: notACertificate, label: "Not one" },
        ],
      },
    });
    const reading = await readWizardConfigOnPage(text);
    expect(reading).toEqual(readWizardConfig(text));
    expect(reading.ok && reading.refusedCertificates).toHaveLength(1);
  });
});
