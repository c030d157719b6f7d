// A Helm chart template pasted where a values file belongs: `{{ … }}` actions outside quotes,
// comments and block scalars. The `yaml` library would read them as nested flow mappings (or
// plain strings) and the merged file would be neither the template nor valid values.
import { Lexer } from "yaml";

export interface TemplateAction {
  /** 1-based, in the text given. */
  line: number;
  column: number;
  /** The action as written, shortened: `{{ .Values.image }}`. */
  action: string;
}

/** The lexer's own markers (document, flow end, scalar), which take no room in the text. */
const CONTROL = new Set(["\u0002", "\u0018", "\u001f"]);
const BLOCK_HEADER = /^[|>][-+0-9]*$/;

/** Where a `{{` opens a template action as YAML syntax or in a plain scalar, or null. */
export function findTemplateAction(text: string): TemplateAction | null {
  if (!text.includes("{{")) return null;
  let offset = 0;
  let afterBlockHeader = false;
  let previous = "";
  for (const token of new Lexer().lex(text)) {
    if (CONTROL.has(token)) continue;
    const start = offset;
    offset += token.length;
    const kind = token[0];
    if (BLOCK_HEADER.test(token)) afterBlockHeader = true;
    else if (token.trim() !== "" && kind !== "#") {
      const blockScalar = afterBlockHeader;
      afterBlockHeader = false;
      const quoted = kind === '"' || kind === "'";
      const at = token.indexOf("{{");
      // "{" "{": two flow-mapping starts, the way YAML reads an action at the start of a value.
      if (token === "{" && previous === "{") return locate(text, start - 1);
      if (!quoted && !blockScalar && token !== "{" && at >= 0) return locate(text, start + at);
    }
    previous = token;
  }
  return null;
}

function locate(text: string, index: number): TemplateAction {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  const column = index - before.lastIndexOf("\n");
  const close = text.indexOf("}}", index);
  const end = close >= 0 && close - index < 60 ? close + 2 : index + 40;
  const action = text.slice(index, end).split("\n")[0]!;
  return { line, column, action: close >= 0 && close - index < 60 ? action : `${action}…` };
}

/** The refusal, with where the action is and what to paste instead. */
export function templateMessage(found: TemplateAction, line: number): string {
  return (
    `This looks like a Helm chart template, not a values file: line ${line} has ` +
    `"${found.action}" outside quotes, which Helm fills in when it renders a chart. Paste the ` +
    "values the release was installed with instead: the output of helm get values RELEASE -n " +
    "NAMESPACE, or your own values.yaml. If it is a value your chart passes through tpl, put " +
    "it in quotes."
  );
}
