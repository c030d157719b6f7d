// Reading the pasted or dropped text before it is parsed: byte order mark, Windows line ends and
// the header line of `helm get values` output.

export type ReadSource =
  | {
      ok: true;
      /** The YAML text, LF line ends, without the helm header line. */
      text: string;
      notes: string[];
      /** Lines removed from the top, to report line numbers of the text as pasted. */
      lineOffset: number;
      /** Gives a result the line ends the user's file had. */
      restoreLineEnds(text: string): string;
    }
  | { ok: false; error: string };

/** A values file is small; past this size the paste is most likely the wrong file. */
export const MAX_SOURCE_LENGTH = 1_000_000;

const HELM_HEADER = /^(USER-SUPPLIED|COMPUTED) VALUES:[ \t]*\n/;

export function readSource(raw: string): ReadSource {
  if (raw.length > MAX_SOURCE_LENGTH)
    return {
      ok: false,
      error: `The file is ${Math.round(raw.length / 1000)} kB: a values file is far smaller. Check that it is the right one.`,
    };
  const crlf = raw.includes("\r\n");
  let text = raw.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const notes: string[] = [];
  let lineOffset = 0;
  const header = HELM_HEADER.exec(text);
  if (header) {
    text = text.slice(header[0].length);
    lineOffset = 1;
    notes.push(
      `Removed the first line "${header[1]} VALUES:" printed by helm get values: it is not part ` +
        "of the values.",
    );
    if (header[1] === "COMPUTED")
      notes.push(
        "Computed values hold every default of the chart too; the output of helm get values " +
          "without --all (only your own values) makes a shorter file that follows chart updates.",
      );
  }
  return {
    ok: true,
    text,
    notes,
    lineOffset,
    restoreLineEnds: (result) => (crlf ? result.replace(/\n/g, "\r\n") : result),
  };
}
