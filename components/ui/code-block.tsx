"use client";
// A highlighted, read-only code view. Line numbers and the changed-line mark (●) are drawn by CSS
// from data attributes (globals.css, .code-numbered): the text inside <code> is exactly the
// file's text, so selecting and copying it gives the file and nothing else.
import { memo } from "react";
import type { FileLanguage } from "@/lib/generators/types";
import { TOKEN_CLASS, tokenizeLine } from "./highlight";

/** The mark beside a changed line's number, as the legend shows it. */
export const CHANGED_MARK = "●";

export const CodeBlock = memo(function CodeBlock({
  text,
  language,
  changed,
  label,
  lineNumbers = false,
  wrap = false,
}: {
  text: string;
  language: FileLanguage;
  /** 0-based line indexes to mark, with the reason shown on hover. */
  changed?: ReadonlyMap<number, readonly string[]>;
  label?: string;
  /** Numbers from 1, as the change summary cites them. */
  lineNumbers?: boolean;
  /** Wrap long lines instead of scrolling the box sideways. */
  wrap?: boolean;
}) {
  const lines = text.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  // Room for the widest number, the mark and a space.
  const gutter = `${String(lines.length).length + (changed && changed.size > 0 ? 2 : 0)}ch`;
  return (
    <pre
      tabIndex={0}
      aria-label={label}
      data-wrap={wrap ? "" : undefined}
      style={lineNumbers ? ({ "--gutter": gutter } as React.CSSProperties) : undefined}
      className={`${lineNumbers ? "code-numbered" : ""} rounded-md bg-slate-50 py-2 text-xs leading-5 text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:bg-slate-900 dark:text-slate-100 ${
        // contain: inline-size keeps the long lines' width out of every parent's size (a grid
        // column would otherwise grow to the longest line and the page scroll sideways).
        wrap
          ? "overflow-x-hidden whitespace-pre-wrap wrap-anywhere"
          : "overflow-x-auto [contain:inline-size]"
      }`}
    >
      <code className={`block ${wrap ? "" : "min-w-max"}`}>
        {lines.map((line, index) => {
          const reasons = changed?.get(index);
          return (
            <span
              key={index}
              data-changed={reasons ? "" : undefined}
              data-gutter={
                lineNumbers
                  ? reasons
                    ? `${CHANGED_MARK} ${index + 1}`
                    : `${index + 1}`
                  : undefined
              }
              title={reasons ? `Differs from the defaults: ${reasons.join(", ")}` : undefined}
              className={`code-line block border-l-4 pr-3 pl-2 ${reasons ? "border-amber-500 bg-amber-100/70 dark:border-amber-300 dark:bg-amber-300/10" : "border-transparent"}`}
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
