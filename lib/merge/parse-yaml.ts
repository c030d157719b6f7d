// Parsing a values file once for everything the merge needs of it: the documents (as the `yaml`
// library's parseAllDocuments gives them, with the same error positions) and the comments (as
// commentsOf in keep-format.ts gives them). The comments are picked from the lexer's tokens on
// the way to the parser: a second lexing of a 1 MB file costs as much as a quarter of the merge.
import { Composer, Lexer, LineCounter, Parser, type Document } from "yaml";

export interface ParsedYaml {
  docs: Document.Parsed[];
  /** Every comment, trimmed, in order (a `#` inside a string or block scalar is not one). */
  comments: string[];
}

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const parser = new Parser(lines.addNewLine);
  const comments: string[] = [];
  function* tokens() {
    // As Parser.parse does: the first line starts at 0.
    lines.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      if (lexeme.startsWith("#")) comments.push(lexeme.trim());
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  const docs = Array.from(new Composer({ merge: true }).compose(tokens()));
  // As parseAllDocuments's prettyErrors: each error and warning knows its line and column.
  for (const doc of docs)
    for (const problem of [...doc.errors, ...doc.warnings])
      problem.linePos ??= [lines.linePos(problem.pos[0]), lines.linePos(problem.pos[1])];
  return { docs, comments };
}
