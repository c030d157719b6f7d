"use client";
// A highlighted, read-only code view. Changed lines are marked in the gutter; the text inside
// <code> is exactly the file's text, so selecting and copying it gives the file.
import { memo } from "react";
import type { FileLanguage } from "@/lib/generators/types";
import { TOKEN_CLASS, tokenizeLine } from "./highlight";

export const CodeBlock = memo(function CodeBlock({
  text,
  language,
  changed,
  label,
}: {
  text: string;
  language: FileLanguage;
  /** 0-based line indexes to mark, with the reason shown on hover. */
  changed?: ReadonlyMap<number, readonly string[]>;
  label?: string;
}) {
  const lines = text.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return (
    <pre
      tabIndex={0}
      aria-label={label}
      className="overflow-x-auto rounded-md bg-slate-50 py-2 text-xs leading-5 text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:bg-slate-900 dark:text-slate-100"
    >
      <code className="block min-w-max">
        {lines.map((line, index) => {
          const reasons = changed?.get(index);
          return (
            <span
              key={index}
              data-changed={reasons ? "" : undefined}
              title={reasons ? `Differs from the defaults: ${reasons.join(", ")}` : undefined}
              className={`code-line block border-l-4 pr-3 pl-2 ${reasons ? "border-amber-500 bg-amber-100/70 dark:border-amber-400 dark:bg-amber-900/40" : "border-transparent"}`}
            >
              {tokenizeLine(line, language).map((token, i) =>
                token.kind === "plain" ? (
                  token.text
                ) : (
                  <span key={i} className={TOKEN_CLASS[token.kind]}>
                    {token.text}
                  </span>
                ),
              )}
              {"\n"}
            </span>
          );
        })}
      </code>
    </pre>
  );
});
