// POSIX shell quoting: one word, read back by bash exactly as given.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes a value as one shell word; plain words stay unquoted for readability unless `always`. */
export function shellQuote(value: string, always = false): string {
  if (!always && SAFE.test(value)) return value;
  return "'" + value.replace(/'/g, "'\\''") + "'";
}
