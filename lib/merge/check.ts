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

function envName(entry: unknown): string | undefined {
  return isRecord(entry) && typeof entry.name === "string" ? entry.name.toLowerCase() : undefined;
}

/**
 * The paths outside what `intended` manages whose value differs between `before` and `after`
 * (parsed values files): in mappings, the keys the wizard does not set; in EnvVar lists, the
 * entries not named like the wizard's. A merge must leave all of them as they were.
 */
export function unmanagedChanges(
  before: unknown,
  after: unknown,
  intended: unknown,
  path: PathPart[] = [],
): string[] {
  if (isRecord(intended)) {
    if (!isRecord(before) || !isRecord(after)) return [];
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) =>
      intended[key] === undefined
        ? isDeepStrictEqual(before[key], after[key])
          ? []
          : [formatPath([...path, key])]
        : unmanagedChanges(before[key], after[key], intended[key], [...path, key]),
    );
  }
  if (Array.isArray(intended) && isEnvList(intended)) {
    if (!Array.isArray(before) || !Array.isArray(after)) return [];
    const names = new Set(intended.map((e) => e.name.toLowerCase()));
    const others = (list: unknown[]) => list.filter((e) => !names.has(envName(e) ?? ""));
    return isDeepStrictEqual(others(before), others(after)) ? [] : [formatPath(path)];
  }
  return [];
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
