import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { inspectCertificate } from "./inspect";

/** A throwaway self-signed certificate with a subject openssl builds from `-subj`. */
function subjectOf(subject: string, ...flags: string[]): string {
  const pem = execFileSync(
    "openssl",
    ["req", "-x509", "-nodes", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"].concat([
      "-keyout",
      "/dev/null",
      "-days",
      "1",
      "-utf8",
      "-subj",
      subject,
      ...flags,
    ]),
    { stdio: ["ignore", "pipe", "ignore"] },
  ).toString();
  return inspectCertificate(pem).subjectText;
}

describe("names as people read them", () => {
  it.each([
    ["/CN=Plain Root", "CN=Plain Root"],
    ["/O=Acme\\, Inc./CN=Root", 'O="Acme, Inc.", CN=Root'],
    ['/CN=The "Best" CA', 'CN=The "Best" CA'],
    ["/CN=back\\\\slash", "CN=back\\slash"],
    ["/CN=#1 Root", "CN=#1 Root"],
    ["/CN=Łódź Ørsted Ärger", "CN=Łódź Ørsted Ärger"],
    ["/CN=Корневой УЦ", "CN=Корневой УЦ"],
  ])("shows %s as %s", (subject, shown) => {
    expect(subjectOf(subject)).toBe(shown);
  });

  it("joins the attributes of a multi-valued RDN with a plus, in DER (sorted) order", () => {
    expect(subjectOf("/O=Acme/CN=Root+OU=Ops", "-multivalue-rdn")).toBe("O=Acme, OU=Ops + CN=Root");
  });
});
