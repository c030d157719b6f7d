"use client";
// The install, step by step as install.sh runs it, each block with its own copy button.
import { useMemo } from "react";
import type { InstallPlan } from "@/lib/plan/install-plan";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";

export function InstallCommands({ plan }: { plan: InstallPlan }) {
  const steps = useMemo(
    () => [
      {
        title: "Variables",
        why: "install.sh sets these first; the commands below use them. Run from the unzipped bundle, in one shell.",
        commands: plan.commands.variables,
      },
      ...plan.commands.steps,
    ],
    [plan],
  );
  return (
    <section aria-labelledby="commands-title" className="space-y-3">
      <h3 id="commands-title" className="text-base font-semibold">
        Commands, in order
      </h3>
      <ol className="space-y-4">
        {steps.map((step, index) => {
          const text = step.commands.join("\n") + "\n";
          return (
            <li key={step.title} className="space-y-1.5">
              <div className="flex items-start justify-between gap-2">
                <div>
                  <p className="text-sm font-medium">
                    {index + 1}. {step.title}
                  </p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">{step.why}</p>
                </div>
                <CopyButton text={text} what={`commands: ${step.title}`} />
              </div>
              <CodeBlock text={text} language="shell" label={`Commands: ${step.title}`} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
