// A tiny line tokenizer for the preview's highlighting (YAML, HCL, shell, JSON). It only colours;
// it never changes the text, so the tokens of a line always join back to the line.
import type { FileLanguage } from "@/lib/generators/types";

export type TokenKind = "comment" | "key" | "string" | "number" | "keyword" | "variable" | "plain";
export interface Token {
  text: string;
  kind: TokenKind;
}

// Long lines (a CA bundle's base64) are shown as one token: scanning them buys nothing.
const MAX_SCANNED = 2000;

const RULES: Record<string, [RegExp, TokenKind][]> = {
  yaml: [
    [/^#.*/, "comment"],
    [/^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:#'"][^:#]*?)(?=:(?:\s|$))/, "key"],
    [/^"(?:[^"\\]|\\.)*"?|^'(?:[^']|'')*'?/, "string"],
    [/^(?:true|false|null|~)(?=\s|$)/, "keyword"],
    [/^-?\d+(?:\.\d+)?(?=\s|$)/, "number"],
  ],
  hcl: [
    [/^(?:#|\/\/).*/, "comment"],
    [/^"(?:[^"\\]|\\.)*"?/, "string"],
    [/^(?:true|false|null|module|variable|output|resource|locals|terraform|provider)\b/, "keyword"],
    [/^[A-Za-z_][\w-]*(?=\s*=)/, "key"],
    [/^-?\d+(?:\.\d+)?\b/, "number"],
  ],
  shell: [
    [/^#.*/, "comment"],
    [/^'[^']*'?/, "string"],
    [/^"(?:[^"\\]|\\.)*"?/, "string"],
    [/^\$(?:\{[^}]*\}|[A-Za-z_]\w*|[@#?$!0-9])/, "variable"],
    [/^(?:if|then|else|fi|for|do|done|case|esac|set|export|read|echo|local|function)\b/, "keyword"],
  ],
  json: [
    [/^"(?:[^"\\]|\\.)*"(?=\s*:)/, "key"],
    [/^"(?:[^"\\]|\\.)*"?/, "string"],
    [/^(?:true|false|null)\b/, "keyword"],
    [/^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, "number"],
  ],
};

/** Splits one line into coloured tokens. */
export function tokenizeLine(line: string, language: FileLanguage): Token[] {
  const rules = RULES[language];
  if (!rules || line.length > MAX_SCANNED) return [{ text: line, kind: "plain" }];
  const tokens: Token[] = [];
  let rest = line;
  let plain = "";
  let atWordStart = true;
  while (rest.length > 0) {
    let matched = false;
    // Rules only apply at the start of a word, so `a#b` or `x-1` stay plain.
    if (atWordStart) {
      for (const [pattern, kind] of rules) {
        const m = pattern.exec(rest);
        if (m && m[0].length > 0) {
          if (plain) tokens.push({ text: plain, kind: "plain" });
          plain = "";
          tokens.push({ text: m[0], kind });
          rest = rest.slice(m[0].length);
          matched = true;
          break;
        }
      }
    }
    if (!matched) {
      const ch = rest[0]!;
      plain += ch;
      rest = rest.slice(1);
      atWordStart = /[\s\-:=,[\]{}()]/.test(ch);
    } else atWordStart = false;
  }
  if (plain) tokens.push({ text: plain, kind: "plain" });
  return tokens;
}

export const TOKEN_CLASS: Record<TokenKind, string> = {
  comment: "text-slate-600 italic dark:text-slate-400",
  key: "text-sky-800 dark:text-sky-300",
  string: "text-emerald-800 dark:text-emerald-300",
  number: "text-violet-800 dark:text-violet-300",
  keyword: "text-fuchsia-800 dark:text-fuchsia-300",
  variable: "text-amber-800 dark:text-amber-300",
  plain: "",
};
