"use client";
// The generators (with the YAML library and SHA-256) load after the first screen, keeping it
// light; until they arrive the preview says it is loading.
import { useEffect, useState } from "react";

export type GeneratorsModule = typeof import("@/lib/generators");

let cached: GeneratorsModule | null = null;
let loading: Promise<GeneratorsModule> | null = null;

export function loadGenerators(): Promise<GeneratorsModule> {
  loading ??= import("@/lib/generators").then((module) => (cached = module));
  return loading;
}

export function useGenerators(): GeneratorsModule | null {
  const [module, setModule] = useState<GeneratorsModule | null>(cached);
  useEffect(() => {
    if (module) return;
    let live = true;
    // Loaded once the form has painted and the browser is idle: one long start-up task becomes
    // two shorter ones, and the first screen answers input sooner.
    const start = () => void loadGenerators().then((loaded) => live && setModule(loaded));
    const idle = typeof requestIdleCallback === "function";
    const handle = idle
      ? requestIdleCallback(start, { timeout: 500 })
      : window.setTimeout(start, 0);
    return () => {
      live = false;
      if (idle) cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [module]);
  return module;
}
