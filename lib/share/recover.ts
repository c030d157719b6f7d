// Validation with partial recovery: a link or file with one bad setting still yields everything
// else, and says exactly what was left out. Input is a diff laid over a base (a link format's
// frozen defaults, or nothing for a whole configuration file).
import { defaultConfig, MAX_TLS_CHECKS, parseConfig, type Config } from "../config/schema";
import { upgradeConfigInput } from "../config/upgrade";
import { sliceCodePoints, toWellFormedText } from "../config/well-formed";
import { applyDiff } from "./diff";
import type { DroppedPart } from "./types";

const SECTIONS = {
  basics: "Basics settings",
  network: "Network settings",
  proxy: "Proxy settings",
  versions: "Upstream version settings",
} as const;
const MAX_CERTIFICATES = 200;

export type RecoveryResult =
  | { ok: true; config: Config; dropped: DroppedPart[] }
  | { ok: false; error: string; dropped: DroppedPart[] };

type Issue = { path: string; message: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** "basics.namespace: A namespace may hold only …; and 2 more problems". */
export function describeIssues(issues: Issue[]): string {
  const shown = issues.slice(0, 2).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length - shown.length;
  return shown.join("; ") + (more > 0 ? `; and ${more} more problem${more > 1 ? "s" : ""}` : "");
}

/** Settings this version does not know (the schema would drop them silently): reported instead. */
function unknownSettings(input: unknown, known: unknown, path: string[] = []): string[] {
  if (!isPlainObject(input) || !isPlainObject(known)) return [];
  return Object.keys(input).flatMap((key) =>
    key in known
      ? unknownSettings(input[key], known[key], [...path, key])
      : [[...path, key].join(".")],
  );
}

/** The diff without the settings the issues point at (a list counts as one setting). */
function withoutIssues(diff: unknown, issues: Issue[]): { pruned: unknown; removed: Issue[] } {
  const pruned: unknown = structuredClone(diff);
  const removed: Issue[] = [];
  for (const issue of issues) {
    const keys = issue.path.split(".").slice(1);
    let parent: unknown = pruned;
    let depth = 0;
    while (depth < keys.length - 1 && isPlainObject(parent) && isPlainObject(parent[keys[depth]!]))
      parent = parent[keys[depth++]!];
    const key = keys[depth];
    if (key === undefined || !isPlainObject(parent) || !(key in parent)) continue;
    delete parent[key];
    removed.push({
      path: issue.path
        .split(".")
        .slice(0, depth + 2)
        .join("."),
      message: issue.message,
    });
  }
  return { pruned, removed };
}

function recoverSection(
  section: keyof typeof SECTIONS,
  base: unknown,
  diff: unknown,
  dropped: DroppedPart[],
) {
  const whole = applyDiff(base, diff);
  const first = parseConfig({ [section]: whole });
  if (first.success) return whole;
  const { pruned, removed } = withoutIssues(diff, first.issues);
  const retry = applyDiff(base, pruned);
  if (removed.length > 0 && parseConfig({ [section]: retry }).success) {
    for (const issue of removed)
      dropped.push({ part: `Setting "${issue.path}"`, reason: issue.message });
    return retry;
  }
  dropped.push({ part: SECTIONS[section], reason: describeIssues(first.issues) });
  return undefined;
}

/** An issue of a list checked as `[entry]`, with the path of the entry at `index` instead. */
function atIndex(key: string, index: number) {
  const prefix = `${key}.0`;
  return (issue: Issue): Issue =>
    issue.path === prefix || issue.path.startsWith(`${prefix}.`)
      ? { ...issue, path: `${key}.${index}${issue.path.slice(prefix.length)}` }
      : issue;
}

/** Keeps each valid entry of a list (certificates, TLS checks); says why each other one went. */
function recoverList(
  key: "certificates" | "tlsChecks",
  value: unknown,
  dropped: DroppedPart[],
): unknown[] {
  const what = key === "certificates" ? "Certificate" : "TLS check";
  const [max, many] =
    key === "certificates" ? [MAX_CERTIFICATES, "certificates"] : [MAX_TLS_CHECKS, "TLS checks"];
  if (!Array.isArray(value)) {
    dropped.push({ part: many[0]!.toUpperCase() + many.slice(1), reason: "they are not a list" });
    return [];
  }
  const kept: unknown[] = [];
  value.forEach((entry, index) => {
    const name = isPlainObject(entry) ? (key === "certificates" ? entry.label : entry.host) : "";
    const shown = sliceCodePoints(toWellFormedText(typeof name === "string" ? name : ""), 60);
    const part = `${what} ${index + 1}${shown ? ` (${shown})` : ""}`;
    // Checked alone, the entry is item 0 of its list: its issues name it by its real index.
    const result = parseConfig({ [key]: [entry] });
    if (!result.success)
      dropped.push({ part, reason: describeIssues(result.issues.map(atIndex(key, index))) });
    else if (kept.length >= max)
      dropped.push({ part, reason: `only ${max} ${many} fit in one configuration` });
    else kept.push(entry);
  });
  return kept;
}

/** Validates `diff` over `base` through the schema; on failure keeps every valid setting. */
export function parseWithRecovery(
  input: unknown,
  base: Readonly<Record<string, unknown>> = {},
): RecoveryResult {
  const diff = upgradeConfigInput(input);
  if (!isPlainObject(diff))
    return { ok: false, error: "it does not hold a configuration object", dropped: [] };
  const dropped: DroppedPart[] = unknownSettings(diff, defaultConfig).map((path) => ({
    part: `Setting "${path}"`,
    reason: "this version of the wizard does not know it",
  }));
  const whole = parseConfig(applyDiff(base, diff));
  if (whole.success) return { ok: true, config: whole.data, dropped };

  const kept: Record<string, unknown> = { ...base };
  let usedSomething = false;
  for (const section of Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]) {
    if (diff[section] === undefined) continue;
    const value = recoverSection(section, base[section], diff[section], dropped);
    if (value === undefined) delete kept[section];
    else [kept[section], usedSomething] = [value, true];
  }
  for (const key of ["certificates", "tlsChecks"] as const) {
    if (diff[key] === undefined) continue;
    kept[key] = recoverList(key, diff[key], dropped);
    usedSomething ||= (kept[key] as unknown[]).length > 0;
  }
  if (!usedSomething) return { ok: false, error: "none of its settings is valid", dropped };
  const partial = parseConfig(kept);
  if (!partial.success) return { ok: false, error: describeIssues(partial.issues), dropped };
  return { ok: true, config: partial.data, dropped };
}
