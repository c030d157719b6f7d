// Text pasted into the NO_PROXY box that is plainly not a list of hosts: a template, a YAML
// fragment, a comment, a sentence. Split into words, each would pass as a one-label host name
// ("all", "internal", "hosts"), so such text is refused whole, saying what it looks like.
// And the separators NO_PROXY does not use (";", spaces) are split at, with a note that says so.

/** Words that make a chunk of several words read as a sentence rather than as host names. */
const PROSE_WORDS = new Set(
  (
    "a all an and any are but by direct directly every everything except for from hosts in " +
    "internal is it no not of on only or our please servers should some that the these this to " +
    "use we with without"
  ).split(" "),
);

/** A word of letters only, as sentences are made of (host names mostly have dots or digits). */
const PLAIN_WORD = /^[a-z]+$/i;

/** The entries a YAML list holds (`- a.corp`), to suggest in the message. */
function yamlItems(text: string): string[] {
  return [...text.matchAll(/(?:^|[\n,])[ \t]*-[ \t]+["']?([^\s,"'#]+)/g)].map((m) => m[1]!);
}

function looksLikeSentence(text: string): boolean {
  return text.split(/[,;\r\n]+/).some((chunk) => {
    const words = chunk.trim().split(/\s+/).filter(Boolean);
    if (words.length < 2) return false;
    const plain = words.filter(
      (word) => PLAIN_WORD.test(word) && word.toLowerCase() !== "localhost",
    );
    if (words.some((word) => PROSE_WORDS.has(word.toLowerCase().replace(/[.!?:]$/, ""))))
      return plain.length >= 2;
    return words.length >= 3 && plain.length * 2 > words.length;
  });
}

/**
 * Why the whole text is not a NO_PROXY list, or null when it may be one. Read before the text is
 * split, on the text as typed or pasted (line breaks may have become ", " in the one-line box).
 */
export function notAHostList(text: string): string | null {
  if (/\{\{|\}\}/.test(text))
    return 'This looks like a Go template (as in a Helm chart: "{{ … }}"), not a list of hosts: nothing renders it here. Paste the host names it would produce, separated by commas.';
  if (/\{%|%\}/.test(text))
    return 'This looks like a Jinja template ("{% … %}"), not a list of hosts: nothing renders it here. Paste the host names it would produce, separated by commas.';
  const items = yamlItems(text);
  const pair = /(?:^|[\n,])[ \t]*[A-Za-z_][\w.-]*:[ \t]+(\S[^\n]*)/.exec(text);
  if (items.length > 0 || pair) {
    const entries = items.length > 0 ? items.join(", ") : pair![1]!.replace(/["'[\]]/g, "").trim();
    return `This looks like YAML (a "key: value" or "- item" line), not a list of hosts: paste only the entries, separated by commas (${entries}).`;
  }
  if (/(?:^|\s|,)#/.test(text))
    return 'This looks like a comment ("#"): NO_PROXY has no comments. Paste only the host names, separated by commas.';
  if (looksLikeSentence(text))
    return `This looks like a sentence, not a list of hosts ("${text.trim().slice(0, 60)}"): NO_PROXY takes host names, .suffixes, IP addresses and CIDR ranges. If these words are host names, separate them with commas.`;
  return null;
}

export const NO_PROXY_SPLIT_NOTES = {
  semicolons:
    'The list was split at ";": NO_PROXY separates entries with commas only (Go, curl and Node would read ";" as part of a host name). It is written with commas.',
  spaces: (chunk: string) =>
    `"${chunk}" was split at the spaces into separate entries: NO_PROXY separates entries with commas. It is written with commas.`,
} as const;
