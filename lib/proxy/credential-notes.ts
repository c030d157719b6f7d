// Proxy user names and passwords that a person probably did not mean: text copied with its
// quotes, a shell line's comment or variable, a line end, a URL escape typed into a plain field.
// Warnings only: any of these can be a real password, and the bundle percent-encodes them all.
import { shellExpansionMessage, shellExpansions } from "./pasted";

export type CredentialKind = "user name" | "password";

const INVISIBLE = /[\u200B-\u200D\u2060\u00AD]/;

/** What to say about a proxy user name or password, as typed in its field or taken from a URL. */
export function credentialWarnings(value: string, kind: CredentialKind): string[] {
  if (value === "") return [];
  const the = `The proxy ${kind}`;
  const warnings: string[] = [];
  // The user name is trimmed like every setting (the schema), the password is kept as typed.
  if (/^[ \t\r\n]*\uFEFF/.test(value))
    warnings.push(
      kind === "user name"
        ? `An invisible byte-order mark (U+FEFF) at the start of the proxy user name was removed: some editors and clipboards add it.`
        : `${the} starts with an invisible byte-order mark (U+FEFF), which is sent as part of it: retype the password.`,
    );
  const inner = value.replace(/^\uFEFF/, "");
  const edges = (inner.match(/^\s+|\s+$/g) ?? []).join("");
  const edge = /[\r\n]/.test(edges) ? "a line break" : /\t/.test(edges) ? "a tab" : "a space";
  if (edges !== "")
    warnings.push(
      kind === "user name"
        ? `The proxy user name starts or ends with ${edge}, which is left out: the proxy gets "${inner.trim()}".`
        : `${the} starts or ends with ${edge}, which is sent as part of it: remove it unless the password really has one.`,
    );
  if (/[\r\n]/.test(inner.trim()))
    warnings.push(
      `${the} holds a line break: it was probably copied with the end of a line. Remove it.`,
    );
  else if (/[\u0000-\u001F\u007F]/.test(inner.trim()))
    warnings.push(`${the} holds a control character (such as a tab): retype it.`);
  if (INVISIBLE.test(inner))
    warnings.push(`${the} holds an invisible character (such as a zero-width space): retype it.`);
  const quote = /["'“”‘’`]/.exec(inner)?.[0];
  // "$" alone is common in passwords: only the forms a shell surely expands are named.
  const expansion = shellExpansions(inner).find(
    (e) => /^(\$[({]|`)/.test(e) || /^\$[A-Z_][A-Z0-9_]+$/.test(e),
  );
  if (expansion) warnings.push(shellExpansionMessage(expansion, `the ${kind}`));
  else if (quote)
    warnings.push(
      `${the} holds a quote mark (${quote}): it was probably copied with the quotes around it. Leave them out unless they are part of the ${kind}.`,
    );
  if (inner.includes("#"))
    warnings.push(
      `${the} holds "#", which starts a comment in shell and .env files: check that the ${kind} was copied whole, and that "#" is part of it.`,
    );
  const slash = /[/\\]/.exec(inner)?.[0];
  if (slash)
    warnings.push(
      kind === "user name"
        ? `${the} holds "${slash}": if it is a Windows account (DOMAIN${slash}user), check that your proxy takes that form with Basic authentication, the only kind a proxy URL sends; a user name and a password belong in two fields.`
        : `${the} holds "${slash}": check that it is part of the password and not the rest of a copied path or escape.`,
    );
  const escape = /%[0-9A-Fa-f]{2}/.exec(inner)?.[0];
  if (escape)
    warnings.push(
      `${the} holds "${escape}", which is taken as it stands (three characters), not as a URL escape: if you copied it from a URL, type the character it stands for.`,
    );
  return warnings;
}
