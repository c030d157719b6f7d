"use client";
// The generators (with the YAML library and SHA-256) on the main thread: only where a worker
// cannot be used, and for the download, which builds the zip from freshly generated files.
export type GeneratorsModule = typeof import("@/lib/generators");

let loading: Promise<GeneratorsModule> | null = null;

export function loadGenerators(): Promise<GeneratorsModule> {
  loading ??= import("@/lib/generators");
  return loading;
}
