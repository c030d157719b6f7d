// One reading of certificate input for the page and `npm run generate`: the files' results are
// added to the list as the certificate step adds them, and everything the page would show (its
// refusals, its notices, each card's conversion and warnings) is also available as sentences,
// which the command line prints. Same input, same certificates, same words.
import type { CertificateInput } from "../config/schema";
import { describeConversion } from "./conversion";
import { mergeCertificates } from "./merge";
import { analyzeCertificates } from "./warnings";
import type { CertificateSource, ImportedCertificate, ImportProblem, ImportResult } from "./types";

export interface ImportOutcome {
  certificates: CertificateInput[];
  added: ImportedCertificate[];
  /** The files' refusals and notices, then the duplicates skipped, in that order. */
  problems: ImportProblem[];
  /** The one-line summary the page announces. */
  status: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Adds what files gave to the list (duplicates kept once) and sums it up. */
export function importCertificates(
  existing: readonly CertificateInput[],
  result: ImportResult,
): ImportOutcome {
  const merged = mergeCertificates(existing, result.certificates);
  const refused = result.problems.filter((p) => p.severity === "refused").length;
  const status =
    `${plural(merged.added.length, "certificate")} added` +
    (refused ? `, ${refused} refused` : "") +
    (merged.problems.length ? `, ${plural(merged.problems.length, "duplicate")} skipped` : "") +
    ".";
  return {
    certificates: merged.certificates,
    added: merged.added,
    problems: [...result.problems, ...merged.problems],
    status,
  };
}

export interface ReadingMessage {
  /**
   * As the page shows it: refused (its Refused box), warning (a card's amber warning), note (its
   * information box: duplicates skipped, ignored bytes; and a card's conversion line).
   */
  level: "refused" | "warning" | "note";
  text: string;
}

/**
 * Everything the certificate step shows about a list, as sentences: the import's refusals and
 * notices, then per certificate (numbered as the cards are) its conversion and its warnings.
 */
export function readingMessages(
  certificates: readonly CertificateInput[],
  problems: readonly ImportProblem[],
  sources: ReadonlyMap<string, CertificateSource>,
  now: Date | null,
): ReadingMessage[] {
  const messages: ReadingMessage[] = problems.map((p) => ({
    level: p.severity === "refused" ? "refused" : "note",
    text: p.message,
  }));
  analyzeCertificates(certificates, now).forEach((cert, index) => {
    const name = `certificate ${index + 1} ("${cert.label}")`;
    const conversion = describeConversion(sources.get(cert.pem));
    if (conversion) messages.push({ level: "note", text: `${name}: ${conversion}` });
    for (const warning of cert.warnings)
      messages.push({ level: "warning", text: `${name}: ${warning.message}` });
  });
  return messages;
}
