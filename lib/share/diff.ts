// Links carry only what differs from the defaults: most configurations change a handful of
// values, and a diff stays short and readable when decoded.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The parts of `value` that differ from `base`, as a nested partial object; undefined when they
 * are equal. Arrays count as one value: a changed list is carried whole.
 */
export function diffFrom(value: unknown, base: unknown): unknown {
  if (isPlainObject(value) && isPlainObject(base)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const changed = diffFrom(child, base[key]);
      if (changed !== undefined) out[key] = changed;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return sameValue(value, base) ? undefined : value;
}

/** `diff` laid over `base`: objects merge key by key, anything else replaces. */
export function applyDiff(base: unknown, diff: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(diff)) return diff === undefined ? base : diff;
  const out: Record<string, unknown> = { ...base };
  for (const [key, child] of Object.entries(diff)) out[key] = applyDiff(base[key], child);
  return out;
}
