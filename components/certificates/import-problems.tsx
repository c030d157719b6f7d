"use client";
// What the last import refused or noticed, next to the input, announced to screen readers.
import type { ImportProblem } from "@/lib/certs";
import { BUTTON, ERROR_BOX, INFO_BOX } from "./styles";

export function ImportProblems({
  problems,
  onDismiss,
}: {
  problems: ImportProblem[];
  onDismiss: () => void;
}) {
  const refused = problems.filter((p) => p.severity === "refused");
  const notices = problems.filter((p) => p.severity === "notice");
  return (
    <div role="alert" data-testid="certificate-import-problems" className="space-y-2 empty:hidden">
      {refused.length > 0 && (
        <div className={ERROR_BOX}>
          <p className="font-semibold">Refused</p>
          <ul className="list-disc space-y-1 pl-5">
            {refused.map((problem, i) => (
              <li key={i} data-code={problem.code}>
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notices.length > 0 && (
        <div className={INFO_BOX}>
          <ul className="list-disc space-y-1 pl-5">
            {notices.map((problem, i) => (
              <li key={i} data-code={problem.code}>
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {problems.length > 0 && (
        <button type="button" className={BUTTON} onClick={onDismiss}>
          Dismiss these messages
        </button>
      )}
    </div>
  );
}
