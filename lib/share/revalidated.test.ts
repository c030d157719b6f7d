// The notice after opening a link or a file counts the certificates that were loaded, not those
// the link carried: certificates that do not read as X.509 are left out, and said so.
import { describe, expect, it } from "vitest";
import { bytesToBase64url } from "./base64url";
import { derToPem, pemToDer } from "./der";
import { decodeShareLink } from "./link";
import { withRevalidatedCertificates } from "./revalidated";
import { craftV1 } from "./testing/craft";
import { TEST_CERTIFICATES } from "../testing/certificates";
import type { ImportResult } from "./types";
import { parseWizardConfigFile } from "./wizard-config-file";

const [root, second, third] = TEST_CERTIFICATES;
/** DER-shaped bytes in a canonical certificate PEM: passes the shape check, fails X.509. */
const notACertificate = derToPem(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x01));
const notDer = Uint8Array.of(1, 2, 3);

type Entry = { label: string; pem?: string; frame?: Uint8Array };

function viaLink(entries: Entry[]): ImportResult {
  const frames = entries.map((e) => e.frame ?? pemToDer(e.pem!));
  const json = {
    d: { basics: { appDomain: "flows.corp.example" } },
    l: entries.map((e) => e.label),
  };
  return decodeShareLink(`c=1.${bytesToBase64url(craftV1(json, frames))}`);
}

function viaFile(entries: Entry[]): ImportResult {
  const certificates = entries.map(({ label, pem }) => ({ label, pem: pem ?? "not a PEM" }));
  const config = { basics: { appDomain: "flows.corp.example" }, certificates };
  return parseWizardConfigFile(JSON.stringify({ schemaVersion: 1, config }));
}

const CASES: [name: string, entries: Entry[], loaded: number, summary: RegExp][] = [
  [
    "one of two is not X.509",
    [
      { label: "Innocent CA", pem: notACertificate },
      { label: root.label, pem: root.pem },
    ],
    1,
    /, 1 CA certificate\./,
  ],
  [
    "the only one is not X.509",
    [{ label: "Innocent CA", pem: notACertificate }],
    0,
    /^Loaded the configuration from the (link|file): domain flows\.corp\.example\. /,
  ],
  [
    "two of three are not X.509",
    [
      { label: "Fake A", pem: notACertificate },
      { label: second.label, pem: second.pem },
      { label: "Fake B", pem: notACertificate },
    ],
    1,
    /, 1 CA certificate\./,
  ],
  [
    "one dropped by the shape check, one by the X.509 check, one kept",
    [
      { label: "Broken", pem: "-----BEGIN CERTIFICATE-----\nnope\n", frame: notDer },
      { label: "Fake", pem: notACertificate },
      { label: third.label, pem: third.pem },
    ],
    1,
    /, 1 CA certificate\./,
  ],
];

describe("the loaded notice after the X.509 check", () => {
  describe.each([
    ["link", viaLink],
    ["file", viaFile],
  ] as const)("from a %s", (source, load) => {
    it.each(CASES)("%s: counts what was loaded", (_, entries, count, summary) => {
      const result = load(entries);
      if (!result.ok) throw new Error(result.error);
      const checked = withRevalidatedCertificates(result);
      expect(checked.config.certificates).toHaveLength(count);
      expect(checked.notice).toMatch(summary);
      expect(checked.notice).toMatch(new RegExp(`^Loaded the configuration from the ${source}`));
      expect(checked.notice).not.toMatch(new RegExp(`${entries.length} CA certificates`));
      for (const name of entries.filter((e) => e.pem === notACertificate).map((e) => e.label))
        expect(checked.notice).toContain(`("${name}")`);
      expect(checked.refusedCertificates).toHaveLength(
        entries.filter((e) => e.pem === notACertificate).length,
      );
    });
  });

  it("leaves a result whose certificates all read as X.509 as it was", () => {
    const result = viaLink([{ label: root.label, pem: root.pem }]);
    if (!result.ok) throw new Error(result.error);
    expect(withRevalidatedCertificates(result)).toBe(result);
    expect(result.notice).toContain("1 CA certificate");
  });
});
