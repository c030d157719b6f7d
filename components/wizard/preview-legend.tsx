// What the preview's marks mean, in words as well as symbols (never by colour alone), and the
// switch between wrapping long lines and scrolling them sideways.
import { CHANGED_MARK } from "@/components/ui/code-block";

/** The mark on the tab of a file the default configuration does not generate. */
export const NEW_MARK = "+";

function Mark({ symbol, words }: { symbol: string; words: string }) {
  return (
    <>
      <span
        aria-hidden="true"
        className="inline-block w-3 text-center font-semibold text-amber-700 dark:text-amber-300"
      >
        {symbol}
      </span>
      <span className="sr-only">{words}</span>
    </>
  );
}

export function PreviewLegend({
  id,
  wrap,
  onWrap,
}: {
  id: string;
  wrap: boolean;
  onWrap: (wrap: boolean) => void;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      <p id={id} data-testid="preview-legend" className="min-w-0 flex-1">
        <Mark symbol={CHANGED_MARK} words="A dot mark:" /> differs from the defaults (on a tab, the
        file; beside a line number, the line: point at it for the setting behind it).{" "}
        <Mark symbol={NEW_MARK} words="A plus mark:" /> a file the defaults do not have.
      </p>
      <label className="flex shrink-0 items-center gap-1.5">
        <input
          type="checkbox"
          checked={wrap}
          onChange={(event) => onWrap(event.target.checked)}
          className="h-3.5 w-3.5 accent-sky-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-offset-2 dark:accent-sky-400"
        />
        Wrap long lines
      </label>
    </div>
  );
}
