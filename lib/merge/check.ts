// The promise a merge keeps, as a check: every value the wizard intended is in the merged values.
import { isDeepStrictEqual } from "./equal";
import { isEnvList } from "./env-list";
import { formatPath, isRecord, type PathPart } from "./yaml-nodes";

/**
 * The paths where `merged` (a parsed values file) does not hold what `intended` says, as the
 * merge defines it: mappings may hold more keys, EnvVar lists more entries; everything else equal.
 */
export function missingIntendedValues(
  merged: unknown,
  intended: unknown,
  path: PathPart[] = [],
): string[] {
  if (isRecord(intended)) {
    if (!isRecord(merged)) return [formatPath(path)];
    return Object.entries(intended).flatMap(([key, want]) =>
      want === undefined ? [] : missingIntendedValues(merged[key], want, [...path, key]),
    );
  }
  if (Array.isArray(intended) && isEnvList(intended)) {
    if (!Array.isArray(merged)) return [formatPath(path)];
    return intended.flatMap((entry) =>
      merged.some((item) => isDeepStrictEqual(item, entry))
        ? []
        : [`${formatPath(path)} (${entry.name})`],
    );
  }
  return isDeepStrictEqual(merged, intended) ? [] : [formatPath(path)];
}

const PROXY_NAME = /^(https?|no)_proxy$/i;

/**
 * Notes on proxy variables the user's `extraEnv` lists keep although the wizard does not set them
 * there (proxy off, or not sent to that component): the merge leaves them, but they still apply.
 */
export function keptProxyNotes(
  merged: unknown,
  intended: unknown,
  path: PathPart[] = [],
): string[] {
  if (!isRecord(merged)) return [];
  return Object.entries(merged).flatMap(([key, value]) => {
    const want = isRecord(intended) ? intended[key] : undefined;
    if (key !== "extraEnv" || !Array.isArray(value))
      return keptProxyNotes(value, want, [...path, key]);
    const wanted = new Set(
      (Array.isArray(want) ? want : []).map((e) =>
        String((e as { name?: unknown }).name).toLowerCase(),
      ),
    );
    const kept = value
      .map((e) => (isRecord(e) && typeof e.name === "string" ? e.name : ""))
      .filter((name) => PROXY_NAME.test(name) && !wanted.has(name.toLowerCase()));
    if (kept.length === 0) return [];
    return [
      `${formatPath([...path, key])} keeps your ${kept.join(", ")}: the wizard does not set ` +
        `${kept.length === 1 ? "it" : "them"} there, and ${kept.length === 1 ? "it still applies" : "they still apply"}. ` +
        "Remove them from your file if the proxy is no longer wanted.",
    ];
  });
}
