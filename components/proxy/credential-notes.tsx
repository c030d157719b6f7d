"use client";
// The warnings under a proxy user name or password field: what lib/proxy/credential-notes.ts
// finds in the value as it is typed (the command line prints the same for the same value).
import { useFormContext, useWatch } from "react-hook-form";
import type { ConfigInput } from "@/lib/config/schema";
import { credentialWarnings, type CredentialKind } from "@/lib/proxy/credential-notes";

type CredentialField =
  "proxy.httpUser" | "proxy.httpsUser" | "proxy.httpPassword" | "proxy.httpsPassword";

export function CredentialNotes({ name, kind }: { name: CredentialField; kind: CredentialKind }) {
  const { control } = useFormContext<ConfigInput>();
  const value = useWatch({ control, name }) ?? "";
  return credentialWarnings(value, kind).map((warning) => (
    <p key={warning} className="text-sm text-amber-800 dark:text-amber-300">
      {warning}
    </p>
  ));
}
