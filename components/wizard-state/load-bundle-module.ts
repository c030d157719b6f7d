"use client";
// The install plan, the generators and the zip (with the YAML library and SHA-256), loaded on
// demand for the main thread: after the user's first interaction (use-preview-files.ts), where
// no worker can be used, and for the download.
export type BundleModule = typeof import("@/lib/bundle/bundle-module");

let loading: Promise<BundleModule> | null = null;

export function loadBundleModule(): Promise<BundleModule> {
  loading ??= import("@/lib/bundle/bundle-module");
  return loading;
}
