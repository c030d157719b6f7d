// Says, in words, why a file differs from what the defaults generate (the marks in the code
// carry the same reasons on hover; this list is what keyboard and screen-reader users get).
import type { FileChanges } from "@/lib/preview/changes";

function ranges(lines: number[]): string {
  const parts: string[] = [];
  let start = lines[0]!;
  let end = start;
  for (const line of lines.slice(1).concat(Number.NaN)) {
    if (line === end + 1) end = line;
    else {
      parts.push(start === end ? `${start + 1}` : `${start + 1}–${end + 1}`);
      start = end = line;
    }
  }
  return parts.join(", ");
}

export function ChangeList({ changes }: { changes: FileChanges }) {
  if (changes.isNew)
    return (
      <p className="text-xs text-amber-900 dark:text-amber-200">
        Not in the default bundle; added by {changes.reasons.join(", ") || "your settings"}.
      </p>
    );
  if (changes.lines.size === 0)
    return <p className="text-xs text-slate-600 dark:text-slate-400">Same as with the defaults.</p>;
  const byReason = new Map<string, number[]>();
  for (const [line, reasons] of changes.lines)
    for (const reason of reasons) byReason.set(reason, [...(byReason.get(reason) ?? []), line]);
  return (
    <details className="text-xs text-amber-950 dark:text-amber-100">
      <summary className="cursor-pointer rounded focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500">
        {changes.lines.size} {changes.lines.size === 1 ? "line differs" : "lines differ"} from the
        defaults: {[...byReason.keys()].join(", ")}
      </summary>
      <ul className="mt-1 list-disc pl-5">
        {[...byReason].map(([reason, lines]) => (
          <li key={reason}>
            {reason}: {lines.length === 1 ? "line" : "lines"}{" "}
            {ranges([...lines].sort((a, b) => a - b))}
          </li>
        ))}
      </ul>
    </details>
  );
}
