"use client";
// "Paste on the bastion": the bundle as one shell snippet, for a host where files cannot be
// copied (lib/bundle/bastion.ts). Built only once the user unfolds it, so Review stays fast.
import { useEffect, useState } from "react";
import type { Config } from "@/lib/config/schema";
import type { MergeSources } from "@/lib/merge/types";
import type { BastionSnippet, PasteSizeNote } from "@/lib/bundle/bastion";
import { CopyButton } from "@/components/ui/copy-button";
import { Notice } from "@/components/ui/notice";
import type { GeneratedFile } from "@/lib/generators/types";
import { useLive } from "@/components/wizard-state/wizard-context";
import { bundleFor, previewFilesOf } from "./bundle-for";

type State =
  | { kind: "idle" }
  | { kind: "building" }
  | { kind: "ready"; snippet: BastionSnippet; dir: string; note: PasteSizeNote }
  | { kind: "error"; message: string };

async function build(
  config: Config,
  mergeSources: MergeSources,
  generated: GeneratedFile[] | null,
) {
  const [{ bastionSnippet, pasteSizeNote }, bundle] = await Promise.all([
    import("@/lib/bundle/bastion"),
    bundleFor(config, mergeSources, generated),
  ]);
  const snippet = bastionSnippet(bundle.zip);
  return { snippet, dir: snippet.dir, note: pasteSizeNote(snippet.bytes) };
}

export function BastionCommand({
  config,
  mergeSources,
}: {
  config: Config | null;
  mergeSources: MergeSources;
}) {
  const [open, setOpen] = useState(false);
  const generated = previewFilesOf(useLive(), config, mergeSources);
  const [state, setState] = useState<State>({ kind: "idle" });

  useEffect(() => {
    if (!open || !config) return;
    let active = true;
    setState({ kind: "building" });
    build(config, mergeSources, generated).then(
      (ready) => active && setState({ kind: "ready", ...ready }),
      (error: unknown) =>
        active &&
        setState({
          kind: "error",
          message: `The command could not be built: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
    return () => {
      active = false;
    };
  }, [open, config, mergeSources, generated]);

  return (
    <details
      data-testid="bastion-details"
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      <summary className="cursor-pointer rounded text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500">
        Paste on the bastion: the bundle as one shell command, for a host you cannot copy files to
      </summary>
      <div className="mt-3 space-y-3 text-sm">
        <p className="text-slate-700 dark:text-slate-300">
          Paste it into a shell on the host, in the directory where the bundle should go. It holds
          the zip as base64, checks its SHA-256 (<code>sha256sum</code>, or{" "}
          <code>shasum -a 256</code> on macOS) before anything is unpacked, then unpacks it with{" "}
          <code>unzip</code> (or <code>python3</code>) into a new directory. It runs in a subshell:
          if it fails, your shell stays open and nothing is left behind.
        </p>
        {!config && (
          <p className="text-red-700 dark:text-red-400">
            The command waits until the fields listed below are fixed.
          </p>
        )}
        {state.kind === "building" && config && (
          <p role="status" className="text-slate-600 dark:text-slate-400">
            Building the command…
          </p>
        )}
        {state.kind === "error" && (
          <Notice tone="error" role="alert">
            <p>{state.message}</p>
          </Notice>
        )}
        {state.kind === "ready" && config && (
          <div className="space-y-2" data-testid="bastion-ready">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="min-w-0 flex-1 text-slate-700 dark:text-slate-300">
                Unpacks into <code>{state.dir}/</code>. SHA-256 of the zip, the same as the
                download&apos;s: <code className="break-all">{state.snippet.sha256}</code>
              </p>
              <CopyButton text={state.snippet.text} what="the bastion command" />
            </div>
            <Notice tone={state.note.tone}>
              <p data-testid="bastion-size">Size: {state.note.text}</p>
            </Notice>
            <pre
              tabIndex={0}
              aria-label="The bastion command"
              className="max-h-48 overflow-auto rounded-md bg-slate-50 p-2 text-xs leading-5 text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:bg-slate-900 dark:text-slate-100"
            >
              <code>{state.snippet.text}</code>
            </pre>
          </div>
        )}
      </div>
    </details>
  );
}
