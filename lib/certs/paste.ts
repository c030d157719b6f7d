// Pasted text: PEM blocks, or an existing `custom_ca_certificates` value to decode back.
import { decodeCustomCaCertificates } from "../ca/custom-ca-value";
import { readCertificateFile } from "./read-file";
import type { ImportResult } from "./types";

export const PASTED = "pasted text";
export const PASTED_VALUE = "pasted custom_ca_certificates value";

const utf8 = new TextEncoder();

export const WRAPPED_VALUE_NOTICE =
  "The pasted value was wrapped over several lines (GNU base64 wraps at 76 columns, as in the documented recipe on Linux). A wrapped value breaks the agent module: its user-data script exports the value unquoted, so the second line runs as a command and the agent does not start. The wizard's value is one line.";

/** Reads pasted text; a base64 value that decodes to {"caCertificates": [...]} is unpacked. */
export function readPastedText(text: string): ImportResult {
  const trimmed = text.trim();
  if (trimmed !== "" && !trimmed.includes("-----BEGIN")) {
    const decoded = decodeCustomCaCertificates(trimmed);
    if (decoded.ok) {
      const result: ImportResult = { certificates: [], problems: [] };
      decoded.pems.forEach((pem, index) => {
        const one = readCertificateFile(`${PASTED_VALUE}, item ${index + 1}`, utf8.encode(pem));
        result.certificates.push(
          ...one.certificates.map((c) => ({
            ...c,
            source: { fileName: PASTED_VALUE, position: index + 1 },
          })),
        );
        result.problems.push(...one.problems);
      });
      if (decoded.pems.length === 0)
        result.problems.push({
          severity: "refused",
          code: "bad-value",
          fileName: PASTED_VALUE,
          message: "The pasted value holds an empty caCertificates list.",
        });
      if (decoded.wasWrapped)
        result.problems.push({
          severity: "notice",
          code: "wrapped-value",
          fileName: PASTED_VALUE,
          message: WRAPPED_VALUE_NOTICE,
        });
      return result;
    }
    if (/^"?[A-Za-z0-9+/=\s]+"?$/.test(trimmed) && trimmed.startsWith("eyJ"))
      return {
        certificates: [],
        problems: [
          {
            severity: "refused",
            code: "bad-value",
            fileName: PASTED_VALUE,
            message: `This looks like a custom_ca_certificates value, but it cannot be read: ${decoded.error}`,
          },
        ],
      };
  }
  return readCertificateFile(PASTED, utf8.encode(text));
}
