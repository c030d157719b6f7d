// Where keyboard focus goes when an item leaves a list (a certificate, a NO_PROXY entry): to
// the item that took its place, else the one before it, else (null) to the list's input.

/**
 * The item of `after` to focus once `before[removedIndex]` was removed (and perhaps others with
 * it, like the other form of an IPv6 address): the first kept item after it, else the nearest
 * kept item before it, else null.
 */
export function focusAfterRemoval<T>(
  before: readonly T[],
  after: readonly T[],
  removedIndex: number,
): T | null {
  const kept = new Set(after);
  for (let i = removedIndex + 1; i < before.length; i++)
    if (kept.has(before[i] as T)) return before[i] as T;
  for (let i = removedIndex - 1; i >= 0; i--) if (kept.has(before[i] as T)) return before[i] as T;
  return null;
}
