// A certificate label with half of a surrogate pair cannot be written to the zip as it shows in
// the preview: the schema refuses it, and a link or file that carries one loads without that
// certificate and says why (never a crash, never the broken character in the message).
import { describe, expect, it } from "vitest";
import { configSchema } from "../config/schema";
import { isWellFormedText } from "../config/well-formed";
import { bytesToBase64url } from "./base64url";
import { pemToDer } from "./der";
import { decodeShareLink } from "./link";
import { craftV1 } from "./testing/craft";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { parseWizardConfigFile } from "./wizard-config-file";

const [first, second] = TEST_CERTIFICATES;
const BROKEN_LABELS = [
  "\uD83D",
  "Corp Root \uD83D",
  "\uDD12 Corp Root",
  "Corp \uDD12\uD83D Root",
  `${"🔒".repeat(30)}\uD800`,
];

function viaLink(label: string) {
  const json = { d: { basics: { appDomain: "flows.corp.example" } }, l: [label, second.label] };
  return decodeShareLink(
    `c=1.${bytesToBase64url(craftV1(json, [pemToDer(first.pem), pemToDer(second.pem)]))}`,
  );
}

function viaFile(label: string) {
  const config = {
    basics: { appDomain: "flows.corp.example" },
    certificates: [
      { pem: first.pem, label },
      { pem: second.pem, label: second.label },
    ],
  };
  return parseWizardConfigFile(JSON.stringify({ schemaVersion: 1, config }));
}

describe("a certificate label with a lone surrogate", () => {
  it.each(BROKEN_LABELS)(
    "is refused by the schema with a message that says how to fix it (%#)",
    (label) => {
      const result = configSchema.safeParse({ certificates: [{ pem: first.pem, label }] });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(
        /broken character .* retype the label, or import the certificate file again/,
      );
    },
  );

  it.each([
    ["link", viaLink],
    ["file", viaFile],
  ] as const)("in a %s drops only that certificate, and says so in well-formed text", (_, load) => {
    for (const label of BROKEN_LABELS) {
      const result = load(label);
      if (!result.ok) throw new Error(result.error);
      expect(result.config.basics.appDomain).toBe("flows.corp.example");
      expect(result.config.certificates).toEqual([
        { pem: second.pem, label: second.label, scope: "both" },
      ]);
      expect(result.dropped).toHaveLength(1);
      expect(result.dropped[0]!.reason).toMatch(/broken character/);
      expect(result.notice).toContain("Not used because invalid: Certificate 1");
      expect(isWellFormedText(result.notice)).toBe(true);
    }
  });

  it("keeps a label whose surrogate pairs are whole", () => {
    const result = viaLink("Corp 🔒 Root");
    expect(result).toMatchObject({ ok: true, dropped: [] });
  });
});
