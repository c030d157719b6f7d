"use client";
// What the last import refused or noticed, next to the input, announced to screen readers.
import type { ImportProblem } from "@/lib/certs";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

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
        <Notice tone="error" title="Refused">
          <ul className="list-disc space-y-1 pl-5">
            {refused.map((problem, i) => (
              <li key={i} data-code={problem.code}>
                {problem.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {notices.length > 0 && (
        <Notice tone="info">
          <ul className="list-disc space-y-1 pl-5">
            {notices.map((problem, i) => (
              <li key={i} data-code={problem.code}>
                {problem.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {problems.length > 0 && (
        <Button size="sm" onClick={onDismiss}>
          Dismiss these messages
        </Button>
      )}
    </div>
  );
}
