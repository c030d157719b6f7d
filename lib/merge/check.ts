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
