// A values file picked or dropped onto a merge field, checked before it replaces what the field
// holds: an empty or unreadable file says so and leaves the field as it was.

/** Dropped or picked files larger than this are refused before they are read. */
export const MAX_VALUES_FILE_BYTES = 1_000_000;

export type ValuesFileReading = { ok: true; text: string } | { ok: false; error: string };

const KEPT = "the field keeps what it held";
const WHERE = "helm get values RELEASE -n NAMESPACE prints the values of an installed release";

/** Why a file is refused before it is read (far too large), or null. */
export function checkValuesFileSize(name: string, size: number): string | null {
  return size > MAX_VALUES_FILE_BYTES
    ? `${name} is ${Math.round(size / 1000)} kB, far larger than a values file: ${KEPT}. Check that it is the right file.`
    : null;
}

/** Whether the text holds nothing: empty, or only a byte-order mark, spaces and line breaks. */
export function isBlankSource(text: string): boolean {
  return text.replace(/^\uFEFF/, "").trim() === "";
}

/** The text of a picked or dropped file, or why it does not replace the field's text. */
export function readValuesFile(name: string, text: string): ValuesFileReading {
  if (text === "" || text === "\uFEFF")
    return { ok: false, error: `${name} is empty: ${KEPT}. Choose your values file (${WHERE}).` };
  if (isBlankSource(text))
    return {
      ok: false,
      error: `${name} holds only spaces and blank lines: ${KEPT}. Choose your values file (${WHERE}).`,
    };
  if (text.includes("\u0000"))
    return {
      ok: false,
      error: `${name} is not a text file: ${KEPT}. Choose your values file (${WHERE}).`,
    };
  return { ok: true, text };
}

/** The message for a pasted text that holds nothing but spaces and line breaks. */
export function blankSourceMessage(fileName: string): string {
  return `The text holds only spaces and blank lines, so there is nothing to merge into: paste your values file (${WHERE}), or clear the field to use the wizard's own ${fileName}.`;
}
