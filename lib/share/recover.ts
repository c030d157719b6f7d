// Validation with partial recovery: a link or file whose proxy section is invalid still yields
// its valid basics, network settings and certificates, and says exactly what was left out.
import { defaultConfig, parseConfig, type Config } from "../config/schema";
import type { DroppedPart } from "./types";

const SECTIONS = {
  basics: "Basics settings",
  network: "Network settings",
  proxy: "Proxy settings",
} as const;
const MAX_CERTIFICATES = 200;

export type RecoveryResult =
  | { ok: true; config: Config; dropped: DroppedPart[] }
  | { ok: false; error: string; dropped: DroppedPart[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** "basics.namespace: A namespace may hold only …; and 2 more problems". */
export function describeIssues(issues: { path: string; message: string }[]): string {
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

function recoverCertificates(value: unknown, dropped: DroppedPart[]): unknown[] | undefined {
  if (!Array.isArray(value)) {
    dropped.push({ part: "Certificates", reason: "they are not a list" });
    return undefined;
  }
  const kept: unknown[] = [];
  value.forEach((entry, index) => {
    const label = isPlainObject(entry) && typeof entry.label === "string" ? entry.label : "";
    const part = `Certificate ${index + 1}${label ? ` (${label.slice(0, 60)})` : ""}`;
    const result = parseConfig({ certificates: [entry] });
    if (!result.success) dropped.push({ part, reason: describeIssues(result.issues) });
    else if (kept.length >= MAX_CERTIFICATES)
      dropped.push({
        part,
        reason: `only ${MAX_CERTIFICATES} certificates fit in one configuration`,
      });
    else kept.push(entry);
  });
  return kept;
}

/** Validates through the schema; on failure keeps every valid section and certificate. */
export function parseWithRecovery(input: unknown): RecoveryResult {
  if (!isPlainObject(input))
    return { ok: false, error: "it does not hold a configuration object", dropped: [] };
  const dropped: DroppedPart[] = unknownSettings(input, defaultConfig).map((path) => ({
    part: `Setting "${path}"`,
    reason: "this version of the wizard does not know it",
  }));
  const whole = parseConfig(input);
  if (whole.success) return { ok: true, config: whole.data, dropped };

  const kept: Record<string, unknown> = {};
  for (const [section, name] of Object.entries(SECTIONS)) {
    if (input[section] === undefined) continue;
    const result = parseConfig({ [section]: input[section] });
    if (result.success) kept[section] = input[section];
    else dropped.push({ part: name, reason: describeIssues(result.issues) });
  }
  if (input.certificates !== undefined) {
    const certificates = recoverCertificates(input.certificates, dropped);
    if (certificates) kept.certificates = certificates;
  }
  const partial = parseConfig(kept);
  if (!partial.success) return { ok: false, error: describeIssues(partial.issues), dropped };
  const usedSomething = Object.entries(kept).some(
    ([section, value]) => section !== "certificates" || (value as unknown[]).length > 0,
  );
  if (!usedSomething && dropped.length > 0)
    return { ok: false, error: "none of its settings is valid", dropped };
  return { ok: true, config: partial.data, dropped };
}
