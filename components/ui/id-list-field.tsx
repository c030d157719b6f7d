"use client";
// A list of identifiers (subnet ids) typed or pasted as text: one per line, or separated by
// commas or spaces (a Terraform list pastes too). The form holds the list; the text box keeps
// what is being typed, so a trailing comma does not vanish mid-word.
import { useEffect, useId, useState } from "react";
import { useFormContext, useFormState, useWatch, type FieldPath } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { splitIdList } from "@/lib/config/aws";
import { borderClass, controlProps, FieldFrame, INPUT_CLASS } from "./field";

const EMPTY: string[] = [];

export function IdListField({
  name,
  label,
  hint,
  placeholder,
}: {
  name: FieldPath<ConfigInput>;
  label: string;
  hint: string;
  placeholder?: string;
}) {
  const id = useId();
  const { control, setValue, getFieldState } = useFormContext<ConfigInput>();
  const list = (useWatch({ control, name }) as string[] | undefined) ?? EMPTY;
  const formState = useFormState<ConfigInput>({ name });
  const error = getFieldState(name, formState).error?.message;
  const [text, setText] = useState(() => list.join("\n"));
  // A list set from elsewhere (a preset, a link, Reset) replaces the text.
  useEffect(() => {
    setText((current) =>
      splitIdList(current).join("\n") === list.join("\n") ? current : list.join("\n"),
    );
  }, [list]);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={2}
        value={text}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        {...controlProps(id, error)}
        onChange={(event) => {
          setText(event.target.value);
          setValue(name, splitIdList(event.target.value) as never, {
            shouldDirty: true,
            shouldValidate: true,
          });
        }}
        className={`${INPUT_CLASS} font-mono ${borderClass(error)}`}
      />
    </FieldFrame>
  );
}
