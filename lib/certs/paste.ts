// Pasted text: PEM blocks, or an existing `custom_ca_certificates` value to decode back.
import { decodeCustomCaCertificates } from "./custom-ca-value";
import { readCertificateFile } from "./read-file";
import type { ImportResult } from "./types";

export const PASTED = "pasted text";
export const PASTED_VALUE = "pasted custom_ca_certificates value";

const utf8 = new TextEncoder();

export const WRAPPED_VALUE_NOTICE =
  "The pasted value was wrapped over several lines (GNU base64 wraps at 76 columns, as the documented recipe does on Linux). A wrapped value breaks the agent module: its user-data script exports the value unquoted, so the second line runs as a command and the agent does not start. The wizard's value is one line.";

function fromValue(pems: string[], wasWrapped: boolean): ImportResult {
  const result: ImportResult = { certificates: [], problems: [] };
  pems.forEach((pem, index) => {
    const one = readCertificateFile(`${PASTED_VALUE}, item ${index + 1}`, utf8.encode(pem));
    const source = { fileName: PASTED_VALUE, position: index + 1 };
    result.certificates.push(...one.certificates.map((c) => ({ ...c, source })));
    result.problems.push(...one.problems);
  });
  if (pems.length === 0)
    result.problems.push({
      severity: "refused",
      code: "bad-value",
      fileName: PASTED_VALUE,
      message: "The pasted value holds an empty caCertificates list.",
    });
  if (wasWrapped)
    result.problems.push({
      severity: "notice",
      code: "wrapped-value",
      fileName: PASTED_VALUE,
      message: WRAPPED_VALUE_NOTICE,
    });
  return result;
}

/** Reads pasted text; a base64 value that decodes to {"caCertificates": [...]} is unpacked. */
export function readPastedText(text: string): ImportResult {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.includes("-----BEGIN"))
    return readCertificateFile(PASTED, utf8.encode(text));
  const decoded = decodeCustomCaCertificates(trimmed);
  if (decoded.ok) return fromValue(decoded.pems, decoded.wasWrapped);
  // Not a value: perhaps the base64 of one DER certificate.
  const asFile = readCertificateFile(PASTED, utf8.encode(text));
  if (asFile.certificates.length > 0 || !/^"?[A-Za-z0-9+/=\r\n]{16,}"?$/.test(trimmed))
    return asFile;
  return {
    certificates: [],
    problems: [
      {
        severity: "refused",
        code: "bad-value",
        fileName: PASTED,
        message: `The pasted text is neither a certificate nor a custom_ca_certificates value that can be read: ${decoded.error}`,
      },
    ],
  };
}
