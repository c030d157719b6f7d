"use client";
// The preview's "wrap long lines" choice, remembered for the browser session (tab).
import { useCallback, useEffect, useState } from "react";

const KEY = "flows-wizard:preview-wrap";

export function useWrapLines(): [boolean, (wrap: boolean) => void] {
  const [wrap, setWrap] = useState(false);
  // Read after mounting: the static first render has no sessionStorage.
  useEffect(() => {
    try {
      if (sessionStorage.getItem(KEY) === "1") setWrap(true);
    } catch {
      // Storage blocked (privacy settings): the choice lasts until the page closes.
    }
  }, []);
  const set = useCallback((next: boolean) => {
    setWrap(next);
    try {
      sessionStorage.setItem(KEY, next ? "1" : "0");
    } catch {
      // As above.
    }
  }, []);
  return [wrap, set];
}
