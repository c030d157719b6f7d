"use client";
// NO_PROXY as a list of entries: add (split and normalized on the way in, by the same function
// the schema and the command line use), remove, and suggestions that add or remove their
// entries. `proxy.noProxy` in the form stays the single truth; the text in the box, not yet
// added, lives above the step and in the draft (useTyping), so a reload or a step change keeps it.
import { useEffect, useId, useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { parseNoProxyEntry } from "@/lib/proxy/no-proxy";
import {
  addNoProxyText,
  parseNoProxyList,
  pastedListOnOneLine,
  removeNoProxyEntry,
} from "@/lib/proxy/no-proxy-list";
import { focusAfterRemoval } from "@/lib/focus/after-removal";
import { useTyping } from "@/components/wizard-state/wizard-context";
import { Button, FOCUS_RING } from "@/components/ui/button";
import { FieldError, INPUT_CLASS } from "@/components/ui/field";
import { NoProxySuggestions } from "./no-proxy-suggestions";

const EMPTY: string[] = [];

export function NoProxyEditor() {
  const id = useId();
  const { control, setValue } = useFormContext<ConfigInput>();
  const noProxy = useWatch({ control, name: "proxy.noProxy" }) ?? EMPTY;
  const [draft, setDraft] = useTyping("noProxy");
  const [errors, setErrors] = useState<string[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // After a removal: the entry whose button takes the focus, or null for the input.
  const focusNext = useRef<{ entry: string | null } | null>(null);

  const update = (next: string[]) =>
    setValue("proxy.noProxy", next, { shouldDirty: true, shouldValidate: true });

  const add = () => {
    if (draft.trim() === "") {
      setErrors(["Type an entry first, for example .corp.example.com or 10.0.0.0/16."]);
      setNotes([]);
      return;
    }
    const added = addNoProxyText(noProxy, draft);
    update(added.entries);
    setErrors(added.errors);
    setNotes(added.notes);
    // The accepted entries leave the box; what was refused stays, to be corrected.
    setDraft(added.box);
  };

  const remove = (entry: string, index: number) => {
    const next = removeNoProxyEntry(noProxy, entry);
    focusNext.current = { entry: focusAfterRemoval(noProxy, next, index) };
    update(next);
  };
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const button =
      target.entry === null
        ? null
        : list.current?.querySelector<HTMLButtonElement>(
            `button[data-entry="${CSS.escape(target.entry)}"]`,
          );
    (button ?? input.current)?.focus();
  }, [noProxy]);

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">NO_PROXY: destinations reached directly</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        Host names, .suffixes, IP addresses and CIDR ranges, with an optional :port. Paste a whole
        list: commas and line breaks separate entries (spaces and semicolons too, with a note). A
        template, YAML or a sentence is refused whole. Starts from the documented localhost,
        127.0.0.1 and .cluster.local.
      </p>
      <ul ref={list} aria-label="NO_PROXY entries" className="flex flex-wrap gap-2">
        {noProxy.map((entry, index) => {
          const parsed = parseNoProxyEntry(entry);
          const note = parsed.ok ? (parsed.warning ?? parsed.note) : parsed.error;
          return (
            <li
              key={entry}
              className="flex max-w-full min-w-0 items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pr-1 pl-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
            >
              <span className="min-w-0 break-all">{entry}</span>
              {note && (
                <span title={note} className="text-amber-700 dark:text-amber-300">
                  <span aria-hidden="true">⚠</span>
                  <span className="sr-only">(see the note below)</span>
                </span>
              )}
              <button
                type="button"
                data-entry={entry}
                onClick={() => remove(entry, index)}
                aria-label={`Remove ${entry}`}
                className={`shrink-0 rounded-full px-1.5 hover:bg-slate-200 dark:hover:bg-slate-800 ${FOCUS_RING}`}
              >
                ×
              </button>
            </li>
          );
        })}
        {noProxy.length === 0 && (
          <li className="text-sm text-slate-600 dark:text-slate-400">
            No entries: everything goes through the proxy.
          </li>
        )}
      </ul>
      <div className="flex gap-2">
        <label htmlFor={id} className="sr-only">
          New NO_PROXY entries
        </label>
        <input
          ref={input}
          id={id}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            // The reasons belong to the text they were about: an empty box has none.
            if (event.target.value.trim() === "") setErrors([]);
          }}
          onPaste={(event) => {
            const pasted = event.clipboardData.getData("text");
            if (!/[\r\n]/.test(pasted)) return;
            event.preventDefault();
            const { selectionStart, selectionEnd } = event.currentTarget;
            setDraft(
              draft.slice(0, selectionStart ?? draft.length) +
                pastedListOnOneLine(pasted) +
                draft.slice(selectionEnd ?? draft.length),
            );
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
          placeholder=".corp.example.com, 10.0.0.0/16"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
          className={`${INPUT_CLASS} min-w-0 flex-1 font-mono ${errors.length > 0 ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600"}`}
        />
        <Button onClick={add}>Add</Button>
      </div>
      <FieldError id={`${id}-error`} message={errors.join(" ") || undefined} />
      <NoProxyNotes notes={notes} entries={noProxy} />
      <NoProxySuggestions noProxy={noProxy} onChange={update} />
    </fieldset>
  );
}

/** What the last entries added were rewritten to, then how the receivers read the list. */
function NoProxyNotes({ notes, entries }: { notes: string[]; entries: readonly string[] }) {
  const { warnings } = parseNoProxyList(entries);
  const all = [...notes, ...warnings.filter((warning) => !notes.includes(warning))];
  return (
    <div aria-live="polite">
      {all.length > 0 && (
        <ul
          aria-label="NO_PROXY notes"
          className="list-disc space-y-1 pl-5 text-sm text-amber-800 dark:text-amber-300"
        >
          {all.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
