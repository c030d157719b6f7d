"use client";
// The generators (with the YAML library and SHA-256) on the main thread, loaded on demand: after
// the user's first interaction (use-preview-files.ts), where no worker can be used, and for the
// download.
export type GeneratorsModule = typeof import("@/lib/generators");

let loading: Promise<GeneratorsModule> | null = null;

export function loadGenerators(): Promise<GeneratorsModule> {
  loading ??= import("@/lib/generators");
  return loading;
}
