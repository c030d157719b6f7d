// Shapes that pasted text takes when it was copied from somewhere else: a shell line that sets
// the variable, quotes around the value, a shell expansion, a byte-order mark. The proxy URL and
// NO_PROXY readers both look for them first, so the message names what was pasted.

/** The text without a leading byte-order mark, and the note that says it was removed. */
export function stripBom(text: string, what: string): { text: string; note?: string } {
  // Not trimStart(): JavaScript counts U+FEFF as white space and would drop it unseen.
  const at = /^[ \t\r\n]*\uFEFF/.exec(text);
  if (!at) return { text };
  return {
    text: text.slice(at[0].length),
    note: `An invisible byte-order mark (U+FEFF) at the start of the ${what} was removed: some editors and clipboards add it.`,
  };
}

const ASSIGNMENT =
  /^\s*(?:export\s+|set\s+|setx\s+|declare\s+-x\s+|\$env:)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([\s\S]*?)\s*;?\s*$/;

/** `NAME=value`, `export NAME=value`, `set NAME=value` or `$env:NAME = "value"`, or null. */
export function shellAssignment(text: string): { name: string; value: string } | null {
  const match = ASSIGNMENT.exec(text);
  if (!match) return null;
  const value = match[2] ?? "";
  return { name: match[1] ?? "", value: unquote(value) ?? value };
}

/** The message for a pasted shell line, with the value to paste instead. */
export function shellAssignmentMessage(line: { name: string; value: string }, what: string) {
  return line.value === ""
    ? `This is a shell line that sets ${line.name}, with nothing after "=": paste ${what} itself.`
    : `This is a shell line that sets ${line.name}: paste only ${what} after "=": ${line.value}.`;
}

const QUOTES: Record<string, string> = { '"': '"', "'": "'", "“": "”", "‘": "’", "`": "`" };

/** The text inside matching quotes, or null when it is not quoted. */
export function unquote(text: string): string | null {
  const trimmed = text.trim();
  const close = QUOTES[trimmed[0] ?? ""];
  if (!close || trimmed.length < 2 || !trimmed.endsWith(close)) return null;
  return trimmed.slice(1, -1).trim();
}

const EXPANSION = /\$\([^)]*\)?|`[^`]*`|\$\{[^}]*\}?|\$[A-Za-z_][A-Za-z0-9_]*/g;

/** Shell expansions in the text: $(command), `command`, ${NAME} and $NAME. */
export function shellExpansions(text: string): string[] {
  return [...text.matchAll(EXPANSION)].map((match) => match[0]);
}

/** Why a shell expansion does nothing here, and what to write instead. */
export function shellExpansionMessage(expansion: string, what: string): string {
  const command = expansion.startsWith("$(") || expansion.startsWith("`");
  return command
    ? `"${expansion}" is a shell command substitution: nothing runs it here, the text is used as it stands. Write ${what} it would print.`
    : `"${expansion}" is a shell variable: nothing expands it here, the text is used as it stands. Write ${what} it holds.`;
}
